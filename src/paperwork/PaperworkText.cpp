#include "paperwork/PaperworkText.h"

#include "core/organising/ParticipantList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/SettingsStore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>

namespace relawas::paperwork {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("relawas::paperwork", text);
}

// How many levels deep a region code goes: 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan.
int depthOf(const std::string& code)
{
    return code.empty() ? 0 : int(std::count(code.begin(), code.end(), '.')) + 1;
}

QString regionName(core::Database& db, const std::string& code)
{
    const auto region = core::RegionRepository(db).find(code);
    return region ? QString::fromStdString(region->name) : QString::fromStdString(code);
}

} // namespace

QString roleText(core::RoleKind role)
{
    switch (role) {
    case core::RoleKind::Relawan:
        return tr("Volunteer");
    case core::RoleKind::KoordinatorKampung:
        return tr("Kampung coordinator");
    case core::RoleKind::Pkd:
        return tr("Village supervisor (PKD)");
    case core::RoleKind::Ptps:
        return tr("Polling station supervisor (PTPS)");
    case core::RoleKind::AnggotaPanwascam:
        return tr("Panwascam member");
    case core::RoleKind::StafSekretariat:
        return tr("Secretariat staff");
    case core::RoleKind::Narasumber:
        return tr("Speaker");
    case core::RoleKind::Pelatih:
        return tr("Trainer");
    }
    return {};
}

QString partText(core::InvitationPart part)
{
    switch (part) {
    case core::InvitationPart::Peserta:
        return tr("Participant");
    case core::InvitationPart::Narasumber:
        return tr("Speaker");
    case core::InvitationPart::Panitia:
        return tr("Committee");
    }
    return {};
}

QString roleColumn(const core::Participant& participant)
{
    return participant.roles.empty() ? partText(participant.invitation.part) : roleText(participant.roles.front());
}

QString originOf(const core::Participant& participant)
{
    const QString kecamatan = QString::fromStdString(participant.kecamatanName);
    const bool forKecamatan = std::any_of(participant.roles.begin(), participant.roles.end(), [](core::RoleKind role) {
        return role == core::RoleKind::AnggotaPanwascam || role == core::RoleKind::StafSekretariat;
    });
    if (kecamatan.isEmpty()) {
        return {};
    }
    const QString ofKecamatan = tr("Kec. %1").arg(kecamatan);
    if (forKecamatan || participant.villageName.empty()) {
        return ofKecamatan;
    }
    return QStringLiteral("%1, %2").arg(QString::fromStdString(participant.villageName), ofKecamatan);
}

Office officeOf(core::Database& db, const std::string& scopeCode)
{
    std::string code = scopeCode;
    if (code.empty()) {
        code = core::SettingsStore(db).workingKabupaten().value_or("");
    }
    if (depthOf(code) == 4) { // a village's training is held by its kecamatan's Panwascam
        code = code.substr(0, code.rfind('.'));
    }
    Office office;
    if (depthOf(code) == 3) {
        const QString kecamatan = regionName(db, code);
        const QString kabupaten = regionName(db, code.substr(0, code.rfind('.')));
        office.kop = {tr("PANITIA PENGAWAS PEMILIHAN UMUM"), tr("KECAMATAN %1").arg(kecamatan.toUpper()),
                      kabupaten.toUpper()};
        office.name = tr("Panwaslu Kecamatan %1").arg(kecamatan);
        office.chairTitle = tr("Chair of Panwaslu Kecamatan %1").arg(kecamatan);
        office.placeName = kecamatan;
        return office;
    }
    const QString region = code.empty() ? QString() : regionName(db, code); // "Kabupaten Batu Bara"
    office.kop = {tr("BADAN PENGAWAS PEMILIHAN UMUM")};
    if (!region.isEmpty()) {
        office.kop << region.toUpper();
    }
    office.name = region.isEmpty() ? tr("Bawaslu") : tr("Bawaslu %1").arg(region);
    office.chairTitle = region.isEmpty() ? tr("Chair of Bawaslu") : tr("Chair of Bawaslu %1").arg(region);
    // "Kabupaten Batu Bara" is signed for in "Batu Bara"; a provinsi or a kota by its name as it stands.
    QString place = region;
    for (const QString& prefix : {QStringLiteral("Kabupaten "), QStringLiteral("Kota "), QStringLiteral("Provinsi ")}) {
        if (place.startsWith(prefix, Qt::CaseInsensitive)) {
            place = place.mid(prefix.size());
            break;
        }
    }
    office.placeName = place;
    return office;
}

QString localClockTime(const std::string& utcIso)
{
    if (utcIso.empty()) {
        return {};
    }
    QDateTime at = QDateTime::fromString(QString::fromStdString(utcIso), Qt::ISODateWithMs);
    if (!at.isValid()) {
        at = QDateTime::fromString(QString::fromStdString(utcIso), Qt::ISODate);
    }
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

} // namespace relawas::paperwork

#include "common/DomainText.h"

namespace relawas::gui {

QString DomainText::level(core::RegionLevel level)
{
    switch (level) {
    case core::RegionLevel::Provinsi:
        return tr("Province");
    case core::RegionLevel::Kabupaten:
        return tr("Regency");
    case core::RegionLevel::Kota:
        return tr("City");
    case core::RegionLevel::Kecamatan:
        return tr("District");
    case core::RegionLevel::Desa:
        return tr("Village (desa)");
    case core::RegionLevel::Kelurahan:
        return tr("Urban village (kelurahan)");
    }
    return {};
}

QString DomainText::stage(core::KampungStage stage)
{
    switch (stage) {
    case core::KampungStage::Candidate:
        return tr("Candidate");
    case core::KampungStage::Assessed:
        return tr("Assessed");
    case core::KampungStage::Designated:
        return tr("Designated (SK)");
    case core::KampungStage::Launched:
        return tr("Launched");
    case core::KampungStage::Inactive:
        return tr("Inactive");
    }
    return {};
}

QString DomainText::vulnerability(core::Vulnerability level)
{
    switch (level) {
    case core::Vulnerability::Rendah:
        return tr("Low");
    case core::Vulnerability::Sedang:
        return tr("Medium");
    case core::Vulnerability::Tinggi:
        return tr("High");
    }
    return {};
}

QString DomainText::field(core::KampungField field)
{
    switch (field) {
    case core::KampungField::Stage:
        return tr("Programme status");
    case core::KampungField::SkNumber:
        return tr("SK number");
    case core::KampungField::SkDate:
        return tr("SK date");
    case core::KampungField::AssessmentScore:
        return tr("Assessment score");
    case core::KampungField::Vulnerability:
        return tr("Vulnerability");
    case core::KampungField::MouEndDate:
        return tr("MoU end date");
    case core::KampungField::Notes:
        return tr("Notes");
    }
    return {};
}

QString DomainText::gender(core::Gender gender)
{
    return gender == core::Gender::Female ? tr("Female") : tr("Male");
}

QString DomainText::role(core::RoleKind role)
{
    switch (role) {
    case core::RoleKind::Relawan:
        return tr("Volunteer");
    case core::RoleKind::KoordinatorKampung:
        return tr("Kampung coordinator");
    case core::RoleKind::Pkd:
        return tr("PKD");
    case core::RoleKind::Ptps:
        return tr("PTPS");
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

QString DomainText::trainingKind(core::TrainingKind kind)
{
    switch (kind) {
    case core::TrainingKind::Rakernis:
        return tr("Rakernis");
    case core::TrainingKind::P2p:
        return tr("P2P class");
    case core::TrainingKind::ForumWarga:
        return tr("Forum Warga");
    case core::TrainingKind::Sosialisasi:
        return tr("Sosialisasi");
    case core::TrainingKind::Bimtek:
        return tr("Bimtek");
    }
    return {};
}

QString DomainText::part(core::InvitationPart part)
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

QString DomainText::invitationStatus(core::InvitationStatus status)
{
    switch (status) {
    case core::InvitationStatus::Invited:
        return tr("Invited");
    case core::InvitationStatus::Confirmed:
        return tr("Confirmed");
    case core::InvitationStatus::Declined:
        return tr("Declined");
    case core::InvitationStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DomainText::targetGroup(core::TargetGroup group)
{
    switch (group) {
    case core::TargetGroup::PemilihPemula:
        return tr("First-time voters");
    case core::TargetGroup::Perempuan:
        return tr("Women");
    case core::TargetGroup::Disabilitas:
        return tr("People with disabilities");
    case core::TargetGroup::Lansia:
        return tr("Elderly");
    case core::TargetGroup::TokohAgama:
        return tr("Religious leaders");
    case core::TargetGroup::TokohAdat:
        return tr("Customary leaders");
    case core::TargetGroup::Pemuda:
        return tr("Youth");
    case core::TargetGroup::MahasiswaPelajar:
        return tr("Students");
    case core::TargetGroup::Ormas:
        return tr("Community organisations");
    }
    return {};
}

QString DomainText::actor(const std::string& actor)
{
    const QString text = QString::fromStdString(actor);
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at <= 0 || at + 1 >= text.size()) {
        return text;
    }
    //: Who did something: the user's name, then the computer it was done on
    return tr("%1 (%2)").arg(text.left(at), text.mid(at + 1));
}

} // namespace relawas::gui

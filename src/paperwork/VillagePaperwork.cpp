#include "paperwork/VillagePaperwork.h"

#include "core/people/checks/Phone.h"
#include "core/storage/SettingsStore.h"
#include "paperwork/PaperworkText.h"
#include "paperwork/TrainingPaperwork.h"

#include <QCoreApplication>
#include <QStringList>

namespace relawas::paperwork {

namespace {

QString genderLetter(const std::optional<core::Gender>& gender)
{
    if (!gender) {
        return {};
    }
    if (*gender == core::Gender::Female) {
        //: One letter for a woman in the roster's gender column: "P" (perempuan)
        return QCoreApplication::translate("relawas::paperwork", "F");
    }
    //: One letter for a man in the roster's gender column: "L" (laki-laki)
    return QCoreApplication::translate("relawas::paperwork", "M");
}

QString rolesText(const std::vector<core::RoleKind>& roles)
{
    QStringList words;
    for (const core::RoleKind role : roles) {
        words << roleText(role);
    }
    return words.join(QStringLiteral(", "));
}

} // namespace

QString kampungStageText(core::KampungStage stage)
{
    switch (stage) {
    case core::KampungStage::Candidate:
        return QCoreApplication::translate("relawas::paperwork", "Candidate");
    case core::KampungStage::Assessed:
        return QCoreApplication::translate("relawas::paperwork", "Assessed");
    case core::KampungStage::Designated:
        return QCoreApplication::translate("relawas::paperwork", "Designated (SK)");
    case core::KampungStage::Launched:
        return QCoreApplication::translate("relawas::paperwork", "Launched");
    case core::KampungStage::Inactive:
        return QCoreApplication::translate("relawas::paperwork", "Inactive");
    }
    return {};
}

printouts::VillageRosterSheetData villageRosterSheet(const core::VillageRoster& roster, const QDate& printedOn)
{
    printouts::VillageRosterSheetData data;
    printouts::VillageRosterHeader& header = data.header;
    header.villageName = QString::fromStdString(roster.villageName);
    header.villageCode = QString::fromStdString(roster.villageCode);
    header.kecamatanName = QString::fromStdString(roster.kecamatanName);
    header.kecamatanCode = QString::fromStdString(roster.kecamatanCode);
    header.kabupatenName = QString::fromStdString(roster.kabupatenName);
    if (roster.programme) {
        const core::KampungProgramme& programme = *roster.programme;
        header.programmeStage = kampungStageText(programme.stage);
        header.skNumber = QString::fromStdString(programme.skNumber);
        if (programme.skDate) {
            header.skDate = qDate(*programme.skDate);
        }
        if (programme.mouEndDate) {
            header.mouEndDate = qDate(*programme.mouEndDate);
        }
    }
    header.printedOn = printedOn;
    header.rolesOn = qDate(roster.referenceDate);
    data.rows.reserve(roster.people.size());
    for (const core::VillageRosterPerson& person : roster.people) {
        printouts::VillageRosterRow row;
        row.name = QString::fromStdString(person.fullName);
        row.gender = genderLetter(person.gender);
        row.roles = rolesText(person.roles);
        row.phone =
            person.phone.empty() ? QString() : QString::fromStdString(core::formatPhoneForDisplay(person.phone));
        row.maskedNik = QString::fromStdString(person.maskedNik);
        data.rows.push_back(row);
    }
    return data;
}

std::vector<printouts::VillageRosterSheetData> villageRosterSheets(core::Database& db, const std::string& code,
                                                                   const QDate& printedOn)
{
    std::vector<printouts::VillageRosterSheetData> sheets;
    for (const core::VillageRoster& roster : core::villageRosters(db, code, core::SettingsStore(db).referenceDate())) {
        sheets.push_back(villageRosterSheet(roster, printedOn));
    }
    return sheets;
}

} // namespace relawas::paperwork

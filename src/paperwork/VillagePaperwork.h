#pragma once

// The Daftar Relawan Desa gathered from the core (reports/VillageRoster) into what the printouts paint: the words
// for the programme's stage, the roles and the gender, the phones as Indonesians read them, the NIK already masked.
// The GUI and the CLI print the same sheets from here.

#include "core/reports/VillageRoster.h"
#include "printouts/VillageRosterData.h"

#include <string>
#include <vector>

#include <QDate>
#include <QString>

namespace relawas::core {
class Database;
}

namespace relawas::paperwork {

// One village's sheet, printed on `printedOn`.
printouts::VillageRosterSheetData villageRosterSheet(const core::VillageRoster& roster, const QDate& printedOn);

// The sheet of the village `code`, or one per village of the kecamatan `code` in code order, with the roles current
// on the reference date of the settings (the election day, else today), as the roster counts them. Throws the
// errors of core::villageRosters(): "region.unknown_code", "region.not_village_or_kecamatan" (place "code").
std::vector<printouts::VillageRosterSheetData> villageRosterSheets(core::Database& db, const std::string& code,
                                                                   const QDate& printedOn);

QString kampungStageText(core::KampungStage stage); // "Ditetapkan (SK)"

} // namespace relawas::paperwork

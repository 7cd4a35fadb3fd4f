#pragma once

// The Laporan Pengawasan Partisipatif gathered from the core (reports/ProgrammeReport) into what the printouts paint:
// the office that reports, the words for stages, training kinds and age bands, dates as QDate. Counts only.

#include "core/reports/ProgrammeReport.h"
#include "printouts/ProgrammeReportData.h"

#include <QDate>
#include <QString>

namespace relawas::core {
class Database;
}

namespace relawas::paperwork {

// The report's printout data, printed on `printedOn`; `db` names the office of its region (officeOf()).
printouts::ProgrammeReportData programmeReportData(core::Database& db, const core::ProgrammeReport& report,
                                                   const QDate& printedOn);

// The report of `request`'s region and period with ages and roles on the reference date of the settings (the election
// day, else today) and trainings held by today. Throws the errors of core::programmeReport().
printouts::ProgrammeReportData programmeReportData(core::Database& db, core::ProgrammeReportRequest request,
                                                   const QDate& printedOn);

QString trainingKindText(core::TrainingKind kind); // "Forum Warga"

} // namespace relawas::paperwork

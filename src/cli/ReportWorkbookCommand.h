#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// The report workbook for Bawaslu (core/reports/ReportWorkbook.h), under `report`:
//   report xlsx --scope CODE|all -o FILE [--from DATE] [--to DATE] [--reveal-nik] [--json]
// Sheets Ringkasan, Relawan, Kampung, Pelatihan and Presensi; NIKs masked unless --reveal-nik, which is audited.
void addReportWorkbookCommand(CLI::App& report, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// The Laporan Pengawasan Partisipatif, under `report`, saved as PDF (A4, Bahasa Indonesia unless --language en):
//   report pdf --scope CODE|all [--from DATE] [--to DATE] -o FILE.pdf [--language id|en] [--json]
// Counts only, no person's data. Built with the printouts only (RELAWAS_BUILD_GUI: they need QtGui).
void addReportPdfCommand(CLI::App& report, CliContext& context);

} // namespace relawas::cli

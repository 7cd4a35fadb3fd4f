#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// The Daftar Relawan Desa, under `report`, saved as PDF (A4, Bahasa Indonesia unless --language en):
//   report village CODE -o FILE.pdf [--language id|en] [--json]   a village's roster, or every village's of a
//                                                                 kecamatan, each from a new page in code order
// Built with the printouts only (RELAWAS_BUILD_GUI: they need QtGui); without them the command is absent.
void addReportVillageCommand(CLI::App& report, CliContext& context);

} // namespace relawas::cli

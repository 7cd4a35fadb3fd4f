#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// The papers of a training, under `training`, saved as PDF (A4, Bahasa Indonesia unless --language en):
//   training sheet ID --day N -o FILE.pdf [--times] [--spare N]   the daftar hadir of a day, blank or with times
//   training cards ID -o FILE.pdf                                 ID cards, 8 per page (missing card codes issued)
//   training certificates ID -o FILE.pdf [--date DATE]           certificates, numbered once (issued as needed)
//   training certificate NUMBER [--json]                          who a certificate's number was issued to
// Built with the printouts only (RELAWAS_BUILD_GUI: they need QtGui); without them the commands are absent.
void addTrainingPaperCommands(CLI::App& training, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// Reports between databases (docs/report-format.md):
//   report export --scope CODE -o FILE [--name NAME] [--json]   a full report of the scope, signed by this database
//   report verify FILE [--json]                                 a report's form, digest and signature, no database
void addReportCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// Taking reports in (docs/report-format.md), under `report`:
//   report import FILE|FOLDER... [--dry-run] [--trust-new] [--json]   merge reports, each in one transaction
//   report conflicts [--all] [--json]                                 what waits for a person: base, ours, theirs
//   report resolve ID --take ours|theirs|VALUE                        decide one, as a new audited revision
//   report history [--json]                                           the reports taken in
void addReportExchangeCommands(CLI::App& report, CliContext& context);

} // namespace relawas::cli

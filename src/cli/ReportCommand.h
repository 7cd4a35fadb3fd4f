#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// Reports between databases (docs/report-format.md):
//   report export --scope CODE -o FILE [--to ID] [--public] [--name NAME] [--json]   a full (or public) report of the
//   scope report verify FILE [--json]                                 a report's form, digest and signature, no
//   database report trust FILE --fingerprint F [--json]                  trust its sender, the fingerprint compared by
//   phone report trusted [--json]                                     the senders trusted
// and those of ReportExchangeCommand.h: import, conflicts, resolve, history.
void addReportCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

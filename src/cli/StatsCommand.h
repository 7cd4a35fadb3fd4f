#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `stats [--scope CODE|all] [--on DATE] [--json]`: the figures of a region at a glance, as the Beranda shows them.
void addStatsCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

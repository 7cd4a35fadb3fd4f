#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `demo generate --people N [--under CODE|all] [--seed S]`: synthetic people to try Relawas with.
void addDemoCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `regions stats [--json]`, `regions list [--under CODE] [--level L] [--csv]`, `regions load PATH`.
void addRegionsCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `people list [--under CODE] [--role R] [--csv] [--full-nik]`: the roster in name order, as CSV with a header row or
// as an aligned table. The NIK is masked unless --full-nik asks for it.
void addPeopleCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

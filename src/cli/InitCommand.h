#pragma once

#include "CliContext.h"

#include <string>

namespace CLI {
class App;
}

namespace relawas::cli {

struct InitOptions
{
    std::string kabupaten;
    std::string regionList;
};

// `init [--kabupaten CODE] [--regions PATH]`: creates or opens the database, loads the region list when the
// database has none, and sets the working kabupaten.
void addInitCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

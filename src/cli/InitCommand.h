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
    std::string electionDay; // YYYY-MM-DD, or "none" to clear it
};

// `init [--kabupaten CODE] [--regions PATH] [--election-day DATE|none]`: creates or opens the database, loads the
// region list when the database has none, and sets the working kabupaten and the election day ages are counted on.
void addInitCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

#pragma once

#include <iosfwd>
#include <string>

namespace relawas::cli {

// What every subcommand needs: the database path from --db and where to print.
struct CliContext
{
    std::string databasePath;
    std::ostream& out;
};

} // namespace relawas::cli

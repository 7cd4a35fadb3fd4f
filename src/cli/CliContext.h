#pragma once

#include <iosfwd>
#include <memory>
#include <string>

namespace relawas::core {
class Database;
}

namespace relawas::cli {

// What every subcommand needs: the database path from --db and where to print.
struct CliContext
{
    std::string databasePath;
    std::ostream& out;
};

// The database --db names, which must exist: only init creates one, so a mistyped path is an error, not a new empty
// database in a new folder. Throws Error "cli.db_required" (no --db) or "cli.no_database" (NotFound).
std::unique_ptr<core::Database> openExistingDatabase(const CliContext& context);

} // namespace relawas::cli

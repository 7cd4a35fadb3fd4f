#include "CliContext.h"

#include "core/base/Error.h"
#include "core/storage/Database.h"

#include <filesystem>

#include <fmt/format.h>

namespace relawas::cli {

std::unique_ptr<core::Database> openExistingDatabase(const CliContext& context)
{
    if (context.databasePath.empty()) {
        throw core::Error(core::ErrorKind::UserInput, "cli.db_required", "--db is required: the database file to use",
                          "--db");
    }
    std::error_code error;
    if (!std::filesystem::is_regular_file(context.databasePath, error)) {
        throw core::Error(core::ErrorKind::NotFound, "cli.no_database",
                          fmt::format("the database {} does not exist (create it with init)", context.databasePath),
                          "--db", {context.databasePath});
    }
    return std::make_unique<core::Database>(context.databasePath);
}

} // namespace relawas::cli

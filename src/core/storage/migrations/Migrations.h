#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace SQLite {
class Database;
}

namespace relawas::core {

// One rung of the forward-only schema ladder: it takes the database from version - 1 to version.
struct MigrationStep
{
    int version;
    std::string_view description;
    std::function<void(SQLite::Database&)> apply;
};

const std::vector<MigrationStep>& migrationLadder();
int latestSchemaVersion();
int schemaVersionOf(SQLite::Database& db);

// Runs every step above the file's `PRAGMA user_version` up to `target`, each in its own transaction together with
// the new user_version, so a failing step rolls back and leaves the file at the last good version.
// A file newer than `target` is refused: this build does not know its schema.
void upgradeSchema(SQLite::Database& db, const std::vector<MigrationStep>& ladder, int target);

} // namespace relawas::core

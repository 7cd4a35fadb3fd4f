#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>

namespace SQLite {
class Statement;
}

namespace relawas::core {

// Binds a record received in a report (docs/report-format.md), as the import has merged it, to the named parameters
// of its writer's statement: :uuid, :revision, :created_at, :created_by, :updated_at, :updated_by, :deleted_at (the
// record's "deleted_at", null when absent: a living record) and one :name per field. A JSON null binds NULL, true and
// false 1 and 0, an array of ids the ids separated by spaces (the column `target_groups`).
void bindReceivedRecord(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields);
// The same for a record without revision and who/when (a check-in attempt): only its `fields`, each to :name.
void bindReceivedFields(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields);

} // namespace relawas::core

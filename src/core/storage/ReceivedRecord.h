#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace SQLite {
class Statement;
}

namespace relawas::core {

class Database;

// Binds a record received in a report (docs/report-format.md), as the import has merged it, to the named parameters
// of its writer's statement: :uuid, :revision, :created_at, :created_by, :updated_at, :updated_by, :deleted_at (the
// record's "deleted_at", null when absent: a living record) and one :name per field. A JSON null binds NULL, true and
// false 1 and 0, an array of ids the ids separated by spaces (the column `target_groups`). Text is bound without a
// copy: `record` must outlive the statement's run.
void bindReceivedRecord(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields);
// The same for a record without revision and who/when (a check-in attempt): only its `fields`, each to :name.
void bindReceivedFields(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields);

// Stores a received record in `table` with its writer's two statements, each with the named parameters of
// bindReceivedRecord: `update` (UPDATE … WHERE uuid = :uuid) when a row has the record's uuid, else `insert`. Returns
// whether it inserted. Not one upsert (INSERT … ON CONFLICT DO UPDATE), and no update tried first: SQLite runs an
// upsert, and an update of a column that refers to another table, with a statement journal, and opening one makes
// the search index write out the rows it holds. Inside a report's one transaction that copied every page each record
// touched to a temporary file (2.8 million writes for a report of 100,000 people) and wrote the index in pieces of one
// person.
bool storeReceivedByUuid(Database& db, std::string_view table, const std::string& update, const std::string& insert,
                         const nlohmann::json& record, std::initializer_list<const char*> fields);
// The same for a writer that knows already whether a row has the record's uuid (`stored`).
void writeReceivedRecord(Database& db, bool stored, const std::string& update, const std::string& insert,
                         const nlohmann::json& record, std::initializer_list<const char*> fields);

} // namespace relawas::core

#include "core/storage/ReceivedRecord.h"

#include "core/storage/Database.h"

#include <cstdint>
#include <string>

#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

void bindValue(SQLite::Statement& statement, const std::string& name, const nlohmann::json& value)
{
    if (value.is_null()) {
        statement.bind(name);
    } else if (value.is_boolean()) {
        statement.bind(name, value.get<bool>() ? 1 : 0);
    } else if (value.is_number_integer()) {
        statement.bind(name, value.get<int64_t>());
    } else if (value.is_number()) {
        statement.bind(name, value.get<double>());
    } else if (value.is_array()) {
        std::string ids;
        for (const auto& id : value) {
            ids += (ids.empty() ? "" : " ") + id.get<std::string>();
        }
        statement.bind(name, ids);
    } else {
        statement.bind(name, value.get<std::string>());
    }
}

} // namespace

void bindReceivedRecord(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields)
{
    for (const char* meta : {"uuid", "revision", "created_at", "created_by", "updated_at", "updated_by"}) {
        bindValue(statement, std::string(":") + meta, record.at(meta));
    }
    bindValue(statement, ":deleted_at", record.value("deleted_at", nlohmann::json()));
    bindReceivedFields(statement, record, fields);
}

void bindReceivedFields(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields)
{
    for (const char* field : fields) {
        bindValue(statement, std::string(":") + field, record.at(field));
    }
}

bool storeReceivedByUuid(Database& db, std::string_view table, const std::string& update, const std::string& insert,
                         const nlohmann::json& record, std::initializer_list<const char*> fields)
{
    bool stored = false;
    {
        auto known = db.prepared("SELECT 1 FROM " + std::string(table) + " WHERE uuid = ?");
        known->bind(1, record.at("uuid").get<std::string>());
        stored = known->executeStep();
    }
    writeReceivedRecord(db, stored, update, insert, record, fields);
    return !stored;
}

void writeReceivedRecord(Database& db, bool stored, const std::string& update, const std::string& insert,
                         const nlohmann::json& record, std::initializer_list<const char*> fields)
{
    auto write = db.prepared(stored ? update : insert);
    bindReceivedRecord(*write, record, fields);
    write->exec();
}

} // namespace relawas::core

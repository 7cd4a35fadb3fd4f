#include "core/storage/ReceivedRecord.h"

#include "core/storage/Database.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

// ":name" of a field, without an allocation per value: a report of a million people binds tens of millions.
class ParameterName
{
public:
    explicit ParameterName(std::string_view field)
    {
        const std::size_t length = std::min(field.size(), m_text.size() - 2);
        m_text[0] = ':';
        field.copy(m_text.data() + 1, length);
        m_text[length + 1] = '\0';
    }
    const char* c_str() const { return m_text.data(); }

private:
    std::array<char, 64> m_text{};
};

// Text is bound without a copy: the record outlives the statement's run (see the header).
void bindValue(SQLite::Statement& statement, std::string_view field, const nlohmann::json& value)
{
    const ParameterName name(field);
    if (value.is_null()) {
        statement.bind(name.c_str());
    } else if (value.is_boolean()) {
        statement.bind(name.c_str(), value.get<bool>() ? 1 : 0);
    } else if (value.is_number_integer()) {
        statement.bind(name.c_str(), value.get<int64_t>());
    } else if (value.is_number()) {
        statement.bind(name.c_str(), value.get<double>());
    } else if (value.is_array()) {
        std::string ids;
        for (const auto& id : value) {
            ids += (ids.empty() ? "" : " ") + id.get<std::string>();
        }
        statement.bind(name.c_str(), ids);
    } else {
        statement.bindNoCopy(name.c_str(), value.get_ref<const std::string&>());
    }
}

} // namespace

void bindReceivedRecord(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields)
{
    for (const char* meta : {"uuid", "revision", "created_at", "created_by", "updated_at", "updated_by"}) {
        bindValue(statement, meta, record.at(meta));
    }
    static const nlohmann::json living; // null: no "deleted_at"
    const auto deleted = record.find("deleted_at");
    bindValue(statement, "deleted_at", deleted == record.end() ? living : *deleted);
    bindReceivedFields(statement, record, fields);
}

void bindReceivedFields(SQLite::Statement& statement, const nlohmann::json& record,
                        std::initializer_list<const char*> fields)
{
    for (const char* field : fields) {
        bindValue(statement, field, record.at(field));
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

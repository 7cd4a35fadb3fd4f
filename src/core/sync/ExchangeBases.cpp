#include "core/sync/ExchangeBases.h"

#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/sync/CanonicalJson.h"

#include <cstdint>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

ExchangeBases::ExchangeBases(Database& db)
    : m_db(db)
{}

std::optional<ExchangeBase> ExchangeBases::find(const std::string& peerId, const std::string& uuid) const
{
    return translatingSqliteErrors("exchange bases: find", [&]() -> std::optional<ExchangeBase> {
        auto query = m_db.prepared("SELECT revision, fields FROM exchange_base WHERE peer_id = ? AND uuid = ?");
        query->bind(1, peerId);
        query->bind(2, uuid);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return ExchangeBase{query->getColumn(0).getInt64(), nlohmann::json::parse(query->getColumn(1).getString())};
    });
}

void ExchangeBases::remember(const std::string& peerId, std::string_view table, const std::string& uuid,
                             long long revision, const nlohmann::json& fields, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("exchange bases: remember", [&]() {
        // An update, else an insert: not an upsert, which SQLite runs with a statement journal (ReceivedRecord.h).
        const std::string text = canonicalJson(fields);
        const auto run = [&](const char* sql) {
            auto write = m_db.prepared(sql);
            write->bind(":peer", peerId);
            write->bind(":uuid", uuid);
            write->bind(":table", std::string(table));
            write->bind(":revision", static_cast<int64_t>(revision));
            write->bind(":fields", text);
            return write->exec();
        };
        if (run("UPDATE exchange_base SET record_table = :table, revision = :revision, fields = :fields "
                "WHERE peer_id = :peer AND uuid = :uuid") == 0) {
            run("INSERT INTO exchange_base (peer_id, uuid, record_table, revision, fields) "
                "VALUES (:peer, :uuid, :table, :revision, :fields)");
        }
    });
}

} // namespace relawas::core

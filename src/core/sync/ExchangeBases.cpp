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
        auto write = m_db.prepared(
            "INSERT INTO exchange_base (peer_id, uuid, record_table, revision, fields) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (peer_id, uuid) DO UPDATE SET record_table = excluded.record_table, "
            "revision = excluded.revision, fields = excluded.fields");
        write->bind(1, peerId);
        write->bind(2, uuid);
        write->bind(3, std::string(table));
        write->bind(4, static_cast<int64_t>(revision));
        write->bind(5, canonicalJson(fields));
        write->exec();
    });
}

} // namespace relawas::core

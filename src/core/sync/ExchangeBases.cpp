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
        auto query = m_db.prepared("SELECT revision, fields FROM exchange_base WHERE uuid = ? AND peer_id = ?");
        query->bind(1, uuid);
        query->bind(2, peerId);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        ExchangeBase base;
        base.revision = query->getColumn(0).getInt64();
        base.asStored = query->isColumnNull(1);
        if (!base.asStored) {
            base.fields = nlohmann::json::parse(query->getColumn(1).getString());
        }
        return base;
    });
}

void ExchangeBases::remember(const std::string& peerId, std::string_view table, const std::string& uuid,
                             long long revision, const nlohmann::json& fields, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("exchange bases: remember",
                            [&]() { write(peerId, table, uuid, revision, canonicalJson(fields)); });
}

void ExchangeBases::rememberAsStored(const std::string& peerId, std::string_view table, const std::string& uuid,
                                     long long revision, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("exchange bases: remember", [&]() { write(peerId, table, uuid, revision, std::nullopt); });
}

void ExchangeBases::keepBeforeChange(const std::string& uuid, long long revision, const nlohmann::json& fields,
                                     UnitOfWork& /*work*/)
{
    translatingSqliteErrors("exchange bases: keep before a change", [&]() {
        // Those of an earlier revision stay as they are: a person changed the record since, and the audit log keeps
        // it as it was.
        auto keep =
            m_db.prepared("UPDATE exchange_base SET fields = ? WHERE uuid = ? AND revision = ? AND fields IS NULL");
        keep->bind(1, canonicalJson(fields));
        keep->bind(2, uuid);
        keep->bind(3, static_cast<int64_t>(revision));
        keep->exec();
    });
}

void ExchangeBases::write(const std::string& peerId, std::string_view table, const std::string& uuid,
                          long long revision, const std::optional<std::string>& fields)
{
    // An update, else an insert: not an upsert, which SQLite runs with a statement journal (ReceivedRecord.h).
    const auto run = [&](const char* sql) {
        auto write = m_db.prepared(sql);
        write->bind(":peer", peerId);
        write->bind(":uuid", uuid);
        write->bind(":table", std::string(table));
        write->bind(":revision", static_cast<int64_t>(revision));
        if (fields) {
            write->bindNoCopy(":fields", *fields);
        } else {
            write->bind(":fields");
        }
        return write->exec();
    };
    if (run("UPDATE exchange_base SET record_table = :table, revision = :revision, fields = :fields "
            "WHERE uuid = :uuid AND peer_id = :peer") == 0) {
        run("INSERT INTO exchange_base (uuid, peer_id, record_table, revision, fields) "
            "VALUES (:uuid, :peer, :table, :revision, :fields)");
    }
}

} // namespace relawas::core

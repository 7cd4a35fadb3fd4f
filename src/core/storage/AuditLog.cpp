#include "core/storage/AuditLog.h"

#include "core/base/Clock.h"
#include "core/base/Uuid.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

constexpr const char* kInsert = "INSERT INTO audit_log (at, actor, entity, entity_uuid, action, before_json, "
                                "after_json, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kColumns = "id, at, actor, entity, entity_uuid, action, before_json, after_json, batch_id";

void bindJson(SQLite::Statement& s, int index, const std::optional<nlohmann::ordered_json>& value)
{
    if (value) {
        s.bind(index, value->dump());
    } else {
        s.bind(index);
    }
}

long long insert(Database& db, const std::string& at, std::string_view actor, std::string_view entity,
                 const std::string& uuid, std::string_view action, const std::optional<nlohmann::ordered_json>& before,
                 const std::optional<nlohmann::ordered_json>& after, std::optional<long long> batch)
{
    auto insert = db.prepared(kInsert);
    insert->bind(1, at);
    insert->bind(2, std::string(actor));
    insert->bind(3, std::string(entity));
    insert->bind(4, uuid);
    insert->bind(5, std::string(action));
    bindJson(*insert, 6, before);
    bindJson(*insert, 7, after);
    if (batch) {
        insert->bind(8, static_cast<int64_t>(*batch));
    } else {
        insert->bind(8);
    }
    insert->exec();
    return db.connection().getLastInsertRowid();
}

AuditEntry entryFrom(SQLite::Statement& q)
{
    AuditEntry entry;
    entry.id = q.getColumn(0).getInt64();
    entry.at = q.getColumn(1).getString();
    entry.actor = q.getColumn(2).getString();
    entry.entity = q.getColumn(3).getString();
    entry.entityUuid = q.getColumn(4).getString();
    entry.action = q.getColumn(5).getString();
    if (!q.getColumn(6).isNull()) {
        entry.before = nlohmann::ordered_json::parse(q.getColumn(6).getString());
    }
    if (!q.getColumn(7).isNull()) {
        entry.after = nlohmann::ordered_json::parse(q.getColumn(7).getString());
    }
    if (!q.getColumn(8).isNull()) {
        entry.batchId = q.getColumn(8).getInt64();
    }
    return entry;
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{}

bool AuditLog::inBatch(const UnitOfWork& work)
{
    return work.batch().has_value();
}

void AuditLog::record(const UnitOfWork& work, std::string_view entity, const std::string& entityUuid,
                      std::string_view action, const std::optional<nlohmann::ordered_json>& before,
                      const std::optional<nlohmann::ordered_json>& after)
{
    translatingSqliteErrors("audit log: record", [&]() {
        // A creation inside a batch keeps no copy: the record holds it, the batch entry says where it came from.
        const bool pointsAtBatch = work.batch() && action == "create";
        insert(m_db, work.now(), work.actor(), entity, entityUuid, action, before, pointsAtBatch ? std::nullopt : after,
               work.batch());
    });
}

void AuditLog::record(const std::string& actor, const std::string& entity, const std::string& entityUuid,
                      const std::string& action, const std::optional<nlohmann::ordered_json>& before,
                      const std::optional<nlohmann::ordered_json>& after)
{
    translatingSqliteErrors("audit log: record", [&]() {
        insert(m_db, nowUtcIso(), actor, entity, entityUuid, action, before, after, std::nullopt);
    });
}

long long AuditLog::openBatch(const UnitOfWork& work, std::string_view kind, const nlohmann::ordered_json& source)
{
    return translatingSqliteErrors("audit log: open batch", [&]() -> long long {
        return insert(m_db, work.now(), work.actor(), kind, newUuidV7(), "create", std::nullopt, source, std::nullopt);
    });
}

void AuditLog::closeBatch(long long batchId, const nlohmann::ordered_json& outcome)
{
    translatingSqliteErrors("audit log: close batch", [&]() {
        auto entry = this->entry(batchId);
        nlohmann::ordered_json after = entry && entry->after ? *entry->after : nlohmann::ordered_json::object();
        for (const auto& [key, value] : outcome.items()) {
            after[key] = value;
        }
        auto update = m_db.prepared("UPDATE audit_log SET after_json = ? WHERE id = ?");
        update->bind(1, after.dump());
        update->bind(2, static_cast<int64_t>(batchId));
        update->exec();
    });
}

std::vector<AuditEntry> AuditLog::history(const std::string& entity, const std::string& entityUuid) const
{
    return translatingSqliteErrors("audit log: history", [&]() -> std::vector<AuditEntry> {
        SQLite::Statement query(m_db.connection(),
                                std::string("SELECT ") + kColumns +
                                    " FROM audit_log WHERE entity = ? AND entity_uuid = ? ORDER BY id");
        query.bind(1, entity);
        query.bind(2, entityUuid);
        std::vector<AuditEntry> entries;
        while (query.executeStep()) {
            entries.push_back(entryFrom(query));
        }
        return entries;
    });
}

std::optional<AuditEntry> AuditLog::entry(long long id) const
{
    return translatingSqliteErrors("audit log: entry", [&]() -> std::optional<AuditEntry> {
        SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kColumns + " FROM audit_log WHERE id = ?");
        query.bind(1, static_cast<int64_t>(id));
        return query.executeStep() ? std::optional(entryFrom(query)) : std::nullopt;
    });
}

} // namespace relawas::core

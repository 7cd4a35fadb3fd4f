#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

AuditLog::AuditLog(Database& db)
    : m_db(db)
{}

void AuditLog::record(const std::string& actor, const std::string& entity, const std::string& entityUuid,
                      const std::string& action, const std::optional<nlohmann::ordered_json>& before,
                      const std::optional<nlohmann::ordered_json>& after)
{
    SQLite::Statement insert(m_db.connection(),
                             "INSERT INTO audit_log (at, actor, entity, entity_uuid, action, before_json, after_json) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, nowUtcIso());
    insert.bind(2, actor);
    insert.bind(3, entity);
    insert.bind(4, entityUuid);
    insert.bind(5, action);
    if (before) {
        insert.bind(6, before->dump());
    } else {
        insert.bind(6);
    }
    if (after) {
        insert.bind(7, after->dump());
    } else {
        insert.bind(7);
    }
    insert.exec();
}

std::vector<AuditEntry> AuditLog::history(const std::string& entity, const std::string& entityUuid) const
{
    SQLite::Statement query(m_db.connection(),
                            "SELECT at, actor, entity, entity_uuid, action, before_json, after_json FROM audit_log "
                            "WHERE entity = ? AND entity_uuid = ? ORDER BY id");
    query.bind(1, entity);
    query.bind(2, entityUuid);
    std::vector<AuditEntry> entries;
    while (query.executeStep()) {
        AuditEntry entry{query.getColumn(0).getString(),
                         query.getColumn(1).getString(),
                         query.getColumn(2).getString(),
                         query.getColumn(3).getString(),
                         query.getColumn(4).getString(),
                         std::nullopt,
                         std::nullopt};
        if (!query.getColumn(5).isNull()) {
            entry.before = nlohmann::ordered_json::parse(query.getColumn(5).getString());
        }
        if (!query.getColumn(6).isNull()) {
            entry.after = nlohmann::ordered_json::parse(query.getColumn(6).getString());
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace relawas::core

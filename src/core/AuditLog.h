#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

struct AuditEntry
{
    std::string at;
    std::string actor;
    std::string entity; // "person", "person_role", "training", "attendance"
    std::string entityUuid;
    std::string action; // "create", "update", "delete", "merge", "reveal"
    std::optional<nlohmann::ordered_json> before;
    std::optional<nlohmann::ordered_json> after;
};

// Every change to a person, role, training or attendance is written here in the same transaction as the change: who,
// when, before, after.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    void record(const std::string& actor, const std::string& entity, const std::string& entityUuid,
                const std::string& action, const std::optional<nlohmann::ordered_json>& before,
                const std::optional<nlohmann::ordered_json>& after);

    std::vector<AuditEntry> history(const std::string& entity, const std::string& entityUuid) const;

private:
    Database& m_db;
};

} // namespace relawas::core

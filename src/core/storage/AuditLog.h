#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

struct AuditEntry
{
    long long id = 0;
    std::string at;
    std::string actor;
    std::string entity; // "person", "person_role", "training", "attendance"; "import", "demo" for a batch
    std::string entityUuid;
    std::string action; // "create", "update", "delete", "merge", "reveal"
    std::optional<nlohmann::ordered_json> before;
    std::optional<nlohmann::ordered_json> after;
    std::optional<long long> batchId; // the entry of the import or generation that wrote the record
};

// Every change to a person, role, training or attendance is written here in the same transaction as the change: who,
// when, before, after. A batch (an import of a file, a generation of demo people) is one entry of its own with its
// source and counts; the creations it makes point at that entry instead of copying each record whole, since the
// record itself holds what it was created with.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    // An entry of the unit's change, stamped with its actor and time.
    void record(const UnitOfWork& work, std::string_view entity, const std::string& entityUuid, std::string_view action,
                const std::optional<nlohmann::ordered_json>& before,
                const std::optional<nlohmann::ordered_json>& after);
    // The creation of a record; `record` makes its copy, and is not called inside a batch, whose entries keep none.
    template<typename MakeRecord>
    void recordCreation(const UnitOfWork& work, std::string_view entity, const std::string& entityUuid,
                        MakeRecord&& record)
    {
        this->record(work, entity, entityUuid, "create", std::nullopt,
                     inBatch(work) ? std::nullopt : std::optional<nlohmann::ordered_json>(record()));
    }
    // An entry on its own, now: a look at personal data (a NIK revealed, an export with full NIKs).
    void record(const std::string& actor, const std::string& entity, const std::string& entityUuid,
                const std::string& action, const std::optional<nlohmann::ordered_json>& before,
                const std::optional<nlohmann::ordered_json>& after);

    // The entry of a batch (`kind` "import" or "demo"), written in `work`; returns its id for UnitOfWork::setBatch.
    long long openBatch(const UnitOfWork& work, std::string_view kind, const nlohmann::ordered_json& source);
    // What the batch ended with (its counts), written into its entry.
    void closeBatch(long long batchId, const nlohmann::ordered_json& outcome);

    std::vector<AuditEntry> history(const std::string& entity, const std::string& entityUuid) const;
    std::optional<AuditEntry> entry(long long id) const;

private:
    static bool inBatch(const UnitOfWork& work);

    Database& m_db;
};

} // namespace relawas::core

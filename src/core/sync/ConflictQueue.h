#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// What a merge found about one field of one record, or about a whole record (field empty).
//   "hard": the same field changed on both sides; waits for a person.
//   "soft": the field changed on one side only while the other changed others; merged, shown, resolved.
//   "removed": changed on one side, removed on the other; waits for a person.
//   "double_checkin": the same person and day checked in on two laptops; the earlier kept, the later annulled.
//   "duplicate": a person under another uuid holds the NIK; waits for the duplicates review.
struct SyncConflict
{
    long long id = 0;
    long long importId = 0;
    std::string table; // "person", "person_role", ...
    std::string uuid;
    std::string label; // the record as a person knows it: a name, a title, a village code
    std::string field;
    std::string kind;
    nlohmann::json base; // null when unknown
    nlohmann::json ours;
    nlohmann::json theirs;
    std::string status; // "open", "resolved"
    nlohmann::json resolution;
    std::string resolvedAt;
    std::string resolvedBy;
};

// The one writer of `sync_conflict`: the conflicts merges found, the open ones waiting for a person.
class ConflictQueue
{
public:
    explicit ConflictQueue(Database& db);

    std::vector<SyncConflict> open(int limit = 10000) const;
    std::vector<SyncConflict> ofImport(long long importId) const;
    std::optional<SyncConflict> find(long long id) const;
    long long countOpen() const;

    long long add(const SyncConflict& conflict, UnitOfWork& work);
    // Marks the conflict resolved with `value` (the value taken), by the unit's actor, now.
    void markResolved(long long id, const nlohmann::json& value, UnitOfWork& work);

private:
    std::vector<SyncConflict> where(const std::string& condition, long long value, int limit) const;

    Database& m_db;
};

} // namespace relawas::core

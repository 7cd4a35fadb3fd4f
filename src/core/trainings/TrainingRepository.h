#pragma once

#include "core/trainings/Training.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `training`: a Rakernis, P2P class, Forum Warga, sosialisasi or bimtek with its scope, venue and
// days. Every write is one unit of work (a savepoint, so a caller's larger change stays all-or-nothing), bumps the
// revision, stamps who and when, and writes the record before and after to the audit log; a removal is a tombstone.
// Reads see living records only.
class TrainingRepository
{
public:
    explicit TrainingRepository(Database& db);

    std::optional<Training> find(const std::string& uuid) const;

    // Inserts (empty meta.uuid) or updates (meta.revision must be the stored one). Throws Error with the field as the
    // place: "training.title_required", "training.date_invalid", "training.dates_reversed", "region.unknown_code"
    // (a scope not in the list), "training.dates_exclude_attendance" (new dates would leave days people attended
    // outside the training; args: how many), "training.stale".
    Training save(const Training& training, const std::string& actor);

    // A step of a caller's unit of work: tombstones the training (the training service removes its invitations and
    // attendance with it, through their writers). False when there is no living training of that uuid.
    bool remove(const std::string& uuid, UnitOfWork& work);

    // The living trainings a person attended on at least one day, newest first.
    std::vector<Training> trainingsAttendedBy(const std::string& personUuid) const;

    // A record received in a report, as the import merged it (docs/report-format.md: its uuid, revision, who/when,
    // fields, and "deleted_at" for a tombstone), stored as it is: added, or written over the record of that uuid.
    // No revision is raised and no audit entry written: the import's one entry stands for the report.
    void storeReceived(const nlohmann::json& record, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

#pragma once

#include "core/trainings/Training.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

// The one writer of `training`: a Rakernis, P2P class, Forum Warga, sosialisasi or bimtek with its scope, venue and
// days. Every write is one unit of work (a savepoint, so a caller's larger change stays all-or-nothing), bumps the
// revision, stamps who and when, and writes the record before and after to the audit log; a removal is a tombstone,
// and tombstones the training's attendance through its writer. Reads see living records only.
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

    // Tombstones the training and its attendance.
    void remove(const std::string& uuid, const std::string& actor);

    // The living trainings a person attended on at least one day, newest first.
    std::vector<Training> trainingsAttendedBy(const std::string& personUuid) const;

private:
    Database& m_db;
};

} // namespace relawas::core

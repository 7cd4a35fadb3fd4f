#pragma once

#include "Training.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

// Stores trainings and who attended them, day by day. Every write is a savepoint (so a caller's import stays
// all-or-nothing), bumps the revision, stamps who and when, and writes the record before and after to the audit log;
// a removal is a tombstone. Reads see living records only.
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

    // Records that the person was present on `day`. Throws Error "attendance.unknown_training",
    // "attendance.unknown_person" (living records only), "attendance.outside_training" (args: day, start, end).
    // Recording the same person, training and day again returns the stored record and writes nothing, so a
    // second scan at the door is harmless.
    Attendance recordAttendance(const std::string& trainingUuid, const std::string& personUuid, const Date& day,
                                const std::string& actor);
    void removeAttendance(const std::string& uuid, const std::string& actor);

    // The living attendance of a training, by day, then by the person's name.
    std::vector<Attendance> attendanceOf(const std::string& trainingUuid) const;

    // Every living attendance row of a person, whatever the training, in the order recorded.
    std::vector<Attendance> attendanceOfPerson(const std::string& personUuid) const;

    // The living trainings a person attended on at least one day, newest first.
    std::vector<Training> trainingsAttendedBy(const std::string& personUuid) const;

private:
    Database& m_db;
};

} // namespace relawas::core

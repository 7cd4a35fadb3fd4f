#pragma once

#include "core/trainings/Training.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `attendance`: who was present at a training, day by day. A person is known here by uuid only;
// removing or merging people carries their attendance through the people service, which calls this writer. Every
// write bumps the revision, stamps who and when and is audited; a removal is a tombstone.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& db);

    // Records that the person was present on `day`. Throws Error "attendance.unknown_training",
    // "attendance.unknown_person" (living records only), "attendance.outside_training" (args: day, start, end).
    // Recording the same person, training and day again returns the stored record and writes nothing, so a
    // second scan at the door is harmless.
    Attendance record(const std::string& trainingUuid, const std::string& personUuid, const Date& day,
                      const std::string& actor);
    void remove(const std::string& uuid, const std::string& actor);

    std::optional<Attendance> find(const std::string& uuid) const;
    // The check-in that counts for the person on that day (not annulled), if any.
    std::optional<Attendance> presence(const std::string& trainingUuid, const std::string& personUuid,
                                       const Date& day) const;

    // Steps of a caller's unit of work. A new check-in, now, unchecked: the caller knows the training, the person and
    // the day, and that the person has none that day yet.
    Attendance insert(const std::string& trainingUuid, const std::string& personUuid, const Date& day,
                      UnitOfWork& work);
    // A check-in found to be a mistake is annulled: kept with who, when and why, no longer counted, and the person
    // can be checked in again. "attendance.not_found", "attendance.reason_required"; an annulled one is returned as
    // it is.
    Attendance annul(const std::string& uuid, const std::string& reason, UnitOfWork& work);

    // The attendance of a training that counts (not annulled), by day, then by the person's name.
    std::vector<Attendance> ofTraining(const std::string& trainingUuid) const;
    // Every living attendance row of a person, annulled ones too, whatever the training, in the order recorded.
    std::vector<Attendance> ofPerson(const std::string& personUuid) const;

    // Steps of a caller's unit of work, each row audited:
    // the training was removed;
    void tombstoneAllAt(const std::string& trainingUuid, UnitOfWork& work);
    // the person was removed;
    void tombstoneAllOf(const std::string& personUuid, UnitOfWork& work);
    // a merge: `fromPerson`'s days become `toPerson`'s ("merge" entries), and a day both were recorded present at the
    // same training is tombstoned instead (one living row per person, training and day).
    void moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work);

    // A record received in a report, as the import merged it (docs/report-format.md: its uuid, revision, who/when,
    // fields, and "deleted_at" for a tombstone), stored as it is: added, or written over the record of that uuid.
    // No revision is raised and no audit entry written: the import's one entry stands for the report.
    void storeReceived(const nlohmann::json& record, UnitOfWork& work);

private:
    void tombstone(const Attendance& attendance, UnitOfWork& work);

    Database& m_db;
};

} // namespace relawas::core

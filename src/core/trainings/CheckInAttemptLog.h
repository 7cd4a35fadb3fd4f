#pragma once

#include "core/trainings/CheckInAttempt.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `checkin_attempt`: every attempt at the door of a training, whatever came of it. Attempts are
// facts (a later sync carries them as they are): appended in the caller's unit of work, never changed or deleted.
class CheckInAttemptLog
{
public:
    explicit CheckInAttemptLog(Database& db);

    // Appends the attempt, stamped with the unit's time and actor; returns it with its uuid.
    CheckInAttempt append(CheckInAttempt attempt, UnitOfWork& work);

    // The attempts at a training on a day, newest first, at most `limit`.
    std::vector<CheckInAttempt> ofDay(const std::string& trainingUuid, const Date& day, int limit) const;

    // An attempt received in a report (docs/report-format.md), added unless this database has it: facts are never
    // changed.
    void storeReceived(const nlohmann::json& record, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

#include "core/trainings/CheckInAttemptLog.h"

#include "core/base/Uuid.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {
void bindOptional(SQLite::Statement& statement, int index, const std::string& value)
{
    if (value.empty()) {
        statement.bind(index);
    } else {
        statement.bind(index, value);
    }
}
} // namespace

CheckInAttemptLog::CheckInAttemptLog(Database& db)
    : m_db(db)
{}

CheckInAttempt CheckInAttemptLog::append(CheckInAttempt attempt, UnitOfWork& work)
{
    return translatingSqliteErrors("check-in attempts: append", [&]() -> CheckInAttempt {
        attempt.uuid = newUuidV7();
        attempt.at = work.now();
        attempt.actor = work.actor();
        auto write = m_db.prepared("INSERT INTO checkin_attempt (uuid, training_uuid, day, at, method, input, result, "
                                   "person_uuid, attendance_uuid, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        write->bind(1, attempt.uuid);
        write->bind(2, attempt.trainingUuid);
        write->bind(3, formatIsoDate(attempt.day));
        write->bind(4, attempt.at);
        write->bind(5, std::string(checkInMethodId(attempt.method)));
        write->bind(6, attempt.input);
        write->bind(7, std::string(checkInResultId(attempt.result)));
        bindOptional(*write, 8, attempt.personUuid);
        bindOptional(*write, 9, attempt.attendanceUuid);
        write->bind(10, attempt.actor);
        write->exec();
        return attempt;
    });
}

std::vector<CheckInAttempt> CheckInAttemptLog::ofDay(const std::string& trainingUuid, const Date& day, int limit) const
{
    return translatingSqliteErrors("check-in attempts: of day", [&]() -> std::vector<CheckInAttempt> {
        auto query = m_db.prepared("SELECT uuid, day, at, method, input, result, coalesce(person_uuid, ''), "
                                   "coalesce(attendance_uuid, ''), actor FROM checkin_attempt WHERE training_uuid = ? "
                                   "AND day = ? ORDER BY id DESC LIMIT ?");
        query->bind(1, trainingUuid);
        query->bind(2, formatIsoDate(day));
        query->bind(3, limit);
        std::vector<CheckInAttempt> attempts;
        while (query->executeStep()) {
            CheckInAttempt attempt;
            attempt.uuid = query->getColumn(0).getString();
            attempt.trainingUuid = trainingUuid;
            attempt.day = optionalDate(query->getColumn(1)).value_or(Date{});
            attempt.at = query->getColumn(2).getString();
            attempt.method = checkInMethodFromId(query->getColumn(3).getString()).value_or(CheckInMethod::Scan);
            attempt.input = query->getColumn(4).getString();
            attempt.result = checkInResultFromId(query->getColumn(5).getString()).value_or(CheckInResult::Unknown);
            attempt.personUuid = query->getColumn(6).getString();
            attempt.attendanceUuid = query->getColumn(7).getString();
            attempt.actor = query->getColumn(8).getString();
            attempts.push_back(std::move(attempt));
        }
        return attempts;
    });
}

void CheckInAttemptLog::storeReceived(const nlohmann::json& record, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("check-in attempts: store received", [&]() {
        // Kept once: a plain insert when new, not an upsert (ReceivedRecord.h).
        auto known = m_db.prepared("SELECT 1 FROM checkin_attempt WHERE uuid = ?");
        known->bind(1, record.at("uuid").get<std::string>());
        if (known->executeStep()) {
            return;
        }
        auto write = m_db.prepared(R"sql(
    INSERT INTO checkin_attempt (uuid, training_uuid, day, at, method, input, result, person_uuid, attendance_uuid,
        actor)
    VALUES (:uuid, :training_uuid, :day, :at, :method, :input, :result, :person_uuid, :attendance_uuid, :actor))sql");
        bindReceivedFields(*write, record,
                           {"uuid", "training_uuid", "day", "at", "method", "input", "result", "person_uuid",
                            "attendance_uuid", "actor"});
        write->exec();
    });
}

} // namespace relawas::core

#include "TrainingRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "RegionRepository.h"
#include "Savepoint.h"
#include "SqlDate.h"
#include "SqlRecordMeta.h"
#include "TrainingJson.h"
#include "Uuid.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kTrainingColumns = "uuid, kind, title, coalesce(scope_code, ''), venue, start_date, end_date, "
                                         "revision, created_at, created_by, updated_at, updated_by";
// Qualified: attendance is read joined with person, which has columns of the same names.
constexpr const char* kAttendanceColumns = "a.uuid, a.training_uuid, a.person_uuid, a.day, a.checked_in_at, "
                                           "a.revision, a.created_at, a.created_by, a.updated_at, a.updated_by";

Date dateFrom(const SQLite::Column& column)
{
    return optionalDate(column).value_or(Date{});
}

// The uuid in column 0, the revision and who/when in the five columns from `revision` on.
RecordMeta metaFrom(SQLite::Statement& q, int revision)
{
    return {q.getColumn(0).getString(),
            q.getColumn(revision).getInt64(),
            q.getColumn(revision + 1).getString(),
            q.getColumn(revision + 2).getString(),
            q.getColumn(revision + 3).getString(),
            q.getColumn(revision + 4).getString()};
}

Training trainingFrom(SQLite::Statement& q)
{
    Training training;
    training.kind = trainingKindFromId(q.getColumn(1).getString()).value_or(TrainingKind::Rakernis);
    training.title = q.getColumn(2).getString();
    training.scopeCode = q.getColumn(3).getString();
    training.venue = q.getColumn(4).getString();
    training.startDate = dateFrom(q.getColumn(5));
    training.endDate = dateFrom(q.getColumn(6));
    training.meta = metaFrom(q, 7);
    return training;
}

Attendance attendanceFrom(SQLite::Statement& q)
{
    Attendance attendance;
    attendance.trainingUuid = q.getColumn(1).getString();
    attendance.personUuid = q.getColumn(2).getString();
    attendance.day = dateFrom(q.getColumn(3));
    attendance.checkedInAt = q.getColumn(4).getString();
    attendance.meta = metaFrom(q, 5);
    return attendance;
}

std::optional<Attendance> findAttendance(Database& db, const std::string& uuid)
{
    SQLite::Statement query(db.connection(), std::string("SELECT ") + kAttendanceColumns +
                                                 " FROM attendance a WHERE a.uuid = ? AND a.deleted_at IS NULL");
    query.bind(1, uuid);
    return query.executeStep() ? std::optional(attendanceFrom(query)) : std::nullopt;
}

std::optional<Attendance> findAttendance(Database& db, const std::string& trainingUuid, const std::string& personUuid,
                                         const Date& day)
{
    SQLite::Statement query(db.connection(), std::string("SELECT ") + kAttendanceColumns +
                                                 " FROM attendance a WHERE a.training_uuid = ? AND a.person_uuid = ? "
                                                 "AND a.day = ? AND a.deleted_at IS NULL");
    query.bind(1, trainingUuid);
    query.bind(2, personUuid);
    query.bind(3, formatIsoDate(day));
    return query.executeStep() ? std::optional(attendanceFrom(query)) : std::nullopt;
}

void checkStorable(const Training& training, Database& db)
{
    if (training.title.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw Error(ErrorKind::UserInput, "training.title_required", "a training needs a title", "title");
    }
    if (!training.startDate.ok() || !training.endDate.ok()) {
        throw Error(ErrorKind::UserInput, "training.date_invalid", "a training needs real start and end dates",
                    training.startDate.ok() ? "end_date" : "start_date");
    }
    if (training.endDate < training.startDate) {
        throw Error(ErrorKind::UserInput, "training.dates_reversed", "a training cannot end before it starts",
                    "end_date");
    }
    if (!training.scopeCode.empty() && !RegionRepository(db).find(training.scopeCode)) {
        throw Error(ErrorKind::UserInput, "region.unknown_code",
                    fmt::format("`{}` is not a region of the current code list", training.scopeCode), "scope_code",
                    {training.scopeCode});
    }
}

// New dates must still hold every day someone was recorded present: attendance is never silently orphaned.
void checkAttendanceWithin(SQLite::Database& db, const Training& training)
{
    SQLite::Statement outside(db, "SELECT count(*) FROM attendance WHERE training_uuid = ? AND deleted_at IS NULL "
                                  "AND (day < ? OR day > ?)");
    outside.bind(1, training.meta.uuid);
    outside.bind(2, formatIsoDate(training.startDate));
    outside.bind(3, formatIsoDate(training.endDate));
    outside.executeStep();
    if (const long long count = outside.getColumn(0).getInt64(); count > 0) {
        throw Error(ErrorKind::UserInput, "training.dates_exclude_attendance",
                    fmt::format("{} attendance records fall outside the new dates; remove them first", count),
                    "start_date", {std::to_string(count)});
    }
}

void tombstone(SQLite::Database& db, const char* sql, const std::string& uuid, const std::string& now,
               const std::string& actor)
{
    SQLite::Statement write(db, sql);
    write.bind(":now", now);
    write.bind(":actor", actor);
    write.bind(":uuid", uuid);
    write.exec();
}

} // namespace

TrainingRepository::TrainingRepository(Database& db)
    : m_db(db)
{}

std::optional<Training> TrainingRepository::find(const std::string& uuid) const
{
    SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kTrainingColumns +
                                                   " FROM training WHERE uuid = ? AND deleted_at IS NULL");
    query.bind(1, uuid);
    return query.executeStep() ? std::optional(trainingFrom(query)) : std::nullopt;
}

Training TrainingRepository::save(const Training& training, const std::string& actor)
{
    checkStorable(training, m_db);
    SQLite::Database& db = m_db.connection();
    Savepoint savepoint(db, "training_save");
    Training stored = training;
    const std::string now = nowUtcIso();
    std::optional<Training> before;
    if (training.meta.uuid.empty()) {
        stored.meta = {newUuidV7(), 1, now, actor, now, actor};
    } else {
        before = find(training.meta.uuid);
        if (!before || before->meta.revision != training.meta.revision) {
            throw Error(ErrorKind::UserInput, "training.stale",
                        fmt::format("the training {} changed meanwhile", training.title), training.meta.uuid,
                        {training.title});
        }
        checkAttendanceWithin(db, training);
        stored.meta.revision = before->meta.revision + 1;
        stored.meta.createdAt = before->meta.createdAt;
        stored.meta.createdBy = before->meta.createdBy;
        stored.meta.updatedAt = now;
        stored.meta.updatedBy = actor;
    }

    SQLite::Statement write(db, R"sql(
        INSERT INTO training (uuid, kind, title, scope_code, venue, start_date, end_date, revision, created_at,
            created_by, updated_at, updated_by)
        VALUES (:uuid, :kind, :title, :scope, :venue, :start, :end, :revision, :created_at, :created_by, :updated_at,
            :updated_by)
        ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, title = excluded.title, scope_code = excluded.scope_code,
            venue = excluded.venue, start_date = excluded.start_date, end_date = excluded.end_date,
            revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by)sql");
    write.bind(":uuid", stored.meta.uuid);
    write.bind(":kind", std::string(trainingKindId(stored.kind)));
    write.bind(":title", stored.title);
    if (stored.scopeCode.empty()) {
        write.bind(":scope");
    } else {
        write.bind(":scope", stored.scopeCode);
    }
    write.bind(":venue", stored.venue);
    write.bind(":start", formatIsoDate(stored.startDate));
    write.bind(":end", formatIsoDate(stored.endDate));
    bindRecordMeta(write, stored.meta);
    write.exec();
    AuditLog(m_db).record(actor, "training", stored.meta.uuid, before ? "update" : "create",
                          before ? std::optional(trainingToJson(*before)) : std::nullopt, trainingToJson(stored));
    savepoint.release();
    return stored;
}

void TrainingRepository::remove(const std::string& uuid, const std::string& actor)
{
    const auto before = find(uuid);
    if (!before) {
        return;
    }
    SQLite::Database& db = m_db.connection();
    Savepoint savepoint(db, "training_remove");
    const std::string now = nowUtcIso();
    tombstone(db,
              "UPDATE training SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
              "revision = revision + 1 WHERE uuid = :uuid",
              uuid, now, actor);
    tombstone(db,
              "UPDATE attendance SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
              "revision = revision + 1 WHERE training_uuid = :uuid AND deleted_at IS NULL",
              uuid, now, actor);
    AuditLog(m_db).record(actor, "training", uuid, "delete", trainingToJson(*before), std::nullopt);
    savepoint.release();
}

Attendance TrainingRepository::recordAttendance(const std::string& trainingUuid, const std::string& personUuid,
                                                const Date& day, const std::string& actor)
{
    const auto training = find(trainingUuid);
    if (!training) {
        throw Error(ErrorKind::NotFound, "attendance.unknown_training",
                    "the training of this attendance does not exist", "training_uuid", {trainingUuid});
    }
    SQLite::Database& db = m_db.connection();
    SQLite::Statement person(db, "SELECT 1 FROM person WHERE uuid = ? AND deleted_at IS NULL");
    person.bind(1, personUuid);
    if (!person.executeStep()) {
        throw Error(ErrorKind::NotFound, "attendance.unknown_person", "the person of this attendance does not exist",
                    "person_uuid", {personUuid});
    }
    if (!day.ok() || day < training->startDate || training->endDate < day) {
        const std::string start = formatIsoDate(training->startDate);
        const std::string end = formatIsoDate(training->endDate);
        throw Error(ErrorKind::UserInput, "attendance.outside_training",
                    fmt::format("{} is not a day of {} ({} to {})", formatIsoDate(day), training->title, start, end),
                    "day", {formatIsoDate(day), start, end});
    }
    if (auto existing = findAttendance(m_db, trainingUuid, personUuid, day)) {
        return *existing;
    }

    Savepoint savepoint(db, "attendance_record");
    const std::string now = nowUtcIso();
    Attendance stored{trainingUuid, personUuid, day, now, {newUuidV7(), 1, now, actor, now, actor}};
    SQLite::Statement write(db, R"sql(
        INSERT INTO attendance (uuid, training_uuid, person_uuid, day, checked_in_at, revision, created_at, created_by,
            updated_at, updated_by)
        VALUES (:uuid, :training, :person, :day, :checked_in_at, :revision, :created_at, :created_by, :updated_at,
            :updated_by))sql");
    write.bind(":uuid", stored.meta.uuid);
    write.bind(":training", stored.trainingUuid);
    write.bind(":person", stored.personUuid);
    write.bind(":day", formatIsoDate(stored.day));
    write.bind(":checked_in_at", stored.checkedInAt);
    bindRecordMeta(write, stored.meta);
    write.exec();
    AuditLog(m_db).record(actor, "attendance", stored.meta.uuid, "create", std::nullopt, attendanceToJson(stored));
    savepoint.release();
    return stored;
}

void TrainingRepository::removeAttendance(const std::string& uuid, const std::string& actor)
{
    const auto before = findAttendance(m_db, uuid);
    if (!before) {
        return;
    }
    SQLite::Database& db = m_db.connection();
    Savepoint savepoint(db, "attendance_remove");
    tombstone(db,
              "UPDATE attendance SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
              "revision = revision + 1 WHERE uuid = :uuid",
              uuid, nowUtcIso(), actor);
    AuditLog(m_db).record(actor, "attendance", uuid, "delete", attendanceToJson(*before), std::nullopt);
    savepoint.release();
}

std::vector<Attendance> TrainingRepository::attendanceOf(const std::string& trainingUuid) const
{
    SQLite::Statement query(m_db.connection(),
                            std::string("SELECT ") + kAttendanceColumns +
                                " FROM attendance a JOIN person p ON p.uuid = a.person_uuid "
                                "WHERE a.training_uuid = ? AND a.deleted_at IS NULL AND p.deleted_at IS NULL "
                                "ORDER BY a.day, p.full_name COLLATE NOCASE, p.id");
    query.bind(1, trainingUuid);
    std::vector<Attendance> present;
    while (query.executeStep()) {
        present.push_back(attendanceFrom(query));
    }
    return present;
}

std::vector<Attendance> TrainingRepository::attendanceOfPerson(const std::string& personUuid) const
{
    SQLite::Statement query(m_db.connection(),
                            std::string("SELECT ") + kAttendanceColumns +
                                " FROM attendance a WHERE a.person_uuid = ? AND a.deleted_at IS NULL "
                                "ORDER BY a.id");
    query.bind(1, personUuid);
    std::vector<Attendance> rows;
    while (query.executeStep()) {
        rows.push_back(attendanceFrom(query));
    }
    return rows;
}

std::vector<Training> TrainingRepository::trainingsAttendedBy(const std::string& personUuid) const
{
    SQLite::Statement query(m_db.connection(),
                            std::string("SELECT ") + kTrainingColumns +
                                " FROM training WHERE deleted_at IS NULL AND uuid IN (SELECT training_uuid FROM "
                                "attendance WHERE person_uuid = ? AND deleted_at IS NULL) "
                                "ORDER BY start_date DESC, id DESC");
    query.bind(1, personUuid);
    std::vector<Training> attended;
    while (query.executeStep()) {
        attended.push_back(trainingFrom(query));
    }
    return attended;
}

} // namespace relawas::core

#include "core/trainings/AttendanceRepository.h"

#include "core/base/Error.h"
#include "core/base/StorableText.h"
#include "core/base/Uuid.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/TrainingJson.h"
#include "core/trainings/TrainingRepository.h"

#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// Qualified: attendance is read joined with person, which has columns of the same names.
constexpr const char* kColumns = "a.uuid, a.training_uuid, a.person_uuid, a.day, a.checked_in_at, "
                                 "a.revision, a.created_at, a.created_by, a.updated_at, a.updated_by, "
                                 "coalesce(a.annulled_at, ''), a.annulled_by, a.annul_reason";

Attendance attendanceFrom(SQLite::Statement& q)
{
    Attendance attendance;
    attendance.trainingUuid = q.getColumn(1).getString();
    attendance.personUuid = q.getColumn(2).getString();
    attendance.day = optionalDate(q.getColumn(3)).value_or(Date{});
    attendance.checkedInAt = q.getColumn(4).getString();
    attendance.meta = recordMetaFrom(q, 0, 5);
    attendance.annulledAt = q.getColumn(10).getString();
    attendance.annulledBy = q.getColumn(11).getString();
    attendance.annulReason = q.getColumn(12).getString();
    return attendance;
}

std::vector<Attendance> attendanceWhere(Database& db, const std::string& sql, const std::string& value)
{
    SQLite::Statement query(db.connection(), std::string("SELECT ") + kColumns + " " + sql);
    query.bind(1, value);
    std::vector<Attendance> rows;
    while (query.executeStep()) {
        rows.push_back(attendanceFrom(query));
    }
    return rows;
}

} // namespace

AttendanceRepository::AttendanceRepository(Database& db)
    : m_db(db)
{}

Attendance AttendanceRepository::record(const std::string& trainingUuid, const std::string& personUuid, const Date& day,
                                        const std::string& actor)
{
    return translatingSqliteErrors("attendance: record", [&]() -> Attendance {
        const auto training = TrainingRepository(m_db).find(trainingUuid);
        if (!training) {
            throw Error(ErrorKind::NotFound, "attendance.unknown_training",
                        "the training of this attendance does not exist", "training_uuid", {trainingUuid});
        }
        SQLite::Statement person(m_db.connection(), "SELECT 1 FROM person WHERE uuid = ? AND deleted_at IS NULL");
        person.bind(1, personUuid);
        if (!person.executeStep()) {
            throw Error(ErrorKind::NotFound, "attendance.unknown_person",
                        "the person of this attendance does not exist", "person_uuid", {personUuid});
        }
        if (!day.ok() || day < training->startDate || training->endDate < day) {
            const std::string start = formatIsoDate(training->startDate);
            const std::string end = formatIsoDate(training->endDate);
            throw Error(
                ErrorKind::UserInput, "attendance.outside_training",
                fmt::format("{} is not a day of {} ({} to {})", formatIsoDate(day), training->title, start, end), "day",
                {formatIsoDate(day), start, end});
        }
        if (auto existing = presence(trainingUuid, personUuid, day)) {
            return *existing;
        }
        UnitOfWork work(m_db, actor);
        Attendance stored = insert(trainingUuid, personUuid, day, work);
        work.commit();
        return stored;
    });
}

Attendance AttendanceRepository::insert(const std::string& trainingUuid, const std::string& personUuid, const Date& day,
                                        UnitOfWork& work)
{
    return translatingSqliteErrors("attendance: insert", [&]() -> Attendance {
        Attendance stored{trainingUuid, personUuid, day, work.now(), {}, {}, {}, {}};
        stored.meta = {newUuidV7(), 1, work.now(), work.actor(), work.now(), work.actor()};
        auto write = m_db.prepared(
            "INSERT INTO attendance (uuid, training_uuid, person_uuid, day, checked_in_at, revision, created_at, "
            "created_by, updated_at, updated_by) VALUES (:uuid, :training, :person, :day, :checked_in_at, :revision, "
            ":created_at, :created_by, :updated_at, :updated_by)");
        write->bind(":uuid", stored.meta.uuid);
        write->bind(":training", stored.trainingUuid);
        write->bind(":person", stored.personUuid);
        write->bind(":day", formatIsoDate(stored.day));
        write->bind(":checked_in_at", stored.checkedInAt);
        bindRecordMeta(*write, stored.meta);
        write->exec();
        AuditLog(m_db).record(work, "attendance", stored.meta.uuid, "create", std::nullopt, attendanceToJson(stored));
        return stored;
    });
}

std::optional<Attendance> AttendanceRepository::find(const std::string& uuid) const
{
    return translatingSqliteErrors("attendance: find", [&]() -> std::optional<Attendance> {
        auto rows = attendanceWhere(m_db, "FROM attendance a WHERE a.uuid = ? AND a.deleted_at IS NULL", uuid);
        return rows.empty() ? std::nullopt : std::optional(rows.front());
    });
}

std::optional<Attendance> AttendanceRepository::presence(const std::string& trainingUuid, const std::string& personUuid,
                                                         const Date& day) const
{
    return translatingSqliteErrors("attendance: presence", [&]() -> std::optional<Attendance> {
        auto query = m_db.prepared(std::string("SELECT ") + kColumns +
                                   " FROM attendance a WHERE a.training_uuid = ? AND a.person_uuid = ? AND a.day = ? "
                                   "AND a.deleted_at IS NULL AND a.annulled_at IS NULL");
        query->bind(1, trainingUuid);
        query->bind(2, personUuid);
        query->bind(3, formatIsoDate(day));
        return query->executeStep() ? std::optional(attendanceFrom(*query)) : std::nullopt;
    });
}

Attendance AttendanceRepository::annul(const std::string& uuid, const std::string& reason, UnitOfWork& work)
{
    return translatingSqliteErrors("attendance: annul", [&]() -> Attendance {
        const auto before = find(uuid);
        if (!before) {
            throw Error(ErrorKind::NotFound, "attendance.not_found", "this check-in does not exist", "attendance_uuid",
                        {uuid});
        }
        if (before->annulled()) {
            return *before;
        }
        if (reason.find_first_not_of(" \t\r\n") == std::string::npos) {
            throw Error(ErrorKind::UserInput, "attendance.reason_required", "say why the check-in is annulled",
                        "annul_reason");
        }
        requireStorableText(reason, "annul_reason");
        Attendance stored = *before;
        stored.annulledAt = work.now();
        stored.annulledBy = work.actor();
        stored.annulReason = reason;
        stored.meta.revision += 1;
        stored.meta.updatedAt = work.now();
        stored.meta.updatedBy = work.actor();
        auto write = m_db.prepared("UPDATE attendance SET annulled_at = :now, annulled_by = :actor, annul_reason = "
                                   ":reason, updated_at = :now, updated_by = :actor, revision = revision + 1 "
                                   "WHERE uuid = :uuid");
        write->bind(":reason", reason);
        bindChange(*write, work, uuid);
        write->exec();
        AuditLog(m_db).record(work, "attendance", uuid, "update", attendanceToJson(*before), attendanceToJson(stored));
        return stored;
    });
}

void AttendanceRepository::remove(const std::string& uuid, const std::string& actor)
{
    translatingSqliteErrors("attendance: remove", [&]() {
        const auto before = find(uuid);
        if (!before) {
            return;
        }
        UnitOfWork work(m_db, actor);
        tombstone(*before, work);
        work.commit();
    });
}

std::vector<Attendance> AttendanceRepository::ofTraining(const std::string& trainingUuid) const
{
    return translatingSqliteErrors("attendance: of training", [&]() -> std::vector<Attendance> {
        return attendanceWhere(m_db,
                               "FROM attendance a JOIN person p ON p.uuid = a.person_uuid "
                               "WHERE a.training_uuid = ? AND a.deleted_at IS NULL AND a.annulled_at IS NULL "
                               "AND p.deleted_at IS NULL "
                               "ORDER BY a.day, p.full_name COLLATE NOCASE, p.id",
                               trainingUuid);
    });
}

std::vector<Attendance> AttendanceRepository::ofPerson(const std::string& personUuid) const
{
    return translatingSqliteErrors("attendance: of person", [&]() -> std::vector<Attendance> {
        return attendanceWhere(m_db, "FROM attendance a WHERE a.person_uuid = ? AND a.deleted_at IS NULL ORDER BY a.id",
                               personUuid);
    });
}

void AttendanceRepository::tombstone(const Attendance& attendance, UnitOfWork& work)
{
    translatingSqliteErrors("attendance: tombstone", [&]() {
        auto write = m_db.prepared("UPDATE attendance SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                                   "revision = revision + 1 WHERE uuid = :uuid AND deleted_at IS NULL");
        bindChange(*write, work, attendance.meta.uuid);
        write->exec();
        AuditLog(m_db).record(work, "attendance", attendance.meta.uuid, "delete", attendanceToJson(attendance),
                              std::nullopt);
    });
}

void AttendanceRepository::tombstoneAllAt(const std::string& trainingUuid, UnitOfWork& work)
{
    translatingSqliteErrors("attendance: tombstone all at", [&]() {
        for (const Attendance& attendance :
             attendanceWhere(m_db, "FROM attendance a WHERE a.training_uuid = ? AND a.deleted_at IS NULL ORDER BY a.id",
                             trainingUuid)) {
            tombstone(attendance, work);
        }
    });
}

void AttendanceRepository::tombstoneAllOf(const std::string& personUuid, UnitOfWork& work)
{
    translatingSqliteErrors("attendance: tombstone all of", [&]() {
        for (const Attendance& attendance : ofPerson(personUuid)) {
            tombstone(attendance, work);
        }
    });
}

void AttendanceRepository::moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work)
{
    translatingSqliteErrors("attendance: move all", [&]() {
        std::set<std::pair<std::string, Date>> keptDays;
        for (const Attendance& attendance : ofPerson(toPerson)) {
            if (!attendance.annulled()) {
                keptDays.emplace(attendance.trainingUuid, attendance.day);
            }
        }
        for (const Attendance& attendance : ofPerson(fromPerson)) {
            if (!attendance.annulled() && keptDays.count({attendance.trainingUuid, attendance.day}) != 0) {
                tombstone(attendance, work);
                continue;
            }
            Attendance moved = attendance;
            moved.personUuid = toPerson;
            moved.meta.revision += 1;
            moved.meta.updatedAt = work.now();
            moved.meta.updatedBy = work.actor();
            auto write = m_db.prepared("UPDATE attendance SET person_uuid = :person, updated_at = :now, "
                                       "updated_by = :actor, revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":person", toPerson);
            bindChange(*write, work, attendance.meta.uuid);
            write->exec();
            AuditLog(m_db).record(work, "attendance", attendance.meta.uuid, "merge", attendanceToJson(attendance),
                                  attendanceToJson(moved));
        }
    });
}

void AttendanceRepository::storeReceived(const nlohmann::json& record, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("attendance: store received", [&]() {
        storeReceivedByUuid(
            m_db, "attendance", R"sql(
    UPDATE attendance SET training_uuid = :training_uuid, person_uuid = :person_uuid, day = :day,
        checked_in_at = :checked_in_at, annulled_at = :annulled_at, annulled_by = :annulled_by,
        annul_reason = :annul_reason, revision = :revision, created_at = :created_at, created_by = :created_by,
        updated_at = :updated_at, updated_by = :updated_by, deleted_at = :deleted_at
    WHERE uuid = :uuid)sql",
            R"sql(
    INSERT INTO attendance (uuid, training_uuid, person_uuid, day, checked_in_at, annulled_at, annulled_by,
        annul_reason, revision, created_at, created_by, updated_at, updated_by, deleted_at)
    VALUES (:uuid, :training_uuid, :person_uuid, :day, :checked_in_at, :annulled_at, :annulled_by,
        :annul_reason, :revision, :created_at, :created_by, :updated_at, :updated_by, :deleted_at))sql",
            record,
            {"training_uuid", "person_uuid", "day", "checked_in_at", "annulled_at", "annulled_by", "annul_reason"});
    });
}

} // namespace relawas::core

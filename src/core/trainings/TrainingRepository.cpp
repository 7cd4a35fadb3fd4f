#include "core/trainings/TrainingRepository.h"

#include "core/base/Error.h"
#include "core/base/StorableText.h"
#include "core/base/Uuid.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/TrainingJson.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kTrainingColumns = "uuid, kind, title, coalesce(scope_code, ''), venue, start_date, end_date, "
                                         "revision, created_at, created_by, updated_at, updated_by, capacity, notes, "
                                         "pass_mark";
Date dateFrom(const SQLite::Column& column)
{
    return optionalDate(column).value_or(Date{});
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
    training.meta = recordMetaFrom(q, 0, 7);
    if (!q.getColumn(12).isNull()) {
        training.capacity = q.getColumn(12).getInt();
    }
    training.notes = q.getColumn(13).getString();
    training.passMark = q.getColumn(14).getDouble();
    return training;
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
    if (training.capacity && *training.capacity <= 0) {
        throw Error(ErrorKind::UserInput, "training.capacity_invalid", "the capacity must be at least 1", "capacity");
    }
    if (!(training.passMark >= 0 && training.passMark <= 100)) {
        throw Error(ErrorKind::UserInput, "training.pass_mark_invalid", "the pass mark must be between 0 and 100",
                    "pass_mark");
    }
    for (const auto& [text, field] : {std::pair{&training.title, "title"}, std::pair{&training.venue, "venue"},
                                      std::pair{&training.notes, "notes"}}) {
        requireStorableText(*text, field);
    }
}

// New dates must still hold every day someone was recorded present: attendance is never silently orphaned.
void checkAttendanceWithin(SQLite::Database& db, const Training& training)
{
    SQLite::Statement outside(db, "SELECT count(*) FROM attendance WHERE training_uuid = ? AND deleted_at IS NULL "
                                  "AND annulled_at IS NULL AND (day < ? OR day > ?)");
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

} // namespace

TrainingRepository::TrainingRepository(Database& db)
    : m_db(db)
{}

std::optional<Training> TrainingRepository::find(const std::string& uuid) const
{
    return translatingSqliteErrors("trainings: find", [&]() -> std::optional<Training> {
        SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kTrainingColumns +
                                                       " FROM training WHERE uuid = ? AND deleted_at IS NULL");
        query.bind(1, uuid);
        return query.executeStep() ? std::optional(trainingFrom(query)) : std::nullopt;
    });
}

Training TrainingRepository::save(const Training& training, const std::string& actor)
{
    return translatingSqliteErrors("trainings: save", [&]() -> Training {
        checkStorable(training, m_db);
        UnitOfWork work(m_db, actor);
        Training stored = training;
        const std::string& now = work.now();
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
            checkAttendanceWithin(m_db.connection(), training);
            stored.meta.revision = before->meta.revision + 1;
            stored.meta.createdAt = before->meta.createdAt;
            stored.meta.createdBy = before->meta.createdBy;
            stored.meta.updatedAt = now;
            stored.meta.updatedBy = actor;
        }

        SQLite::Statement write(m_db.connection(), R"sql(
            INSERT INTO training (uuid, kind, title, scope_code, venue, start_date, end_date, capacity, notes, pass_mark,
                revision, created_at, created_by, updated_at, updated_by)
            VALUES (:uuid, :kind, :title, :scope, :venue, :start, :end, :capacity, :notes, :pass_mark, :revision,
                :created_at, :created_by, :updated_at, :updated_by)
            ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, title = excluded.title, scope_code = excluded.scope_code,
                venue = excluded.venue, start_date = excluded.start_date, end_date = excluded.end_date,
                capacity = excluded.capacity, notes = excluded.notes, pass_mark = excluded.pass_mark,
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
        if (stored.capacity) {
            write.bind(":capacity", *stored.capacity);
        } else {
            write.bind(":capacity");
        }
        write.bind(":notes", stored.notes);
        write.bind(":pass_mark", stored.passMark);
        bindRecordMeta(write, stored.meta);
        write.exec();
        AuditLog(m_db).record(work, "training", stored.meta.uuid, before ? "update" : "create",
                              before ? std::optional(trainingToJson(*before)) : std::nullopt, trainingToJson(stored));
        work.commit();
        return stored;
    });
}

bool TrainingRepository::remove(const std::string& uuid, UnitOfWork& work)
{
    return translatingSqliteErrors("trainings: remove", [&]() {
        const auto before = find(uuid);
        if (!before) {
            return false;
        }
        SQLite::Statement write(m_db.connection(), "UPDATE training SET deleted_at = :now, updated_at = :now, "
                                                   "updated_by = :actor, revision = revision + 1 WHERE uuid = :uuid");
        bindChange(write, work, uuid);
        write.exec();
        AuditLog(m_db).record(work, "training", uuid, "delete", trainingToJson(*before), std::nullopt);
        return true;
    });
}

std::vector<Training> TrainingRepository::trainingsAttendedBy(const std::string& personUuid) const
{
    return translatingSqliteErrors("trainings: trainings attended by", [&]() -> std::vector<Training> {
        SQLite::Statement query(m_db.connection(),
                                std::string("SELECT ") + kTrainingColumns +
                                    " FROM training WHERE deleted_at IS NULL AND uuid IN (SELECT training_uuid FROM "
                                    "attendance WHERE person_uuid = ? AND deleted_at IS NULL AND annulled_at IS NULL) "
                                    "ORDER BY start_date DESC, id DESC");
        query.bind(1, personUuid);
        std::vector<Training> attended;
        while (query.executeStep()) {
            attended.push_back(trainingFrom(query));
        }
        return attended;
    });
}

void TrainingRepository::storeReceived(const nlohmann::json& record, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("trainings: store received", [&]() {
        storeReceivedByUuid(
            m_db, "training", R"sql(
    UPDATE training SET kind = :kind, title = :title, scope_code = :scope_code, venue = :venue,
        start_date = :start_date, end_date = :end_date, capacity = :capacity, notes = :notes,
        pass_mark = :pass_mark, revision = :revision, created_at = :created_at, created_by = :created_by,
        updated_at = :updated_at, updated_by = :updated_by, deleted_at = :deleted_at
    WHERE uuid = :uuid)sql",
            R"sql(
    INSERT INTO training (uuid, kind, title, scope_code, venue, start_date, end_date, capacity, notes,
        pass_mark, revision, created_at, created_by, updated_at, updated_by, deleted_at)
    VALUES (:uuid, :kind, :title, :scope_code, :venue, :start_date, :end_date, :capacity, :notes, :pass_mark,
        :revision, :created_at, :created_by, :updated_at, :updated_by, :deleted_at))sql",
            record,
            {"kind", "title", "scope_code", "venue", "start_date", "end_date", "capacity", "notes", "pass_mark"});
    });
}

} // namespace relawas::core

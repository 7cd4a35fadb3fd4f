#include "core/programme/KampungRepository.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "village_code, status, sk_number, sk_date, assessment_score, vulnerability, "
                                 "mou_end_date, notes, uuid, revision, created_at, created_by, updated_at, updated_by";

KampungProgramme programmeFrom(SQLite::Statement& q)
{
    KampungProgramme p;
    p.villageCode = q.getColumn(0).getString();
    p.stage = kampungStageFromId(q.getColumn(1).getString()).value_or(KampungStage::Candidate);
    p.skNumber = q.getColumn(2).getString();
    p.skDate = optionalDate(q.getColumn(3));
    if (!q.getColumn(4).isNull()) {
        p.assessmentScore = q.getColumn(4).getDouble();
    }
    if (!q.getColumn(5).isNull()) {
        p.vulnerability = vulnerabilityFromId(q.getColumn(5).getString());
    }
    p.mouEndDate = optionalDate(q.getColumn(6));
    p.notes = q.getColumn(7).getString();
    p.meta = {q.getColumn(8).getString(),  q.getColumn(9).getInt64(),   q.getColumn(10).getString(),
              q.getColumn(11).getString(), q.getColumn(12).getString(), q.getColumn(13).getString()};
    return p;
}

} // namespace

KampungRepository::KampungRepository(Database& db)
    : m_db(db)
{}

std::optional<KampungProgramme> KampungRepository::find(const std::string& villageCode) const
{
    return translatingSqliteErrors("programme status: find", [&]() -> std::optional<KampungProgramme> {
        SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kColumns +
                                                       " FROM kampung_programme WHERE village_code = ? "
                                                       "AND deleted_at IS NULL");
        query.bind(1, villageCode);
        if (!query.executeStep()) {
            return std::nullopt;
        }
        return programmeFrom(query);
    });
}

KampungProgramme KampungRepository::save(const KampungProgramme& programme, const std::string& actor, const Date& today)
{
    return translatingSqliteErrors("programme status: save", [&]() -> KampungProgramme {
        const auto violations = checkKampungProgramme(programme, today);
        if (!violations.empty()) {
            const RuleViolation& first = violations.front();
            throw Error(ErrorKind::UserInput, first.code, first.message, std::string(kampungFieldId(first.field)));
        }
        const auto village = RegionRepository(m_db).find(programme.villageCode);
        if (!village || !isVillageLevel(village->level)) {
            throw Error(ErrorKind::UserInput, "region.not_village",
                        fmt::format("`{}` is not a desa or kelurahan", programme.villageCode), "village_code",
                        {programme.villageCode});
        }

        SQLite::Database& db = m_db.connection();
        SQLite::Transaction transaction(db);
        SQLite::Statement current(db, "SELECT uuid, revision, deleted_at IS NOT NULL, created_at, created_by "
                                      "FROM kampung_programme WHERE village_code = ?");
        current.bind(1, programme.villageCode);
        const bool exists = current.executeStep();
        const bool live = exists && current.getColumn(2).getInt() == 0;
        const long long storedRevision = live ? current.getColumn(1).getInt64() : 0;
        if (programme.meta.revision != storedRevision) {
            throw Error(ErrorKind::UserInput, "kampung.stale",
                        fmt::format("the record of {} changed meanwhile (revision {}, expected {})",
                                    programme.villageCode, storedRevision, programme.meta.revision),
                        programme.villageCode, {programme.villageCode});
        }

        if (village->retired && !live) {
            throw Error(ErrorKind::UserInput, "region.retired",
                        fmt::format("`{}` is no longer in the current code list", programme.villageCode),
                        "village_code", {programme.villageCode});
        }

        KampungProgramme stored = programme;
        const std::string now = nowUtcIso();
        if (exists) {
            stored.meta.uuid = current.getColumn(0).getString();
            stored.meta.revision = current.getColumn(1).getInt64() + 1;
            stored.meta.createdAt = current.getColumn(3).getString();
            stored.meta.createdBy = current.getColumn(4).getString();
        } else {
            stored.meta.uuid = newUuidV7();
            stored.meta.revision = 1;
            stored.meta.createdAt = now;
            stored.meta.createdBy = actor;
        }
        stored.meta.updatedAt = now;
        stored.meta.updatedBy = actor;
        current.reset();

        SQLite::Statement write(db, R"sql(
            INSERT INTO kampung_programme (uuid, village_code, status, sk_number, sk_date, assessment_score,
                vulnerability, mou_end_date, notes, revision, created_at, created_by, updated_at, updated_by, deleted_at)
            VALUES (:uuid, :village, :status, :sk_number, :sk_date, :score, :vulnerability, :mou_end, :notes, :revision,
                :created_at, :created_by, :updated_at, :updated_by, NULL)
            ON CONFLICT (village_code) DO UPDATE SET status = excluded.status, sk_number = excluded.sk_number,
                sk_date = excluded.sk_date, assessment_score = excluded.assessment_score,
                vulnerability = excluded.vulnerability, mou_end_date = excluded.mou_end_date, notes = excluded.notes,
                revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                deleted_at = NULL
        )sql");
        write.bind(":uuid", stored.meta.uuid);
        write.bind(":village", stored.villageCode);
        write.bind(":status", std::string(kampungStageId(stored.stage)));
        write.bind(":sk_number", stored.skNumber);
        bindOptionalDate(write, ":sk_date", stored.skDate);
        if (stored.assessmentScore) {
            write.bind(":score", *stored.assessmentScore);
        } else {
            write.bind(":score");
        }
        if (stored.vulnerability) {
            write.bind(":vulnerability", std::string(vulnerabilityId(*stored.vulnerability)));
        } else {
            write.bind(":vulnerability");
        }
        bindOptionalDate(write, ":mou_end", stored.mouEndDate);
        write.bind(":notes", stored.notes);
        bindRecordMeta(write, stored.meta);
        write.exec();
        transaction.commit();
        return stored;
    });
}

void KampungRepository::remove(const std::string& villageCode, const std::string& actor)
{
    translatingSqliteErrors("programme status: remove", [&]() {
        SQLite::Statement tombstone(m_db.connection(),
                                    "UPDATE kampung_programme SET deleted_at = :now, updated_at = :now, "
                                    "updated_by = :actor, revision = revision + 1 "
                                    "WHERE village_code = :village AND deleted_at IS NULL");
        tombstone.bind(":now", nowUtcIso());
        tombstone.bind(":actor", actor);
        tombstone.bind(":village", villageCode);
        tombstone.exec();
    });
}

std::map<std::string, KampungStage> KampungRepository::stagesUnder(const std::string& code) const
{
    return translatingSqliteErrors("programme status: stages under", [&]() -> std::map<std::string, KampungStage> {
        SQLite::Statement query(m_db.connection(),
                                "SELECT village_code, status FROM kampung_programme "
                                "WHERE deleted_at IS NULL AND village_code > ? AND village_code < ?");
        query.bind(1, code + ".");
        query.bind(2, code + "/");
        std::map<std::string, KampungStage> stages;
        while (query.executeStep()) {
            if (const auto stage = kampungStageFromId(query.getColumn(1).getString())) {
                stages.emplace(query.getColumn(0).getString(), *stage);
            }
        }
        return stages;
    });
}

void KampungRepository::storeReceived(const nlohmann::json& record, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("programme: store received", [&]() {
        storeReceivedByUuid(m_db, "kampung_programme", R"sql(
    UPDATE kampung_programme SET village_code = :village_code, status = :status, sk_number = :sk_number,
        sk_date = :sk_date, assessment_score = :assessment_score, vulnerability = :vulnerability,
        mou_end_date = :mou_end_date, notes = :notes, revision = :revision, created_at = :created_at,
        created_by = :created_by, updated_at = :updated_at, updated_by = :updated_by, deleted_at = :deleted_at
    WHERE uuid = :uuid)sql",
                            R"sql(
    INSERT INTO kampung_programme (uuid, village_code, status, sk_number, sk_date, assessment_score,
        vulnerability, mou_end_date, notes, revision, created_at, created_by, updated_at, updated_by,
        deleted_at)
    VALUES (:uuid, :village_code, :status, :sk_number, :sk_date, :assessment_score, :vulnerability,
        :mou_end_date, :notes, :revision, :created_at, :created_by, :updated_at, :updated_by, :deleted_at))sql",
                            record,
                            {"village_code", "status", "sk_number", "sk_date", "assessment_score", "vulnerability",
                             "mou_end_date", "notes"});
    });
}

} // namespace relawas::core

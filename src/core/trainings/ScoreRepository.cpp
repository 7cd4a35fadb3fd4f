#include "core/trainings/ScoreRepository.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"

#include <set>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

nlohmann::ordered_json componentJson(const ScoreComponent& component)
{
    return {{"uuid", component.meta.uuid},
            {"training_uuid", component.trainingUuid},
            {"name", component.name},
            {"weight", component.weight},
            {"position", component.position}};
}

nlohmann::ordered_json scoreJson(const std::string& uuid, const std::string& componentUuid,
                                 const std::string& personUuid, double value)
{
    return {{"uuid", uuid}, {"component_uuid", componentUuid}, {"person_uuid", personUuid}, {"value", value}};
}

struct StoredScore
{
    std::string uuid;
    std::string componentUuid;
    std::string personUuid;
    double value = 0;
};

std::vector<StoredScore> scoresWhere(Database& db, const std::string& condition, const std::string& value)
{
    auto query = db.prepared("SELECT uuid, component_uuid, person_uuid, value FROM score WHERE " + condition +
                             " AND deleted_at IS NULL ORDER BY id");
    query->bind(1, value);
    std::vector<StoredScore> scores;
    while (query->executeStep()) {
        scores.push_back({query->getColumn(0).getString(), query->getColumn(1).getString(),
                          query->getColumn(2).getString(), query->getColumn(3).getDouble()});
    }
    return scores;
}

void tombstoneScore(Database& db, const StoredScore& score, UnitOfWork& work)
{
    auto write = db.prepared("UPDATE score SET deleted_at = :now, updated_at = :now, updated_by = :actor, revision = "
                             "revision + 1 WHERE uuid = :uuid");
    bindChange(*write, work, score.uuid);
    write->exec();
    AuditLog(db).record(work, "score", score.uuid, "delete",
                        scoreJson(score.uuid, score.componentUuid, score.personUuid, score.value), std::nullopt);
}

} // namespace

ScoreRepository::ScoreRepository(Database& db)
    : m_db(db)
{}

std::vector<ScoreComponent> ScoreRepository::componentsOf(const std::string& trainingUuid) const
{
    return translatingSqliteErrors("scores: components of", [&]() -> std::vector<ScoreComponent> {
        auto query = m_db.prepared("SELECT uuid, name, weight, position, revision, created_at, created_by, updated_at, "
                                   "updated_by FROM score_component WHERE training_uuid = ? AND deleted_at IS NULL "
                                   "ORDER BY position, id");
        query->bind(1, trainingUuid);
        std::vector<ScoreComponent> components;
        while (query->executeStep()) {
            ScoreComponent component;
            component.trainingUuid = trainingUuid;
            component.name = query->getColumn(1).getString();
            component.weight = query->getColumn(2).getDouble();
            component.position = query->getColumn(3).getInt();
            component.meta = recordMetaFrom(*query, 0, 4);
            components.push_back(std::move(component));
        }
        return components;
    });
}

std::vector<ScoreComponent> ScoreRepository::addComponents(const std::string& trainingUuid,
                                                           const std::vector<ScoreComponent>& components,
                                                           UnitOfWork& work)
{
    return translatingSqliteErrors("scores: add components", [&]() -> std::vector<ScoreComponent> {
        std::vector<ScoreComponent> stored;
        for (ScoreComponent component : components) {
            component.trainingUuid = trainingUuid;
            component.meta = {newUuidV7(), 1, work.now(), work.actor(), work.now(), work.actor()};
            auto write = m_db.prepared(
                "INSERT INTO score_component (uuid, training_uuid, name, weight, position, revision, created_at, "
                "created_by, updated_at, updated_by) VALUES (:uuid, :training, :name, :weight, :position, :revision, "
                ":created_at, :created_by, :updated_at, :updated_by)");
            write->bind(":uuid", component.meta.uuid);
            write->bind(":training", trainingUuid);
            write->bind(":name", component.name);
            write->bind(":weight", component.weight);
            write->bind(":position", component.position);
            bindRecordMeta(*write, component.meta);
            write->exec();
            AuditLog(m_db).record(work, "score_component", component.meta.uuid, "create", std::nullopt,
                                  componentJson(component));
            stored.push_back(std::move(component));
        }
        return stored;
    });
}

ScoreComponent ScoreRepository::updateComponent(const ScoreComponent& changed, UnitOfWork& work)
{
    return translatingSqliteErrors("scores: update component", [&]() -> ScoreComponent {
        for (const ScoreComponent& before : componentsOf(changed.trainingUuid)) {
            if (before.meta.uuid != changed.meta.uuid) {
                continue;
            }
            if (before.name == changed.name && before.weight == changed.weight) {
                return before;
            }
            auto write = m_db.prepared("UPDATE score_component SET name = :name, weight = :weight, updated_at = :now, "
                                       "updated_by = :actor, revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":name", changed.name);
            write->bind(":weight", changed.weight);
            bindChange(*write, work, before.meta.uuid);
            write->exec();
            ScoreComponent after = before;
            after.name = changed.name;
            after.weight = changed.weight;
            after.meta.revision += 1;
            after.meta.updatedAt = work.now();
            after.meta.updatedBy = work.actor();
            AuditLog(m_db).record(work, "score_component", after.meta.uuid, "update", componentJson(before),
                                  componentJson(after));
            return after;
        }
        throw Error(ErrorKind::NotFound, "score.unknown_component", "this score component does not exist",
                    "component_uuid", {changed.meta.uuid});
    });
}

std::map<std::string, std::map<std::string, double>> ScoreRepository::scoresOf(const std::string& trainingUuid) const
{
    return translatingSqliteErrors(
        "scores: of training", [&]() -> std::map<std::string, std::map<std::string, double>> {
            auto query =
                m_db.prepared("SELECT s.person_uuid, s.component_uuid, s.value FROM score s JOIN score_component c "
                              "ON c.uuid = s.component_uuid WHERE c.training_uuid = ? AND s.deleted_at IS NULL "
                              "AND c.deleted_at IS NULL");
            query->bind(1, trainingUuid);
            std::map<std::string, std::map<std::string, double>> scores;
            while (query->executeStep()) {
                scores[query->getColumn(0).getString()][query->getColumn(1).getString()] =
                    query->getColumn(2).getDouble();
            }
            return scores;
        });
}

void ScoreRepository::setScore(const std::string& componentUuid, const std::string& personUuid,
                               std::optional<double> value, UnitOfWork& work)
{
    translatingSqliteErrors("scores: set", [&]() {
        if (value && !(*value >= 0 && *value <= 100)) {
            throw Error(ErrorKind::UserInput, "score.out_of_range", "a score is between 0 and 100", "value",
                        {fmt::format("{}", *value)});
        }
        auto component = m_db.prepared("SELECT 1 FROM score_component WHERE uuid = ? AND deleted_at IS NULL");
        component->bind(1, componentUuid);
        if (!component->executeStep()) {
            throw Error(ErrorKind::NotFound, "score.unknown_component", "this score component does not exist",
                        "component_uuid", {componentUuid});
        }
        auto existing = m_db.prepared("SELECT uuid, value FROM score WHERE component_uuid = ? AND person_uuid = ? AND "
                                      "deleted_at IS NULL");
        existing->bind(1, componentUuid);
        existing->bind(2, personUuid);
        std::optional<StoredScore> before;
        if (existing->executeStep()) {
            before = StoredScore{existing->getColumn(0).getString(), componentUuid, personUuid,
                                 existing->getColumn(1).getDouble()};
        }
        if (!value) {
            if (before) {
                tombstoneScore(m_db, *before, work);
            }
            return;
        }
        if (before) {
            if (before->value == *value) {
                return;
            }
            auto write = m_db.prepared("UPDATE score SET value = :value, updated_at = :now, updated_by = :actor, "
                                       "revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":value", *value);
            bindChange(*write, work, before->uuid);
            write->exec();
            AuditLog(m_db).record(work, "score", before->uuid, "update",
                                  scoreJson(before->uuid, componentUuid, personUuid, before->value),
                                  scoreJson(before->uuid, componentUuid, personUuid, *value));
            return;
        }
        const std::string uuid = newUuidV7();
        auto write = m_db.prepared("INSERT INTO score (uuid, component_uuid, person_uuid, value, revision, created_at, "
                                   "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)");
        write->bind(1, uuid);
        write->bind(2, componentUuid);
        write->bind(3, personUuid);
        write->bind(4, *value);
        write->bind(5, work.now());
        write->bind(6, work.actor());
        write->bind(7, work.now());
        write->bind(8, work.actor());
        write->exec();
        AuditLog(m_db).record(work, "score", uuid, "create", std::nullopt,
                              scoreJson(uuid, componentUuid, personUuid, *value));
    });
}

void ScoreRepository::tombstoneAllOf(const std::string& personUuid, UnitOfWork& work)
{
    translatingSqliteErrors("scores: tombstone all of", [&]() {
        for (const StoredScore& score : scoresWhere(m_db, "person_uuid = ?", personUuid)) {
            tombstoneScore(m_db, score, work);
        }
    });
}

void ScoreRepository::moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work)
{
    translatingSqliteErrors("scores: move all", [&]() {
        std::set<std::string> kept;
        for (const StoredScore& score : scoresWhere(m_db, "person_uuid = ?", toPerson)) {
            kept.insert(score.componentUuid);
        }
        for (const StoredScore& score : scoresWhere(m_db, "person_uuid = ?", fromPerson)) {
            if (kept.count(score.componentUuid) != 0) {
                tombstoneScore(m_db, score, work);
                continue;
            }
            auto write = m_db.prepared("UPDATE score SET person_uuid = :person, updated_at = :now, updated_by = "
                                       ":actor, revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":person", toPerson);
            bindChange(*write, work, score.uuid);
            write->exec();
            AuditLog(m_db).record(work, "score", score.uuid, "merge",
                                  scoreJson(score.uuid, score.componentUuid, fromPerson, score.value),
                                  scoreJson(score.uuid, score.componentUuid, toPerson, score.value));
        }
    });
}

} // namespace relawas::core

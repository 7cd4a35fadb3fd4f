#include "core/trainings/InvitationRepository.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/TrainingJson.h"

#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "uuid, training_uuid, person_uuid, part, status, walk_in, revision, created_at, "
                                 "created_by, updated_at, updated_by";

Invitation invitationFrom(SQLite::Statement& q)
{
    Invitation invitation;
    invitation.trainingUuid = q.getColumn(1).getString();
    invitation.personUuid = q.getColumn(2).getString();
    invitation.part = invitationPartFromId(q.getColumn(3).getString()).value_or(InvitationPart::Peserta);
    invitation.status = invitationStatusFromId(q.getColumn(4).getString()).value_or(InvitationStatus::Invited);
    invitation.walkIn = q.getColumn(5).getInt() != 0;
    invitation.meta = recordMetaFrom(q, 0, 6);
    return invitation;
}

} // namespace

InvitationRepository::InvitationRepository(Database& db)
    : m_db(db)
{}

std::vector<Invitation> InvitationRepository::where(const std::string& condition, const std::string& value) const
{
    auto query = m_db.prepared(
        fmt::format("SELECT {} FROM invitation WHERE {} AND deleted_at IS NULL ORDER BY id", kColumns, condition));
    query->bind(1, value);
    std::vector<Invitation> rows;
    while (query->executeStep()) {
        rows.push_back(invitationFrom(*query));
    }
    return rows;
}

std::optional<Invitation> InvitationRepository::find(const std::string& trainingUuid,
                                                     const std::string& personUuid) const
{
    return translatingSqliteErrors("invitations: find", [&]() -> std::optional<Invitation> {
        auto query = m_db.prepared(fmt::format("SELECT {} FROM invitation WHERE training_uuid = ? AND person_uuid = ? "
                                               "AND deleted_at IS NULL",
                                               kColumns));
        query->bind(1, trainingUuid);
        query->bind(2, personUuid);
        return query->executeStep() ? std::optional(invitationFrom(*query)) : std::nullopt;
    });
}

std::optional<Invitation> InvitationRepository::findByUuid(const std::string& uuid) const
{
    return translatingSqliteErrors("invitations: find by uuid", [&]() -> std::optional<Invitation> {
        auto rows = where("uuid = ?", uuid);
        return rows.empty() ? std::nullopt : std::optional(rows.front());
    });
}

std::vector<Invitation> InvitationRepository::ofTraining(const std::string& trainingUuid) const
{
    return translatingSqliteErrors("invitations: of training", [&]() -> std::vector<Invitation> {
        return where("training_uuid = ?", trainingUuid);
    });
}

InvitationRepository::Outcome InvitationRepository::invite(const std::string& trainingUuid,
                                                           const std::string& personUuid, InvitationPart part,
                                                           bool walkIn, UnitOfWork& work)
{
    return translatingSqliteErrors("invitations: invite", [&]() -> Outcome {
        if (auto existing = find(trainingUuid, personUuid)) {
            if (existing->expected() && existing->part == part) {
                return {*existing, false};
            }
            Invitation changed = *existing;
            changed.part = part;
            if (!changed.expected()) {
                changed.status = InvitationStatus::Invited;
            }
            return {update(changed, work), true};
        }
        auto living = m_db.prepared("SELECT 1 FROM person WHERE uuid = ? AND deleted_at IS NULL");
        living->bind(1, personUuid);
        if (!living->executeStep()) {
            throw Error(ErrorKind::NotFound, "invitation.unknown_person", "the person invited is not in the register",
                        "person_uuid", {personUuid});
        }
        Invitation stored{trainingUuid, personUuid,
                          part,         InvitationStatus::Invited,
                          walkIn,       {newUuidV7(), 1, work.now(), work.actor(), work.now(), work.actor()}};
        auto write = m_db.prepared(
            "INSERT INTO invitation (uuid, training_uuid, person_uuid, part, status, walk_in, revision, created_at, "
            "created_by, updated_at, updated_by) VALUES (:uuid, :training, :person, :part, :status, :walk_in, "
            ":revision, :created_at, :created_by, :updated_at, :updated_by)");
        write->bind(":uuid", stored.meta.uuid);
        write->bind(":training", trainingUuid);
        write->bind(":person", personUuid);
        write->bind(":part", std::string(invitationPartId(part)));
        write->bind(":status", std::string(invitationStatusId(stored.status)));
        write->bind(":walk_in", walkIn ? 1 : 0);
        bindRecordMeta(*write, stored.meta);
        write->exec();
        AuditLog(m_db).recordCreation(work, "invitation", stored.meta.uuid,
                                      [&stored] { return invitationToJson(stored); });
        return {stored, true};
    });
}

Invitation InvitationRepository::update(const Invitation& invitation, UnitOfWork& work)
{
    return translatingSqliteErrors("invitations: update", [&]() -> Invitation {
        const auto before = findByUuid(invitation.meta.uuid);
        if (!before || before->meta.revision != invitation.meta.revision) {
            throw Error(ErrorKind::UserInput, "invitation.stale", "the invitation changed meanwhile",
                        invitation.meta.uuid);
        }
        Invitation stored = *before;
        stored.part = invitation.part;
        stored.status = invitation.status;
        stored.meta.revision += 1;
        stored.meta.updatedAt = work.now();
        stored.meta.updatedBy = work.actor();
        auto write = m_db.prepared("UPDATE invitation SET part = :part, status = :status, revision = revision + 1, "
                                   "updated_at = :now, updated_by = :actor WHERE uuid = :uuid");
        write->bind(":part", std::string(invitationPartId(stored.part)));
        write->bind(":status", std::string(invitationStatusId(stored.status)));
        bindChange(*write, work, stored.meta.uuid);
        write->exec();
        AuditLog(m_db).record(work, "invitation", stored.meta.uuid, "update", invitationToJson(*before),
                              invitationToJson(stored));
        return stored;
    });
}

void InvitationRepository::tombstone(const Invitation& invitation, UnitOfWork& work)
{
    auto write = m_db.prepared("UPDATE invitation SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                               "revision = revision + 1 WHERE uuid = :uuid AND deleted_at IS NULL");
    bindChange(*write, work, invitation.meta.uuid);
    write->exec();
    AuditLog(m_db).record(work, "invitation", invitation.meta.uuid, "delete", invitationToJson(invitation),
                          std::nullopt);
}

void InvitationRepository::tombstoneAllAt(const std::string& trainingUuid, UnitOfWork& work)
{
    translatingSqliteErrors("invitations: tombstone all at", [&]() {
        for (const Invitation& invitation : where("training_uuid = ?", trainingUuid)) {
            tombstone(invitation, work);
        }
    });
}

void InvitationRepository::tombstoneAllOf(const std::string& personUuid, UnitOfWork& work)
{
    translatingSqliteErrors("invitations: tombstone all of", [&]() {
        for (const Invitation& invitation : where("person_uuid = ?", personUuid)) {
            tombstone(invitation, work);
        }
    });
}

void InvitationRepository::moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work)
{
    translatingSqliteErrors("invitations: move all", [&]() {
        std::set<std::string> kept;
        for (const Invitation& invitation : where("person_uuid = ?", toPerson)) {
            kept.insert(invitation.trainingUuid);
        }
        for (const Invitation& invitation : where("person_uuid = ?", fromPerson)) {
            if (kept.count(invitation.trainingUuid) != 0) {
                tombstone(invitation, work);
                continue;
            }
            Invitation moved = invitation;
            moved.personUuid = toPerson;
            moved.meta.revision += 1;
            moved.meta.updatedAt = work.now();
            moved.meta.updatedBy = work.actor();
            auto write = m_db.prepared("UPDATE invitation SET person_uuid = :person, updated_at = :now, "
                                       "updated_by = :actor, revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":person", toPerson);
            bindChange(*write, work, invitation.meta.uuid);
            write->exec();
            AuditLog(m_db).record(work, "invitation", invitation.meta.uuid, "merge", invitationToJson(invitation),
                                  invitationToJson(moved));
        }
    });
}

void InvitationRepository::storeReceived(const nlohmann::json& record, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("invitations: store received", [&]() {
        storeReceivedByUuid(m_db, "invitation", R"sql(
    UPDATE invitation SET training_uuid = :training_uuid, person_uuid = :person_uuid, part = :part,
        status = :status, walk_in = :walk_in, revision = :revision, created_at = :created_at,
        created_by = :created_by, updated_at = :updated_at, updated_by = :updated_by, deleted_at = :deleted_at
    WHERE uuid = :uuid)sql",
                            R"sql(
    INSERT INTO invitation (uuid, training_uuid, person_uuid, part, status, walk_in, revision, created_at,
        created_by, updated_at, updated_by, deleted_at)
    VALUES (:uuid, :training_uuid, :person_uuid, :part, :status, :walk_in, :revision, :created_at, :created_by,
        :updated_at, :updated_by, :deleted_at))sql",
                            record, {"training_uuid", "person_uuid", "part", "status", "walk_in"});
    });
}

} // namespace relawas::core

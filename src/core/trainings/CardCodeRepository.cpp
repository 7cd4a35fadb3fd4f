#include "core/trainings/CardCodeRepository.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/CardCode.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

nlohmann::ordered_json codeJson(const std::string& uuid, const std::string& code, const std::string& personUuid,
                                bool revoked)
{
    return {{"uuid", uuid}, {"code", code}, {"person_uuid", personUuid}, {"revoked", revoked}};
}

struct StoredCode
{
    std::string uuid;
    std::string code;
    bool revoked = false;
};

std::vector<StoredCode> codesOf(Database& db, const std::string& personUuid)
{
    auto query = db.prepared("SELECT uuid, code, revoked_at IS NOT NULL FROM card_code WHERE person_uuid = ? AND "
                             "deleted_at IS NULL ORDER BY id");
    query->bind(1, personUuid);
    std::vector<StoredCode> codes;
    while (query->executeStep()) {
        codes.push_back(
            {query->getColumn(0).getString(), query->getColumn(1).getString(), query->getColumn(2).getInt() != 0});
    }
    return codes;
}

} // namespace

CardCodeRepository::CardCodeRepository(Database& db)
    : m_db(db)
{}

std::optional<std::string> CardCodeRepository::currentOf(const std::string& personUuid) const
{
    return translatingSqliteErrors("card codes: current of", [&]() -> std::optional<std::string> {
        auto query = m_db.prepared("SELECT code FROM card_code WHERE person_uuid = ? AND revoked_at IS NULL AND "
                                   "deleted_at IS NULL");
        query->bind(1, personUuid);
        return query->executeStep() ? std::optional(query->getColumn(0).getString()) : std::nullopt;
    });
}

std::optional<CardCodeRepository::Holder> CardCodeRepository::holderOf(const std::string& code) const
{
    return translatingSqliteErrors("card codes: holder of", [&]() -> std::optional<Holder> {
        auto query = m_db.prepared("SELECT c.person_uuid, c.revoked_at IS NOT NULL FROM card_code c JOIN person p ON "
                                   "p.uuid = c.person_uuid WHERE c.code = ? AND c.deleted_at IS NULL AND "
                                   "p.deleted_at IS NULL");
        query->bind(1, code);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return Holder{query->getColumn(0).getString(), query->getColumn(1).getInt() != 0};
    });
}

std::string CardCodeRepository::issue(const std::string& personUuid, UnitOfWork& work)
{
    return translatingSqliteErrors("card codes: issue", [&]() -> std::string {
        auto living = m_db.prepared("SELECT 1 FROM person WHERE uuid = ? AND deleted_at IS NULL");
        living->bind(1, personUuid);
        if (!living->executeStep()) {
            throw Error(ErrorKind::NotFound, "card.unknown_person", "the person of this card is not in the register",
                        "person_uuid", {personUuid});
        }
        for (const StoredCode& old : codesOf(m_db, personUuid)) {
            if (old.revoked) {
                continue;
            }
            auto revoke = m_db.prepared("UPDATE card_code SET revoked_at = :now, updated_at = :now, updated_by = "
                                        ":actor, revision = revision + 1 WHERE uuid = :uuid");
            revoke->bind(":now", work.now());
            revoke->bind(":actor", work.actor());
            revoke->bind(":uuid", old.uuid);
            revoke->exec();
            AuditLog(m_db).record(work, "card_code", old.uuid, "update",
                                  codeJson(old.uuid, old.code, personUuid, false),
                                  codeJson(old.uuid, old.code, personUuid, true));
        }
        // A clash is one in 29^8 / people; a code ever handed out (revoked ones too) is never handed out again.
        auto taken = m_db.prepared("SELECT 1 FROM card_code WHERE code = ?");
        std::string code;
        do {
            code = randomCardCode();
            taken->reset();
            taken->bind(1, code);
        } while (taken->executeStep());
        const std::string uuid = newUuidV7();
        auto write = m_db.prepared(
            "INSERT INTO card_code (uuid, code, person_uuid, revision, created_at, created_by, updated_at, updated_by) "
            "VALUES (?, ?, ?, 1, ?, ?, ?, ?)");
        write->bind(1, uuid);
        write->bind(2, code);
        write->bind(3, personUuid);
        write->bind(4, work.now());
        write->bind(5, work.actor());
        write->bind(6, work.now());
        write->bind(7, work.actor());
        write->exec();
        AuditLog(m_db).recordCreation(work, "card_code", uuid, [&] { return codeJson(uuid, code, personUuid, false); });
        return code;
    });
}

std::string CardCodeRepository::ensure(const std::string& personUuid, UnitOfWork& work)
{
    if (auto current = currentOf(personUuid)) {
        return *current;
    }
    return issue(personUuid, work);
}

void CardCodeRepository::tombstoneAllOf(const std::string& personUuid, UnitOfWork& work)
{
    translatingSqliteErrors("card codes: tombstone all of", [&]() {
        for (const StoredCode& old : codesOf(m_db, personUuid)) {
            auto write = m_db.prepared("UPDATE card_code SET deleted_at = :now, updated_at = :now, updated_by = "
                                       ":actor, revision = revision + 1 WHERE uuid = :uuid");
            bindChange(*write, work, old.uuid);
            write->exec();
            AuditLog(m_db).record(work, "card_code", old.uuid, "delete",
                                  codeJson(old.uuid, old.code, personUuid, old.revoked), std::nullopt);
        }
    });
}

void CardCodeRepository::moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work)
{
    translatingSqliteErrors("card codes: move all", [&]() {
        const bool keptHasCurrent = currentOf(toPerson).has_value();
        for (const StoredCode& old : codesOf(m_db, fromPerson)) {
            const bool revoke = !old.revoked && keptHasCurrent;
            auto write = m_db.prepared(
                "UPDATE card_code SET person_uuid = :person, revoked_at = CASE WHEN :revoke THEN :now ELSE "
                "revoked_at END, updated_at = :now, updated_by = :actor, revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":person", toPerson);
            write->bind(":revoke", revoke ? 1 : 0);
            bindChange(*write, work, old.uuid);
            write->exec();
            AuditLog(m_db).record(work, "card_code", old.uuid, "merge",
                                  codeJson(old.uuid, old.code, fromPerson, old.revoked),
                                  codeJson(old.uuid, old.code, toPerson, old.revoked || revoke));
        }
    });
}

} // namespace relawas::core

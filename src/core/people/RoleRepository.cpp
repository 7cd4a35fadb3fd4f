#include "core/people/RoleRepository.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/people/PersonJson.h"
#include "core/people/VillageTally.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"

#include <algorithm>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "uuid, person_uuid, role, coalesce(scope_code, ''), start_date, end_date, end_reason, "
                                 "revision, created_at, created_by, updated_at, updated_by";

PersonRole roleFrom(SQLite::Statement& q)
{
    PersonRole role;
    role.meta.uuid = q.getColumn(0).getString();
    role.personUuid = q.getColumn(1).getString();
    role.kind = roleKindFromId(q.getColumn(2).getString()).value_or(RoleKind::Relawan);
    role.scopeCode = q.getColumn(3).getString();
    role.startDate = optionalDate(q.getColumn(4));
    role.endDate = optionalDate(q.getColumn(5));
    role.endReason = q.getColumn(6).getString();
    role.meta.revision = q.getColumn(7).getInt64();
    role.meta.createdAt = q.getColumn(8).getString();
    role.meta.createdBy = q.getColumn(9).getString();
    role.meta.updatedAt = q.getColumn(10).getString();
    role.meta.updatedBy = q.getColumn(11).getString();
    return role;
}

// An insert of a new role, or an update of a stored one. Two plain statements, not an upsert: an upsert opens a
// statement journal, at which FTS5 writes out the search index rows a batch holds in memory.
void write(Database& db, const PersonRole& role, bool isNew)
{
    auto write = db.prepared(isNew ? R"sql(
        INSERT INTO person_role (uuid, person_uuid, role, scope_code, start_date, end_date, end_reason, revision,
            created_at, created_by, updated_at, updated_by)
        VALUES (:uuid, :person, :role, :scope, :start, :end, :reason, :revision, :created_at, :created_by,
            :updated_at, :updated_by))sql"
                                   : R"sql(
        UPDATE person_role SET person_uuid = :person, role = :role, scope_code = :scope, start_date = :start,
            end_date = :end, end_reason = :reason, revision = :revision, created_at = :created_at,
            created_by = :created_by, updated_at = :updated_at, updated_by = :updated_by
        WHERE uuid = :uuid)sql");
    write->bind(":uuid", role.meta.uuid);
    write->bind(":person", role.personUuid);
    write->bind(":role", std::string(roleKindId(role.kind)));
    if (role.scopeCode.empty()) {
        write->bind(":scope");
    } else {
        write->bind(":scope", role.scopeCode);
    }
    bindOptionalDate(*write, ":start", role.startDate);
    bindOptionalDate(*write, ":end", role.endDate);
    write->bind(":reason", role.endReason);
    bindRecordMeta(*write, role.meta);
    write->exec();
}

PersonRole nextRevision(PersonRole role, const UnitOfWork& work)
{
    role.meta.revision += 1;
    role.meta.updatedAt = work.now();
    role.meta.updatedBy = work.actor();
    return role;
}

// A relawan or PKD role changed: the village tally of its holder is counted again before the commit.
void noteTallied(UnitOfWork& work, const PersonRole& role)
{
    if (role.kind == RoleKind::Relawan || role.kind == RoleKind::Pkd) {
        work.beforeCommit<VillageTallyChanges>().person(role.personUuid);
    }
}

} // namespace

RoleRepository::RoleRepository(Database& db)
    : m_db(db)
{}

std::vector<PersonRole> RoleRepository::rolesOf(const std::string& personUuid) const
{
    return translatingSqliteErrors("roles: roles of", [&]() -> std::vector<PersonRole> {
        auto query =
            m_db.prepared(std::string("SELECT ") + kColumns +
                          " FROM person_role WHERE person_uuid = ? AND deleted_at IS NULL ORDER BY start_date, id");
        query->bind(1, personUuid);
        std::vector<PersonRole> roles;
        while (query->executeStep()) {
            roles.push_back(roleFrom(*query));
        }
        return roles;
    });
}

std::optional<PersonRole> RoleRepository::find(const std::string& roleUuid) const
{
    return translatingSqliteErrors("roles: find", [&]() -> std::optional<PersonRole> {
        auto query = m_db.prepared(std::string("SELECT ") + kColumns +
                                   " FROM person_role WHERE uuid = ? AND deleted_at IS NULL");
        query->bind(1, roleUuid);
        return query->executeStep() ? std::optional(roleFrom(*query)) : std::nullopt;
    });
}

void RoleRepository::checkRole(const PersonRole& role) const
{
    translatingSqliteErrors("roles: check role", [&]() {
        if (!role.scopeCode.empty() && !RegionRepository(m_db).find(role.scopeCode)) {
            throw Error(ErrorKind::UserInput, "region.unknown_code",
                        fmt::format("`{}` is not a region of the current code list", role.scopeCode), "scope_code",
                        {role.scopeCode});
        }
        if (role.startDate && role.endDate && *role.endDate < *role.startDate) {
            throw Error(ErrorKind::UserInput, "role.dates_reversed", "a role cannot end before it starts", "end_date");
        }
    });
}

PersonRole RoleRepository::insert(const PersonRole& role, UnitOfWork& work)
{
    return translatingSqliteErrors("roles: insert", [&]() -> PersonRole {
        auto person = m_db.prepared("SELECT 1 FROM person WHERE uuid = ? AND deleted_at IS NULL");
        person->bind(1, role.personUuid);
        if (!person->executeStep()) {
            throw Error(ErrorKind::NotFound, "role.unknown_person", "the person of this role does not exist", "person",
                        {role.personUuid});
        }
        checkRole(role);
        PersonRole stored = role;
        stored.meta = {newUuidV7(), 1, work.now(), work.actor(), work.now(), work.actor()};
        write(m_db, stored, true);
        noteTallied(work, stored);
        AuditLog(m_db).recordCreation(work, "person_role", stored.meta.uuid, [&stored] { return roleToJson(stored); });
        return stored;
    });
}

PersonRole RoleRepository::update(const PersonRole& role, UnitOfWork& work, std::string_view action)
{
    return translatingSqliteErrors("roles: update", [&]() -> PersonRole {
        const auto before = find(role.meta.uuid);
        if (!before || before->meta.revision != role.meta.revision) {
            throw Error(ErrorKind::UserInput, "role.stale", "the role changed meanwhile", role.meta.uuid);
        }
        checkRole(role);
        PersonRole stored = nextRevision(role, work);
        stored.meta.createdAt = before->meta.createdAt;
        stored.meta.createdBy = before->meta.createdBy;
        write(m_db, stored, false);
        noteTallied(work, *before);
        noteTallied(work, stored);
        AuditLog(m_db).record(work, "person_role", stored.meta.uuid, action, roleToJson(*before), roleToJson(stored));
        return stored;
    });
}

void RoleRepository::tombstone(const PersonRole& role, UnitOfWork& work)
{
    translatingSqliteErrors("roles: tombstone", [&]() {
        auto write = m_db.prepared("UPDATE person_role SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                                   "revision = revision + 1 WHERE uuid = :uuid AND deleted_at IS NULL");
        bindChange(*write, work, role.meta.uuid);
        write->exec();
        noteTallied(work, role);
        AuditLog(m_db).record(work, "person_role", role.meta.uuid, "delete", roleToJson(role), std::nullopt);
    });
}

void RoleRepository::tombstoneAllOf(const std::string& personUuid, UnitOfWork& work)
{
    translatingSqliteErrors("roles: tombstone all of", [&]() {
        for (const PersonRole& role : rolesOf(personUuid)) {
            tombstone(role, work);
        }
    });
}

void RoleRepository::moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work)
{
    translatingSqliteErrors("roles: move all", [&]() {
        const std::vector<PersonRole> held = rolesOf(toPerson);
        for (const PersonRole& role : rolesOf(fromPerson)) {
            const bool alreadyHeld = std::any_of(held.begin(), held.end(), [&role](const PersonRole& r) {
                return r.kind == role.kind && r.scopeCode == role.scopeCode && r.startDate == role.startDate &&
                       r.endDate == role.endDate;
            });
            if (alreadyHeld) {
                tombstone(role, work);
                continue;
            }
            PersonRole moved = nextRevision(role, work);
            moved.personUuid = toPerson;
            write(m_db, moved, false);
            noteTallied(work, role);
            noteTallied(work, moved);
            AuditLog(m_db).record(work, "person_role", role.meta.uuid, "merge", roleToJson(role), roleToJson(moved));
        }
    });
}

void RoleRepository::storeReceived(const nlohmann::json& record, UnitOfWork& work)
{
    translatingSqliteErrors("roles: store received", [&]() {
        auto& tally = work.beforeCommit<VillageTallyChanges>();
        if (!tally.countsEverything()) {
            // Any role: its kind may be what changed. The holder it had here too (a merge elsewhere moves roles).
            tally.person(record.at("person_uuid").get_ref<const std::string&>());
            auto holder = m_db.prepared("SELECT person_uuid FROM person_role WHERE uuid = ?");
            holder->bind(1, record.at("uuid").get_ref<const std::string&>());
            if (holder->executeStep()) {
                tally.person(holder->getColumn(0).getText());
            }
        }
        storeReceivedByUuid(m_db, "person_role", R"sql(
    UPDATE person_role SET person_uuid = :person_uuid, role = :role, scope_code = :scope_code,
        start_date = :start_date, end_date = :end_date, end_reason = :end_reason, revision = :revision,
        created_at = :created_at, created_by = :created_by, updated_at = :updated_at, updated_by = :updated_by,
        deleted_at = :deleted_at
    WHERE uuid = :uuid)sql",
                            R"sql(
    INSERT INTO person_role (uuid, person_uuid, role, scope_code, start_date, end_date, end_reason, revision,
        created_at, created_by, updated_at, updated_by, deleted_at)
    VALUES (:uuid, :person_uuid, :role, :scope_code, :start_date, :end_date, :end_reason, :revision,
        :created_at, :created_by, :updated_at, :updated_by, :deleted_at))sql",
                            record, {"person_uuid", "role", "scope_code", "start_date", "end_date", "end_reason"});
    });
}

} // namespace relawas::core

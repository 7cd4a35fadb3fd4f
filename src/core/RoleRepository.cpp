#include "RoleRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "PersonJson.h"
#include "RegionRepository.h"
#include "Savepoint.h"
#include "SqlDate.h"
#include "SqlRecordMeta.h"
#include "Uuid.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "uuid, person_uuid, role, coalesce(scope_code, ''), start_date, end_date, revision, "
                                 "created_at, created_by, updated_at, updated_by";

PersonRole roleFrom(SQLite::Statement& q)
{
    PersonRole role;
    role.meta.uuid = q.getColumn(0).getString();
    role.personUuid = q.getColumn(1).getString();
    role.kind = roleKindFromId(q.getColumn(2).getString()).value_or(RoleKind::Relawan);
    role.scopeCode = q.getColumn(3).getString();
    role.startDate = optionalDate(q.getColumn(4));
    role.endDate = optionalDate(q.getColumn(5));
    role.meta.revision = q.getColumn(6).getInt64();
    role.meta.createdAt = q.getColumn(7).getString();
    role.meta.createdBy = q.getColumn(8).getString();
    role.meta.updatedAt = q.getColumn(9).getString();
    role.meta.updatedBy = q.getColumn(10).getString();
    return role;
}

std::optional<PersonRole> findRole(Database& db, const std::string& uuid)
{
    SQLite::Statement query(db.connection(), std::string("SELECT ") + kColumns +
                                                 " FROM person_role WHERE uuid = ? AND deleted_at IS NULL");
    query.bind(1, uuid);
    return query.executeStep() ? std::optional(roleFrom(query)) : std::nullopt;
}

} // namespace

RoleRepository::RoleRepository(Database& db)
    : m_db(db)
{}

std::vector<PersonRole> RoleRepository::rolesOf(const std::string& personUuid) const
{
    SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kColumns +
                                                   " FROM person_role WHERE person_uuid = ? AND deleted_at IS NULL "
                                                   "ORDER BY start_date, id");
    query.bind(1, personUuid);
    std::vector<PersonRole> roles;
    while (query.executeStep()) {
        roles.push_back(roleFrom(query));
    }
    return roles;
}

PersonRole RoleRepository::save(const PersonRole& role, const std::string& actor)
{
    SQLite::Database& db = m_db.connection();
    SQLite::Statement person(db, "SELECT 1 FROM person WHERE uuid = ? AND deleted_at IS NULL");
    person.bind(1, role.personUuid);
    if (!person.executeStep()) {
        throw Error(ErrorKind::NotFound, "role.unknown_person", "the person of this role does not exist", "person",
                    {role.personUuid});
    }
    if (!role.scopeCode.empty() && !RegionRepository(m_db).find(role.scopeCode)) {
        throw Error(ErrorKind::UserInput, "region.unknown_code",
                    fmt::format("`{}` is not a region of the current code list", role.scopeCode), "scope_code",
                    {role.scopeCode});
    }
    if (role.startDate && role.endDate && *role.endDate < *role.startDate) {
        throw Error(ErrorKind::UserInput, "role.dates_reversed", "a role cannot end before it starts", "end_date");
    }

    Savepoint savepoint(db, "role_save");
    PersonRole stored = role;
    const std::string now = nowUtcIso();
    std::optional<PersonRole> before;
    if (role.meta.uuid.empty()) {
        stored.meta = {newUuidV7(), 1, now, actor, now, actor};
    } else {
        before = findRole(m_db, role.meta.uuid);
        if (!before || before->meta.revision != role.meta.revision) {
            throw Error(ErrorKind::UserInput, "role.stale", "the role changed meanwhile", role.meta.uuid);
        }
        stored.meta.revision = before->meta.revision + 1;
        stored.meta.createdAt = before->meta.createdAt;
        stored.meta.createdBy = before->meta.createdBy;
        stored.meta.updatedAt = now;
        stored.meta.updatedBy = actor;
    }

    SQLite::Statement write(db, R"sql(
        INSERT INTO person_role (uuid, person_uuid, role, scope_code, start_date, end_date, revision, created_at,
            created_by, updated_at, updated_by)
        VALUES (:uuid, :person, :role, :scope, :start, :end, :revision, :created_at, :created_by, :updated_at,
            :updated_by)
        ON CONFLICT (uuid) DO UPDATE SET role = excluded.role, scope_code = excluded.scope_code,
            start_date = excluded.start_date, end_date = excluded.end_date, revision = excluded.revision,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by)sql");
    write.bind(":uuid", stored.meta.uuid);
    write.bind(":person", stored.personUuid);
    write.bind(":role", std::string(roleKindId(stored.kind)));
    if (stored.scopeCode.empty()) {
        write.bind(":scope");
    } else {
        write.bind(":scope", stored.scopeCode);
    }
    bindOptionalDate(write, ":start", stored.startDate);
    bindOptionalDate(write, ":end", stored.endDate);
    bindRecordMeta(write, stored.meta);
    write.exec();
    AuditLog(m_db).record(actor, "person_role", stored.meta.uuid, before ? "update" : "create",
                          before ? std::optional(roleToJson(*before)) : std::nullopt, roleToJson(stored));
    savepoint.release();
    return stored;
}

void RoleRepository::remove(const std::string& roleUuid, const std::string& actor)
{
    const auto before = findRole(m_db, roleUuid);
    if (!before) {
        return;
    }
    Savepoint savepoint(m_db.connection(), "role_remove");
    SQLite::Statement tombstone(m_db.connection(),
                                "UPDATE person_role SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                                "revision = revision + 1 WHERE uuid = :uuid");
    tombstone.bind(":now", nowUtcIso());
    tombstone.bind(":actor", actor);
    tombstone.bind(":uuid", roleUuid);
    tombstone.exec();
    AuditLog(m_db).record(actor, "person_role", roleUuid, "delete", roleToJson(*before), std::nullopt);
    savepoint.release();
}

} // namespace relawas::core

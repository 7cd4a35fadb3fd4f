#pragma once

#include "core/people/Person.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `person_role`: the roles people hold over time, each with its region scope, dates and why it
// ended. Each write is a step of a UnitOfWork and is audited like the people themselves.
class RoleRepository
{
public:
    explicit RoleRepository(Database& db);

    // The living roles of a person, ended ones too, by start date.
    std::vector<PersonRole> rolesOf(const std::string& personUuid) const;
    std::optional<PersonRole> find(const std::string& roleUuid) const;

    // Throws what a write of `role` would refuse, before anything is written: Error "region.unknown_code" (scope),
    // "role.dates_reversed".
    void checkRole(const PersonRole& role) const;

    // A new role (meta.uuid empty) of a living person. Error "role.unknown_person" and the checks above.
    PersonRole insert(const PersonRole& role, UnitOfWork& work);
    // The next revision of a living role; meta.revision must be the stored one, else Error "role.stale".
    PersonRole update(const PersonRole& role, UnitOfWork& work, std::string_view action = "update");
    // Tombstones every living role of the person, each with its revision bump and audit entry.
    void tombstoneAllOf(const std::string& personUuid, UnitOfWork& work);
    // A merge: the roles of `fromPerson` become `toPerson`'s ("merge" entries); one `toPerson` already holds alike
    // (same kind, scope and dates) is tombstoned instead of doubled.
    void moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work);

    // A record received in a report, as the import merged it (docs/report-format.md: its uuid, revision, who/when,
    // fields, and "deleted_at" for a tombstone), stored as it is: added, or written over the record of that uuid.
    // No revision is raised and no audit entry written: the import's one entry stands for the report.
    void storeReceived(const nlohmann::json& record, UnitOfWork& work);

private:
    void tombstone(const PersonRole& role, UnitOfWork& work);

    Database& m_db;
};

} // namespace relawas::core

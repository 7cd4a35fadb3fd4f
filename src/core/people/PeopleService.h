#pragma once

#include "core/people/Person.h"
#include "core/people/duplicates/PersonMerge.h"

#include <string>
#include <vector>

namespace relawas::core {

class Database;

// Whether a person's roles scoped at their old village go with them when a correction moves them to another.
enum class RolesOnMove
{
    Stay,
    Follow
};

// The one door to the people registry: registering a person with their roles, correcting, removing and merging
// people, adding and ending roles. The registration form, the import (through PeopleBatch), the merge dialog, the
// demo generator and the CLI all come here; each use case is one unit of work, all or nothing, written by the
// tables' own writers (person and its search index, person_role, attendance) with an audit entry per record.
// Errors are core::Error with a stable code and the field as the place.
class PeopleService
{
public:
    PeopleService(Database& db, std::string actor);

    // A new person with their roles (each role's person is filled in). Refusals as PersonRepository::insert and
    // RoleRepository::insert; nothing is written unless all of it is.
    Person registerPerson(const Person& person, std::vector<PersonRole> roles = {});

    // The next revision of a person, corrected as the user read it (its revision): "person.stale" when it changed
    // meanwhile. With RolesOnMove::Follow, the roles scoped at the old village are scoped at the new one.
    Person correct(const Person& person, RolesOnMove roles = RolesOnMove::Stay);
    // The living roles of the person scoped at `villageCode`: what follows the person on a move.
    std::vector<PersonRole> rolesScopedAt(const std::string& personUuid, const std::string& villageCode) const;

    // Tombstones the person, their roles, attendance, invitations and card codes, each with a revision bump and an
    // audit entry.
    void remove(const std::string& uuid);

    // Merges `otherUuid` into `keepUuid`: the kept record gets the chosen values (revision + 1), the other's roles and
    // attendance, invitations and card codes move to the kept person (one the kept person already has alike is
    // tombstoned instead of doubled), the other becomes a tombstone (its NIK kept for history, free again for the
    // living), and both audit entries are 'merge', naming each other ("merged_from", "merged_into"). Both revisions
    // must be what the user saw: "person.stale" otherwise, nothing changed. "person.not_found" for a uuid never stored,
    // "person.merge_same" for a record merged into itself. Returns the kept person as stored.
    Person merge(const std::string& keepUuid, long long keepRevision, const std::string& otherUuid,
                 long long otherRevision, const MergeChoice& choice);

    // A new role of a living person. A current role (no end date) needs someone old enough for it on the election day
    // (else "role.too_young", args: minimum age, age) and does not hold it in that region yet ("role.already_held",
    // args: name, scope). And "role.unknown_person", "region.unknown_code", "role.dates_reversed".
    PersonRole addRole(const PersonRole& role);
    // Ends `role` (as read: its revision) on `endDate` for `reason`; the role stays in the person's history.
    // "role.stale", "role.dates_reversed" (an end before the start).
    PersonRole endRole(const PersonRole& role, const Date& endDate, const std::string& reason);

    // Writes to the audit log that the user looked at the person's full NIK.
    void recordNikRevealed(const std::string& uuid);

private:
    void checkRoleCanBeTaken(const PersonRole& role) const;

    Database& m_db;
    std::string m_actor;
};

} // namespace relawas::core

#include "core/people/PeopleService.h"

#include "core/base/Error.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/people/checks/Eligibility.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CardCodeRepository.h"
#include "core/trainings/CertificateRepository.h"
#include "core/trainings/InvitationRepository.h"
#include "core/trainings/ScoreRepository.h"

#include <algorithm>

#include <fmt/format.h>

namespace relawas::core {

namespace {

// The living record as the user saw it, or why not.
Person current(const PersonRepository& people, const std::string& uuid, long long revision)
{
    if (const auto person = people.find(uuid)) {
        if (person->meta.revision == revision) {
            return *person;
        }
        throw Error(ErrorKind::UserInput, "person.stale",
                    fmt::format("the record of {} changed meanwhile", person->fullName), uuid, {person->fullName});
    }
    if (const auto name = people.nameOfRemoved(uuid)) {
        throw Error(ErrorKind::UserInput, "person.stale",
                    fmt::format("the record of {} was removed or merged meanwhile", *name), uuid, {*name});
    }
    throw Error(ErrorKind::NotFound, "person.not_found", fmt::format("no person has the id {}", uuid), uuid, {uuid});
}

} // namespace

void PeopleService::checkRoleCanBeTaken(const PersonRole& role) const
{
    RoleRepository(m_db).checkRole(role);
    const auto person = PersonRepository(m_db).find(role.personUuid);
    if (!person || role.endDate) {
        return; // the writer refuses an unknown person; a role that has ended is history, recorded as it was
    }
    for (const ValidationIssue& issue :
         checkEligibility(role.kind, person->birthDate, SettingsStore(m_db).referenceDate())) {
        if (issue.code == "eligibility.too_young") {
            throw Error(ErrorKind::UserInput, "role.too_young",
                        fmt::format("{} is too young to be {}", person->fullName, roleKindId(role.kind)), "role",
                        {issue.args.size() > 1 ? issue.args[1] : "", issue.args.size() > 2 ? issue.args[2] : ""});
        }
    }
    for (const PersonRole& held : RoleRepository(m_db).rolesOf(role.personUuid)) {
        if (!held.endDate && held.kind == role.kind && held.scopeCode == role.scopeCode) {
            throw Error(ErrorKind::UserInput, "role.already_held",
                        fmt::format("{} already holds the role {} in {}", person->fullName, roleKindId(role.kind),
                                    role.scopeCode),
                        "role", {person->fullName, role.scopeCode});
        }
    }
}

PeopleService::PeopleService(Database& db, std::string actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

Person PeopleService::registerPerson(const Person& person, std::vector<PersonRole> roles)
{
    return translatingSqliteErrors("people service: register person", [&]() -> Person {
        UnitOfWork work(m_db, m_actor);
        const Person stored = PersonRepository(m_db).insert(person, work);
        RoleRepository writer(m_db);
        for (PersonRole& role : roles) {
            role.personUuid = stored.meta.uuid;
            writer.insert(role, work);
        }
        work.commit();
        return stored;
    });
}

std::vector<PersonRole> PeopleService::rolesScopedAt(const std::string& personUuid,
                                                     const std::string& villageCode) const
{
    return translatingSqliteErrors("people service: roles scoped at", [&]() -> std::vector<PersonRole> {
        std::vector<PersonRole> scoped;
        if (villageCode.empty()) {
            return scoped;
        }
        for (PersonRole& role : RoleRepository(m_db).rolesOf(personUuid)) {
            if (role.scopeCode == villageCode && !role.endDate) {
                scoped.push_back(std::move(role));
            }
        }
        return scoped;
    });
}

Person PeopleService::correct(const Person& person, RolesOnMove roles)
{
    return translatingSqliteErrors("people service: correct", [&]() -> Person {
        UnitOfWork work(m_db, m_actor);
        PersonRepository people(m_db);
        const Person before = current(people, person.meta.uuid, person.meta.revision);
        const Person stored = people.update(person, work);
        if (roles == RolesOnMove::Follow && !stored.villageCode.empty() && before.villageCode != stored.villageCode) {
            RoleRepository writer(m_db);
            for (PersonRole role : rolesScopedAt(stored.meta.uuid, before.villageCode)) {
                role.scopeCode = stored.villageCode;
                writer.update(role, work);
            }
        }
        work.commit();
        return stored;
    });
}

void PeopleService::remove(const std::string& uuid)
{
    translatingSqliteErrors("people service: remove", [&]() {
        PersonRepository people(m_db);
        const auto before = people.find(uuid);
        if (!before) {
            return;
        }
        UnitOfWork work(m_db, m_actor);
        RoleRepository(m_db).tombstoneAllOf(uuid, work);
        AttendanceRepository(m_db).tombstoneAllOf(uuid, work);
        InvitationRepository(m_db).tombstoneAllOf(uuid, work);
        CardCodeRepository(m_db).tombstoneAllOf(uuid, work);
        ScoreRepository(m_db).tombstoneAllOf(uuid, work);
        CertificateRepository(m_db).tombstoneAllOf(uuid, work);
        people.tombstone(*before, work);
        work.commit();
    });
}

Person PeopleService::merge(const std::string& keepUuid, long long keepRevision, const std::string& otherUuid,
                            long long otherRevision, const MergeChoice& choice)
{
    return translatingSqliteErrors("people service: merge", [&]() -> Person {
        if (keepUuid == otherUuid) {
            throw Error(ErrorKind::UserInput, "person.merge_same", "a record cannot be merged into itself", keepUuid);
        }
        UnitOfWork work(m_db, m_actor);
        PersonRepository people(m_db);
        const Person keep = current(people, keepUuid, keepRevision);
        const Person other = current(people, otherUuid, otherRevision);

        // The other record goes first: a NIK it holds is then free for the kept record.
        people.tombstone(other, work, "merge", {{"merged_into", keepUuid}});
        RoleRepository(m_db).moveAll(otherUuid, keepUuid, work);
        AttendanceRepository(m_db).moveAll(otherUuid, keepUuid, work);
        InvitationRepository(m_db).moveAll(otherUuid, keepUuid, work);
        CardCodeRepository(m_db).moveAll(otherUuid, keepUuid, work);
        ScoreRepository(m_db).moveAll(otherUuid, keepUuid, work);
        CertificateRepository(m_db).moveAll(otherUuid, keepUuid, work);
        const Person stored =
            people.update(mergedPerson(keep, other, choice), work, "merge", {{"merged_from", otherUuid}});
        work.commit();
        return stored;
    });
}

PersonRole PeopleService::addRole(const PersonRole& role)
{
    return translatingSqliteErrors("people service: add role", [&]() -> PersonRole {
        checkRoleCanBeTaken(role);
        UnitOfWork work(m_db, m_actor);
        const PersonRole stored = RoleRepository(m_db).insert(role, work);
        work.commit();
        return stored;
    });
}

PersonRole PeopleService::endRole(const PersonRole& role, const Date& endDate, const std::string& reason)
{
    return translatingSqliteErrors("people service: end role", [&]() -> PersonRole {
        PersonRole ended = role;
        ended.endDate = endDate;
        ended.endReason = reason;
        UnitOfWork work(m_db, m_actor);
        const PersonRole stored = RoleRepository(m_db).update(ended, work, "update");
        work.commit();
        return stored;
    });
}

void PeopleService::recordNikRevealed(const std::string& uuid)
{
    translatingSqliteErrors("people service: record nik revealed",
                            [&]() { PersonRepository(m_db).recordNikRevealed(uuid, m_actor); });
}

} // namespace relawas::core

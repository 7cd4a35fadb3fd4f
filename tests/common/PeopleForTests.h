#pragma once

// The people registry as the tests set it up: through the people service, the one door the form, the import and the
// merge use. save() registers a new person (empty uuid) or corrects a stored one, as the registration form does.

#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/storage/Database.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::testing {

class TestPeople
{
public:
    explicit TestPeople(core::Database& db)
        : m_db(db)
    {}

    core::Person save(const core::Person& person, const std::string& actor) const
    {
        core::PeopleService service(m_db, actor);
        return person.meta.uuid.empty() ? service.registerPerson(person) : service.correct(person);
    }
    void remove(const std::string& uuid, const std::string& actor) const
    {
        core::PeopleService(m_db, actor).remove(uuid);
    }

    std::optional<core::Person> find(const std::string& uuid) const { return core::PersonRepository(m_db).find(uuid); }
    std::optional<core::Person> findByNik(const std::string& nik) const
    {
        return core::PersonRepository(m_db).findByNik(nik);
    }
    std::vector<core::Person> findByPhone(const std::string& e164) const
    {
        return core::PersonRepository(m_db).findByPhone(e164);
    }
    long long countLiving() const { return core::PersonRepository(m_db).countLiving(); }

private:
    core::Database& m_db;
};

class TestRoles
{
public:
    explicit TestRoles(core::Database& db)
        : m_db(db)
    {}

    core::PersonRole save(const core::PersonRole& role, const std::string& actor) const
    {
        return core::PeopleService(m_db, actor).addRole(role);
    }
    std::vector<core::PersonRole> rolesOf(const std::string& personUuid) const
    {
        return core::RoleRepository(m_db).rolesOf(personUuid);
    }

private:
    core::Database& m_db;
};

} // namespace relawas::testing

#pragma once

#include "Person.h"

#include <string>
#include <vector>

namespace relawas::core {

class Database;

// The roles people hold over time, each with its region scope and dates; audited like the people themselves.
class RoleRepository
{
public:
    explicit RoleRepository(Database& db);

    std::vector<PersonRole> rolesOf(const std::string& personUuid) const;

    // Adds a role (empty meta.uuid) or updates one. Throws Error "role.*" (unknown person, scope, dates reversed).
    PersonRole save(const PersonRole& role, const std::string& actor);
    void remove(const std::string& roleUuid, const std::string& actor);

private:
    Database& m_db;
};

} // namespace relawas::core

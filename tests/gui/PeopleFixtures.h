#pragma once

// People for the roster tests and screenshots: plausible Batu Bara residents, made deterministically, with NIKs that
// match their kecamatan, birth date and gender, phones in E.164, roles and target groups.
#include "core/people/Person.h"

#include <vector>

namespace relawas::core {
class Database;
}

namespace relawas::testing {

struct RosterPerson
{
    core::Person person;
    std::vector<core::RoleKind> roles;
};

// Adds `count` people spread over the 151 villages of Kabupaten Batu Bara (12.19), in one transaction, and returns
// them as stored. Every 50th is an outside speaker without a NIK; every 7th has no phone.
std::vector<RosterPerson> addBatuBaraPeople(core::Database& db, int count);

} // namespace relawas::testing

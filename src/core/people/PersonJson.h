#pragma once

#include "core/people/Person.h"

#include <nlohmann/json.hpp>

namespace relawas::core {

// A person as JSON, with the ids used in reports ("gender": "L", "target_groups": ["perempuan"]); the audit log
// keeps these before and after every change.
nlohmann::ordered_json personToJson(const Person& person);
// A role the same way: its person, role id, scope and dates.
nlohmann::ordered_json roleToJson(const PersonRole& role);

} // namespace relawas::core

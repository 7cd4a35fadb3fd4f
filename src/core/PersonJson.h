#pragma once

#include "Person.h"

#include <nlohmann/json.hpp>

namespace relawas::core {

// A person as JSON, with the ids used in reports ("gender": "L", "target_groups": ["perempuan"]); the audit log
// keeps these before and after every change.
nlohmann::ordered_json personToJson(const Person& person);

} // namespace relawas::core

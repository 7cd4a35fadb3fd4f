#pragma once

#include "core/people/Person.h"

#include <string>

namespace relawas::core {

// Which level of region a role covers: a village for the village-level roles (relawan, koordinator kampung, PKD, and
// PTPS, whose TPS are not in the code list), a kecamatan for the Panwascam and its secretariat, the kabupaten for
// speakers and trainers, who serve the district.
enum class ScopeLevel
{
    Village,
    Kecamatan,
    Kabupaten
};

ScopeLevel scopeLevelOf(RoleKind kind);

// Where a new role of `kind` is scoped unless someone chooses otherwise: the person's village `villageCode`
// (PP.KK.CC.NNNN), its kecamatan, or the working kabupaten `kabupatenCode`. Empty when the level needs a village and
// there is none.
std::string defaultScopeOf(RoleKind kind, const std::string& villageCode, const std::string& kabupatenCode);

} // namespace relawas::core

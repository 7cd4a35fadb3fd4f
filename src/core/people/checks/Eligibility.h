#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"
#include "core/people/checks/ValidationIssue.h"

#include <optional>
#include <vector>

namespace relawas::core {

// Completed years between `birth` and `reference`: a person turns N on their birthday. Someone born on 29 February
// turns a year older on 1 March in a common year. Negative when `reference` is before `birth`.
int ageOn(const Date& birth, const Date& reference);

struct EligibilityRule
{
    RoleKind role;
    int minimumAge; // 0: no minimum
};

// The minimum age per role, on the reference date (the election day the user configures):
//   relawan 17, koordinator-kampung 17 — voters are 17+ and so are participants of participatory-monitoring (P2P)
//       education (Perbawaslu 2/2023);
//   pkd 21, ptps 21, anggota-panwascam 21 — the ad hoc supervisors must be 21+ (UU 7/2017);
//   staf-sekretariat 18 — adult staff;
//   narasumber, pelatih — none: speakers and trainers are invited for what they know.
// "Married" (which also makes someone under 17 a voter) is not recorded, so it is not a way around the minimum.
// One entry per RoleKind, in the order of kAllRoleKinds.
const std::vector<EligibilityRule>& eligibilityRules();

// At most one issue: "eligibility.too_young" (args: role id, minimum age, age), which blocks the role, or
// "eligibility.birth_date_missing" (args: role id, minimum age), a warning, when the role has a minimum and the
// birth date is unknown. An empty result means eligible.
std::vector<ValidationIssue> checkEligibility(RoleKind role, const std::optional<Date>& birthDate,
                                              const Date& referenceDate);

} // namespace relawas::core

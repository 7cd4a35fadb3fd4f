#include "core/people/checks/Eligibility.h"

#include <algorithm>

#include <fmt/format.h>

namespace relawas::core {

int ageOn(const Date& birth, const Date& reference)
{
    int age = int(reference.year()) - int(birth.year());
    const bool birthdayPassed =
        reference.month() > birth.month() || (reference.month() == birth.month() && reference.day() >= birth.day());
    if (!birthdayPassed) {
        --age;
    }
    return age;
}

const std::vector<EligibilityRule>& eligibilityRules()
{
    static const std::vector<EligibilityRule> rules{
        {RoleKind::Relawan, 17},
        {RoleKind::KoordinatorKampung, 17},
        {RoleKind::Pkd, 21},
        {RoleKind::Ptps, 21},
        {RoleKind::AnggotaPanwascam, 21},
        {RoleKind::StafSekretariat, 18},
        {RoleKind::Narasumber, 0},
        {RoleKind::Pelatih, 0},
    };
    return rules;
}

std::vector<ValidationIssue> checkEligibility(RoleKind role, const std::optional<Date>& birthDate,
                                              const Date& referenceDate)
{
    const auto& rules = eligibilityRules();
    const auto rule = std::find_if(rules.begin(), rules.end(), [role](const auto& r) { return r.role == role; });
    if (rule == rules.end() || rule->minimumAge == 0) {
        return {};
    }
    const std::string roleId(roleKindId(role));
    const std::string minimum = std::to_string(rule->minimumAge);
    if (!birthDate) {
        return {{"eligibility.birth_date_missing",
                 fmt::format("without a birth date, the minimum age of {} for {} cannot be checked", minimum, roleId),
                 {roleId, minimum}}};
    }
    const int age = ageOn(*birthDate, referenceDate);
    if (age < rule->minimumAge) {
        return {{"eligibility.too_young",
                 fmt::format("{} must be at least {} years old on {}; this person is {}", roleId, minimum,
                             formatIsoDate(referenceDate), age),
                 {roleId, minimum, std::to_string(age)}}};
    }
    return {};
}

} // namespace relawas::core

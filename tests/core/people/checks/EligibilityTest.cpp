#include "core/people/checks/Eligibility.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace std::chrono_literals;

namespace {
// The election day the district set as the reference date.
constexpr Date kElectionDay = 2029y / std::chrono::February / 14d;
} // namespace

TEST_CASE("Age is counted in completed years", "[eligibility]")
{
    struct Case
    {
        Date birth;
        Date reference;
        int age;
    };
    const auto c = GENERATE(values<Case>({
        {2008y / 2 / 14d, 2029y / 2 / 14d, 21}, // the 21st birthday itself
        {2008y / 2 / 15d, 2029y / 2 / 14d, 20}, // one day short
        {2008y / 2 / 13d, 2029y / 2 / 14d, 21}, //
        {2008y / 3 / 1d, 2029y / 2 / 14d, 20},  // the birth month comes later in the year
        {2008y / 1 / 31d, 2029y / 2 / 14d, 21}, //
        {2008y / 2 / 29d, 2029y / 2 / 28d, 20}, // a leap-day birthday in a common year
        {2008y / 2 / 29d, 2029y / 3 / 1d, 21},  // counts from 1 March
        {2008y / 2 / 29d, 2028y / 2 / 29d, 20}, // and on 29 February in a leap year
        {1945y / 8 / 17d, 2029y / 2 / 14d, 83}, //
        {2029y / 2 / 14d, 2029y / 2 / 14d, 0},  // born on the day
        {2029y / 2 / 15d, 2029y / 2 / 14d, -1}, // not yet born
        {1999y / 12 / 31d, 2000y / 1 / 1d, 0},  //
    }));
    CAPTURE(formatIsoDate(c.birth), formatIsoDate(c.reference));

    CHECK(ageOn(c.birth, c.reference) == c.age);
}

TEST_CASE("Every role has one minimum age", "[eligibility]")
{
    const auto& rules = eligibilityRules();
    REQUIRE(rules.size() == std::size(kAllRoleKinds));
    for (std::size_t i = 0; i < rules.size(); ++i) {
        CHECK(rules[i].role == kAllRoleKinds[i]);
    }
    const auto minimumOf = [&](RoleKind role) {
        return std::find_if(rules.begin(), rules.end(), [role](const auto& r) { return r.role == role; })->minimumAge;
    };
    CHECK(minimumOf(RoleKind::Relawan) == 17);
    CHECK(minimumOf(RoleKind::KoordinatorKampung) == 17);
    CHECK(minimumOf(RoleKind::Pkd) == 21);
    CHECK(minimumOf(RoleKind::Ptps) == 21);
    CHECK(minimumOf(RoleKind::AnggotaPanwascam) == 21);
    CHECK(minimumOf(RoleKind::StafSekretariat) == 18);
    CHECK(minimumOf(RoleKind::Narasumber) == 0);
    CHECK(minimumOf(RoleKind::Pelatih) == 0);
}

TEST_CASE("A role is open from the birthday that reaches its minimum age, on election day", "[eligibility]")
{
    struct Case
    {
        RoleKind role;
        Date birth;
        bool eligible;
        std::string age;
    };
    const auto c = GENERATE(values<Case>({
        {RoleKind::Pkd, 2008y / 2 / 14d, true, "21"},   // turns 21 on election day
        {RoleKind::Pkd, 2008y / 2 / 15d, false, "20"},  // turns 21 the day after
        {RoleKind::Ptps, 2008y / 2 / 14d, true, "21"},  //
        {RoleKind::Ptps, 2008y / 2 / 15d, false, "20"}, //
        {RoleKind::AnggotaPanwascam, 2008y / 2 / 15d, false, "20"},
        {RoleKind::AnggotaPanwascam, 1970y / 6 / 1d, true, "58"},
        {RoleKind::Relawan, 2012y / 2 / 14d, true, "17"},  // a first-time voter
        {RoleKind::Relawan, 2012y / 2 / 15d, false, "16"}, //
        {RoleKind::KoordinatorKampung, 2012y / 2 / 14d, true, "17"},
        {RoleKind::KoordinatorKampung, 2012y / 2 / 15d, false, "16"},
        {RoleKind::StafSekretariat, 2011y / 2 / 14d, true, "18"},
        {RoleKind::StafSekretariat, 2011y / 2 / 15d, false, "17"},
        {RoleKind::Narasumber, 2015y / 1 / 1d, true, "14"}, // no minimum
        {RoleKind::Pelatih, 2015y / 1 / 1d, true, "14"},    //
    }));
    CAPTURE(roleKindId(c.role), formatIsoDate(c.birth));

    const auto issues = checkEligibility(c.role, c.birth, kElectionDay);
    if (c.eligible) {
        CHECK(issues.empty());
    } else {
        REQUIRE(issues.size() == 1);
        CHECK(issues.front().code == "eligibility.too_young");
        const auto minimum = std::find_if(eligibilityRules().begin(), eligibilityRules().end(), [&](const auto& r) {
                                 return r.role == c.role;
                             })->minimumAge;
        CHECK(issues.front().args ==
              std::vector<std::string>{std::string(roleKindId(c.role)), std::to_string(minimum), c.age});
        CHECK_THAT(issues.front().message, Catch::Contains("2029-02-14"));
    }
}

TEST_CASE("Without a birth date the minimum age cannot be checked: a warning, where a minimum applies", "[eligibility]")
{
    const auto warned = checkEligibility(RoleKind::Ptps, std::nullopt, kElectionDay);
    REQUIRE(warned.size() == 1);
    CHECK(warned.front().code == "eligibility.birth_date_missing");
    CHECK(warned.front().args == std::vector<std::string>{"ptps", "21"});

    CHECK(checkEligibility(RoleKind::Relawan, std::nullopt, kElectionDay).front().args ==
          std::vector<std::string>{"relawan", "17"});
    CHECK(checkEligibility(RoleKind::Narasumber, std::nullopt, kElectionDay).empty());
    CHECK(checkEligibility(RoleKind::Pelatih, std::nullopt, kElectionDay).empty());
}

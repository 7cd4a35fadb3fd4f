#include "core/people/checks/PersonCheck.h"

#include <catch2/catch.hpp>
#include <set>

using namespace relawas::core;
using namespace std::chrono_literals;

namespace {

PersonCheckContext batuBara()
{
    PersonCheckContext context;
    const std::set<std::string> known{"12", "12.19", "12.19.01", "12.19.07", "12.09", "12.09.01"};
    context.regionKnown = [known](const std::string& code) { return known.count(code) > 0; };
    context.districtCode = "12.19";
    context.today = 2026y / std::chrono::November / 28d;
    context.referenceDate = 2029y / std::chrono::February / 14d;
    return context;
}

PersonDraft rahmat()
{
    PersonDraft draft;
    draft.nikText = "1219071205870003";
    draft.fullName = "Rahmat Ja'far Batubara";
    draft.gender = Gender::Male;
    draft.birthDate = 1987y / std::chrono::May / 12d;
    draft.phoneText = "0813-7777-0001";
    draft.villageCode = "12.19.07.2004";
    draft.roles = {RoleKind::Relawan};
    return draft;
}

std::set<std::string> codes(const std::vector<FieldIssue>& issues)
{
    std::set<std::string> result;
    for (const auto& found : issues) {
        result.insert(found.field + ":" + found.issue.code);
    }
    return result;
}

} // namespace

TEST_CASE("A clean registration passes and reads the NIK for the form", "[person-check]")
{
    const PersonCheck check = checkPerson(rahmat(), batuBara());
    CHECK(check.errors.empty());
    CHECK(check.warnings.empty());
    CHECK(check.nik == "1219071205870003");
    CHECK(check.phoneE164 == "+6281377770001");
    CHECK(check.nikBirthDate == std::optional(1987y / std::chrono::May / 12d));
    CHECK(check.nikGender == Gender::Male);
}

TEST_CASE("Each rule names its field; errors block, warnings ask", "[person-check]")
{
    const auto context = batuBara();

    PersonDraft draft = rahmat();
    draft.fullName = " ";
    draft.villageCode.clear();
    draft.email = "rahmat@";
    draft.phoneText = "12345";
    CHECK(codes(checkPerson(draft, context).errors) ==
          std::set<std::string>{"full_name:person.name_required", "village_code:person.village_required",
                                "email:email.invalid", "phone:phone.invalid"});

    draft = rahmat();
    draft.nikText.clear();
    CHECK(codes(checkPerson(draft, context).errors) == std::set<std::string>{"nik:person.nik_required"});
    draft.roles = {RoleKind::Narasumber};
    CHECK(checkPerson(draft, context).errors.empty());

    draft = rahmat();
    draft.gender = Gender::Female;
    draft.birthDate = 1987y / std::chrono::May / 13d;
    const auto mismatch = checkPerson(draft, context);
    CHECK(mismatch.errors.empty());
    CHECK(codes(mismatch.warnings) == std::set<std::string>{"nik:nik.gender_differs", "nik:nik.birth_date_differs"});

    draft = rahmat();
    draft.nikText = "1209011205870003"; // issued in Asahan, before Batu Bara split off
    CHECK(codes(checkPerson(draft, context).warnings) == std::set<std::string>{"nik:nik.outside_district"});

    draft = rahmat();
    draft.nikText = "1.21907E+15";
    CHECK(codes(checkPerson(draft, context).errors) == std::set<std::string>{"nik:nik.spreadsheet_number"});

    draft = rahmat();
    draft.phoneText = "061-7654321"; // a landline in Medan
    CHECK(codes(checkPerson(draft, context).warnings) == std::set<std::string>{"phone:phone.not_mobile"});
}

TEST_CASE("The minimum age of each role is checked on the election day", "[person-check]")
{
    const auto context = batuBara();
    PersonDraft draft = rahmat();
    draft.nikText = "1219071205100003"; // born 12 May 2010: 18 on 14 February 2029
    draft.birthDate = 2010y / std::chrono::May / 12d;
    draft.roles = {RoleKind::Relawan, RoleKind::Pkd};
    CHECK(codes(checkPerson(draft, context).errors) == std::set<std::string>{"roles:eligibility.too_young"});

    draft.birthDate.reset(); // the NIK's birth date is used when none was typed
    CHECK(codes(checkPerson(draft, context).errors) == std::set<std::string>{"roles:eligibility.too_young"});

    draft.nikText.clear();
    draft.roles = {RoleKind::Pkd, RoleKind::Narasumber};
    const auto unknownAge = checkPerson(draft, context);
    CHECK(codes(unknownAge.warnings) == std::set<std::string>{"roles:eligibility.birth_date_missing"});
}

TEST_CASE("A village in another kecamatan than the NIK's or the working one is a warning, named", "[person-check]")
{
    auto context = batuBara();
    context.regionName = [](const std::string& code) {
        return code == "12.19.07" ? std::string("Sei Balai") : code == "12.19.01" ? "Medang Deras" : code;
    };
    PersonDraft draft = rahmat(); // NIK of Sei Balai (12.19.07)

    SECTION("the NIK's kecamatan and the working one agree with the village: nothing to say")
    {
        context.scopeCode = "12.19.07";
        CHECK(checkPerson(draft, context).warnings.empty());
    }
    SECTION("a village of Medang Deras for a Sei Balai NIK warns, with both names, and does not block")
    {
        draft.villageCode = "12.19.01.2003";
        const PersonCheck check = checkPerson(draft, context);
        CHECK(check.errors.empty());
        REQUIRE(codes(check.warnings) == std::set<std::string>{"village_code:village.not_nik_kecamatan"});
        CHECK(check.warnings.front().issue.args == std::vector<std::string>{"Medang Deras", "Sei Balai"});
    }
    SECTION("working in Sei Balai with a Sei Balai NIK: one warning, not two")
    {
        context.scopeCode = "12.19.07";
        draft.villageCode = "12.19.01.2003";
        CHECK(codes(checkPerson(draft, context).warnings) ==
              std::set<std::string>{"village_code:village.not_nik_kecamatan"});
    }
    SECTION("a newcomer: the NIK is of elsewhere, the village outside the working kecamatan")
    {
        context.scopeCode = "12.19.01";
        draft.villageCode = "12.19.07.2004";
        const PersonCheck check = checkPerson(draft, context);
        CHECK(codes(check.warnings) == std::set<std::string>{"village_code:village.outside_scope"});
        CHECK(check.warnings.front().issue.args == std::vector<std::string>{"Sei Balai", "Medang Deras"});
    }
    SECTION("without a readable NIK only the working kecamatan is compared")
    {
        draft.nikText = "12190712";
        draft.villageCode = "12.19.01.2003";
        CHECK_FALSE(checkPerson(draft, context).hasIssue("village_code"));
        context.scopeCode = "12.19.07";
        CHECK(codes(checkPerson(draft, context).warnings) ==
              std::set<std::string>{"village_code:village.outside_scope"});
    }
}

TEST_CASE("A birth date after today is one error on the birth date, not an age below zero for each role",
          "[person-check]")
{
    PersonDraft draft = rahmat();
    draft.nikText.clear();
    draft.roles = {RoleKind::Relawan, RoleKind::Pkd};
    draft.birthDate = 9999y / std::chrono::December / 31d;
    const PersonCheck check = checkPerson(draft, batuBara());
    CHECK(codes(check.errors) == std::set<std::string>{"birth_date:date.birth_in_future", "nik:person.nik_required"});
    for (const auto& found : check.errors) {
        CHECK(found.issue.message.find('-') == std::string::npos); // no "this person is -7971"
    }
}

#include "core/people/checks/NameText.h"

#include <catch2/catch.hpp>
#include <string>

using namespace relawas::core;

namespace {

std::string problemOf(std::string_view name)
{
    const auto problem = nameTextProblem(name);
    return problem ? problem->code : "none";
}

} // namespace

TEST_CASE("A full name is text a person can read: visible, without controls, formulas or a book's length", "[names]")
{
    CHECK(problemOf("Siti Aminah Nasution") == "none");
    CHECK(problemOf("Nur\xE2\x80\x99"
                    "aini") == "none"); // a typographic apostrophe
    CHECK(problemOf("Ö z Çelik") == "none");
    CHECK(problemOf("Ahmad-Fauzi") == "none"); // a hyphen inside is a name's
    CHECK(problemOf("") == "person.name_required");
    CHECK(problemOf("  \t ") == "person.name_required");
    CHECK(problemOf("\xE2\x80\x8B\xE2\x80\x8B") == "person.name_required"); // zero-width spaces only
    CHECK(problemOf("\xEF\xBB\xBF") == "person.name_required");             // a byte-order mark
    CHECK(problemOf(std::string("Siti\0Aminah", 11)) == "person.name_control");
    CHECK(problemOf("Siti \x1B[31mAminah") == "person.name_control"); // a terminal escape
    CHECK(problemOf("Siti \xE2\x80\xAE"
                    "hanimA") == "person.name_control"); // U+202E, right-to-left override
    CHECK(problemOf("Siti\xFF") == "text.invalid_utf8");
    CHECK(problemOf("\xED\xA0\x80") == "text.invalid_utf8"); // a lone surrogate, U+D800
    CHECK(problemOf("\xC0\xAF") == "text.invalid_utf8");     // an overlong '/'
    for (const char* formula : {"=HYPERLINK(\"x\")", "+SUM(A1)", "-2+3", "@cmd", " =1+1"}) {
        INFO(formula);
        CHECK(problemOf(formula) == "person.name_formula");
    }
    CHECK(problemOf(std::string(kLongestName, 'a')) == "none");
    const auto tooLong = nameTextProblem(std::string(kLongestName + 1, 'a'));
    REQUIRE(tooLong);
    CHECK(tooLong->code == "person.name_too_long");
    CHECK(tooLong->args == std::vector<std::string>{"150", "151"});
    CHECK(problemOf(std::string(50'000'000, 'a')) == "person.name_too_long");
}

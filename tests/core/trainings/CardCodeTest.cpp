#include "core/trainings/CardCode.h"

#include <catch2/catch.hpp>
#include <set>

using namespace relawas::core;

TEST_CASE("Card codes are eight characters nobody misreads, random and unique", "[card]")
{
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) {
        const std::string code = randomCardCode();
        REQUIRE(code.size() == kCardCodeLength);
        for (const char c : code) {
            REQUIRE(kCardCodeAlphabet.find(c) != std::string_view::npos);
        }
        CHECK(normaliseCardCode(code) == code);
        seen.insert(code);
    }
    CHECK(seen.size() == 2000);
    for (const char ambiguous : std::string("0O1IL")) {
        CHECK(kCardCodeAlphabet.find(ambiguous) == std::string_view::npos);
    }
}

TEST_CASE("A code is read as scanned, typed or read aloud", "[card]")
{
    CHECK(normaliseCardCode("K7M4QX9T") == "K7M4QX9T");
    CHECK(normaliseCardCode("k7m4-qx9t") == "K7M4QX9T");
    CHECK(normaliseCardCode(" K7M4 QX9T ") == "K7M4QX9T");
    CHECK(groupedCardCode("K7M4QX9T") == "K7M4-QX9T");
    CHECK_FALSE(normaliseCardCode("K7M4QX9")); // too short
    CHECK_FALSE(normaliseCardCode("K7M4QX9TT"));
    CHECK_FALSE(normaliseCardCode("K7M4QX0T")); // a zero is no code character
    CHECK_FALSE(normaliseCardCode("SURYANTA")); // letters only: a name
    CHECK_FALSE(normaliseCardCode("23456789")); // digits only
}

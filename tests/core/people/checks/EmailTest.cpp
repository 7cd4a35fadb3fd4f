#include "core/people/checks/Email.h"

#include <catch2/catch.hpp>

using namespace relawas::core;

TEST_CASE("An e-mail address that looks like one passes", "[email]")
{
    const std::string text = GENERATE(as<std::string>{},
                                      "", // not given
                                      "   ", "panwascam.medangderas@gmail.com", "siti_aminah@yahoo.co.id", "a@b.id",
                                      "relawan+batubara@bawaslu.go.id",
                                      " nama@contoh.id ", // spaces around are ignored
                                      "NAMA@CONTOH.ID", "nur.hidayah-99@mail.example.org");
    CAPTURE(text);

    CHECK(checkEmail(text).empty());
}

TEST_CASE("A typing slip in an e-mail address is an error", "[email]")
{
    const std::string text = GENERATE(as<std::string>{},
                                      "nama",                 // no @
                                      "nama.contoh.id",       //
                                      "@contoh.id",           // nothing before the @
                                      "nama@",                // nothing after it
                                      "nama@contoh",          // no dot in the domain
                                      "nama@@contoh.id",      // two @
                                      "nama@contoh@mail.id",  //
                                      "nama @contoh.id",      // a space inside
                                      "nama@contoh .id",      //
                                      "nama@con\ttoh.id",     // a tab
                                      "nama@contoh\u00A0.id", // a no-break space
                                      "nama@.contoh.id",      // an empty domain label
                                      "nama@contoh..id",      //
                                      "nama@contoh.id.",      // a dot at the end
                                      "nama@contoh.");
    CAPTURE(text);

    const auto issues = checkEmail(text);
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().code == "email.invalid");
    CHECK_FALSE(issues.front().message.empty());
}

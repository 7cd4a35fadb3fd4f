#include "core/sync/CanonicalJson.h"

#include "ErrorCodeOf.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>

using namespace relawas::core;
using relawas::tests::errorCodeOf;

TEST_CASE("Numbers are written as ECMAScript writes them (RFC 8785 appendix B)", "[sync][canonical]")
{
    // The RFC's table, as IEEE doubles from their bit patterns.
    const auto bits = [](std::uint64_t pattern) {
        double value = 0;
        std::memcpy(&value, &pattern, sizeof value);
        return value;
    };
    CHECK(es6Number(bits(0x0000000000000000)) == "0");
    CHECK(es6Number(bits(0x8000000000000000)) == "0");
    CHECK(es6Number(bits(0x0000000000000001)) == "5e-324");
    CHECK(es6Number(bits(0x8000000000000001)) == "-5e-324");
    CHECK(es6Number(bits(0x7fefffffffffffff)) == "1.7976931348623157e+308");
    CHECK(es6Number(bits(0xffefffffffffffff)) == "-1.7976931348623157e+308");
    CHECK(es6Number(bits(0x4340000000000000)) == "9007199254740992");
    CHECK(es6Number(bits(0xc340000000000000)) == "-9007199254740992");
    CHECK(es6Number(bits(0x4430000000000000)) == "295147905179352830000");
    CHECK(es6Number(bits(0x44b52d02c7e14af5)) == "9.999999999999997e+22");
    CHECK(es6Number(bits(0x44b52d02c7e14af6)) == "1e+23");
    CHECK(es6Number(bits(0x44b52d02c7e14af7)) == "1.0000000000000001e+23");
    CHECK(es6Number(bits(0x444b1ae4d6e2ef4e)) == "999999999999999700000");
    CHECK(es6Number(bits(0x444b1ae4d6e2ef4f)) == "999999999999999900000");
    CHECK(es6Number(bits(0x444b1ae4d6e2ef50)) == "1e+21");
    CHECK(es6Number(bits(0x3eb0c6f7a0b5ed8c)) == "9.999999999999997e-7");
    CHECK(es6Number(bits(0x3eb0c6f7a0b5ed8d)) == "0.000001");
    CHECK(es6Number(bits(0x41b3de4355555553)) == "333333333.3333332");
    CHECK(es6Number(bits(0x41b3de4355555554)) == "333333333.33333325");
    CHECK(es6Number(bits(0x41b3de4355555555)) == "333333333.3333333");
    CHECK(es6Number(bits(0x41b3de4355555556)) == "333333333.3333334");
    CHECK(es6Number(bits(0x41b3de4355555557)) == "333333333.33333343");
    CHECK(es6Number(bits(0xbecbf647612f3696)) == "-0.0000033333333333333333");
    CHECK(es6Number(bits(0x43143ff3c1cb0959)) == "1424953923781206.2");
    // The values a report holds: scores, weights, pass marks.
    CHECK(es6Number(78.5) == "78.5");
    CHECK(es6Number(100.0) == "100");
    CHECK(es6Number(4.50) == "4.5");
    CHECK(es6Number(0.002) == "0.002");
    CHECK(errorCodeOf([] { es6Number(std::numeric_limits<double>::quiet_NaN()); }) == "report.number_not_finite");
    CHECK(errorCodeOf([] { es6Number(INFINITY); }) == "report.number_not_finite");
}

TEST_CASE("Objects are sorted, whitespace dropped, strings minimally escaped (RFC 8785 section 3.2)",
          "[sync][canonical]")
{
    // The RFC's example of section 3.2.2, its input as parsed.
    const auto parsed = nlohmann::json::parse(R"({
        "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
        "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
        "literals": [null, true, false]
    })");
    CHECK(canonicalJson(parsed) ==
          "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
          "\"string\":\"\xE2\x82\xAC$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");

    // Sorted by UTF-16 code units: U+1F600 (a surrogate pair, D83D) comes before U+FB33, though its UTF-8 is larger.
    nlohmann::json keys;
    keys["\xEF\xAC\xB3"] = 1;     // U+FB33
    keys["\xF0\x9F\x98\x80"] = 2; // U+1F600
    keys["\xC3\xB6"] = 3;         // U+00F6
    keys["1"] = 4;
    keys["a"] = 5;
    CHECK(canonicalJson(keys) == "{\"1\":4,\"a\":5,\"\xC3\xB6\":3,\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":1}");

    // The same data in any member order, with any whitespace, gives the same bytes.
    CHECK(canonicalJson(nlohmann::json::parse(R"({"b": [1, 2.0], "a": {"y": "x", "x": null}})")) ==
          canonicalJson(nlohmann::json::parse(R"({"a":{"x":null,"y":"x"},"b":[1,2]})")));
    CHECK(canonicalJson(nlohmann::json::parse(R"({"b": [1, 2.0], "a": {"y": "x", "x": null}})")) ==
          R"({"a":{"x":null,"y":"x"},"b":[1,2]})");

    CHECK(errorCodeOf([] { canonicalJson(nlohmann::json(std::string("Nurhayati \xC3"))); }) == "report.text_not_utf8");
}

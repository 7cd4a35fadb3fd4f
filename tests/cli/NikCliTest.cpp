// `relawas-cli nik check` as a user runs it: a real process, its exit code, its stdout and stderr.
#include "CliRun.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using nlohmann::json;

using namespace relawas::clitest;

namespace {

std::size_t lineCount(const std::string& text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

const std::string kMan = "1219010101900001";       // Medang Deras, Batu Bara; 1 January 1990
const std::string kWoman = "1219015509850002";     // the same kecamatan; 15 September 1985
const std::string kNoSerial = "1219010101900000";  // serial 0000
const std::string kFromMedan = "1271011208750003"; // Kota Medan; 12 August 1975
const std::string kOldAsahan = "1209016002800004"; // Asahan's kecamatan 12.09.01, now part of Batu Bara

} // namespace

TEST_CASE("A clerk checks one NIK and reads what it says, without a database", "[cli][nik]")
{
    Scratch scratch;
    const Run run = cli(scratch, {"nik", "check", kWoman, "--json"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.empty());

    const auto object = json::parse(run.out);
    REQUIRE(object.is_object());
    CHECK(object == json{{"nik", kWoman},
                         {"valid", true},
                         {"errors", json::array()},
                         {"warnings", json::array()},
                         {"birth_date", "1985-09-15"},
                         {"gender", "P"},
                         {"region_code", "12.19.01"}});
}

TEST_CASE("An invalid NIK is reported on stdout and exits 1 with one line on stderr", "[cli][nik]")
{
    Scratch scratch;
    const Run run = cli(scratch, {"nik", "check", kNoSerial, "--json"});
    CHECK(run.exitCode == 1);
    CHECK(lineCount(run.err) == 1);
    CHECK_THAT(run.err, Catch::Contains("1 of 1 NIK is not valid"));

    const auto object = json::parse(run.out);
    CHECK(object.at("valid") == false);
    REQUIRE(object.at("errors").size() == 1);
    CHECK_THAT(object.at("errors")[0].get<std::string>(), Catch::Contains("0000"));
    CHECK(object.at("birth_date") == "1990-01-01"); // what can be read is still reported
    CHECK(object.at("region_code") == "12.19.01");
}

TEST_CASE("Several NIKs give an array in the order given", "[cli][nik]")
{
    Scratch scratch;
    SECTION("all valid: exit 0")
    {
        const Run run = cli(scratch, {"nik", "check", kMan, kWoman, "--json"});
        CHECK(run.exitCode == 0);
        const auto array = json::parse(run.out);
        REQUIRE(array.is_array());
        REQUIRE(array.size() == 2);
        CHECK(array[0].at("nik") == kMan);
        CHECK(array[0].at("gender") == "L");
        CHECK(array[1].at("nik") == kWoman);
        CHECK(array[1].at("gender") == "P");
    }
    SECTION("spreadsheet damage, a short NIK, spaces and an apostrophe: each judged on its own")
    {
        const Run run = cli(scratch, {"nik", "check", "1.21907E+15", "121901010190001", "'1219 0101 0190 0001",
                                      "9912010101900001", "--json"});
        CHECK(run.exitCode == 1);
        CHECK_THAT(run.err, Catch::Contains("3 of 4 NIKs are not valid"));
        const auto array = json::parse(run.out);
        REQUIRE(array.size() == 4);

        CHECK(array[0].at("nik") == "1.21907E+15");
        CHECK(array[0].at("valid") == false);
        CHECK_THAT(array[0].at("errors")[0].get<std::string>(), Catch::Contains("spreadsheet"));
        CHECK(array[0].at("birth_date").is_null());
        CHECK(array[0].at("gender").is_null());
        CHECK(array[0].at("region_code").is_null());

        CHECK(array[1].at("valid") == false);
        CHECK_THAT(array[1].at("errors")[0].get<std::string>(), Catch::Contains("15"));

        CHECK(array[2].at("nik") == kMan);
        CHECK(array[2].at("valid") == true);

        CHECK(array[3].at("valid") == false); // 99 is no province in the bundled list
        CHECK_THAT(array[3].at("errors")[0].get<std::string>(), Catch::Contains("province"));
    }
}

TEST_CASE("With the district's database, NIKs from elsewhere and from retired codes are warnings", "[cli][nik]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);

    const Run run = cli(scratch, {"--db", db, "nik", "check", kMan, kFromMedan, kOldAsahan, "--json"});
    CHECK(run.exitCode == 0); // warnings do not make a NIK invalid
    CHECK(run.err.empty());
    const auto array = json::parse(run.out);
    REQUIRE(array.size() == 3);

    CHECK(array[0].at("warnings").empty());

    REQUIRE(array[1].at("warnings").size() == 1);
    CHECK_THAT(array[1].at("warnings")[0].get<std::string>(), Catch::Contains("12.71") && Catch::Contains("12.19"));
    CHECK(array[1].at("birth_date") == "1975-08-12");
    CHECK(array[1].at("gender") == "L");

    REQUIRE(array[2].at("warnings").size() == 2);
    CHECK_THAT(array[2].at("warnings")[0].get<std::string>(), Catch::Contains("12.09.01"));
    CHECK(array[2].at("region_code") == "12.09.01");
    CHECK(array[2].at("gender") == "P");
}

TEST_CASE("Without --json each NIK gets a readable line, as typed", "[cli][nik]")
{
    Scratch scratch;
    const Run run = cli(scratch, {"nik", "check", kMan, "1219 0101 0190 0000"});
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.out, Catch::StartsWith(kMan + ": valid; born 1990-01-01, L (male), issued in 12.19.01\n"));
    CHECK_THAT(run.out, Catch::Contains("1219 0101 0190 0000: invalid\n  error: "));
}

TEST_CASE("nik check refuses what it cannot work with", "[cli][nik]")
{
    Scratch scratch;
    const auto refused = [&](const std::vector<std::string>& arguments, const std::string& mention) {
        const Run run = cli(scratch, arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.out.empty());
        CHECK(lineCount(run.err) == 1);
        CHECK_THAT(run.err, Catch::Contains(mention));
    };
    refused({"nik", "check"}, "NIK");
    refused({"--db", (scratch / "missing.db").string(), "nik", "check", kMan}, "missing.db");
    CHECK_FALSE(fs::exists(scratch / "missing.db")); // a check creates no database

    SECTION("a database without a region list")
    {
        const std::string empty = (scratch / "empty.db").string();
        std::ofstream(empty).close();
        refused({"--db", empty, "nik", "check", kMan}, "region list");
    }
    SECTION("the commands that work on a database still need --db")
    {
        refused({"init"}, "--db");
        refused({"regions", "list"}, "--db");
        refused({"regions", "load", "x.csv"}, "--db");
    }
}

// relawas-cli as a user runs it: a real process, its exit code, its stdout and stderr.
#define CATCH_CONFIG_MAIN
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

using namespace relawas::clitest;

namespace {} // namespace

TEST_CASE("--version answers without a database", "[cli]")
{
    Scratch scratch;
    const Run run = cli(scratch, {"--version"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.rfind("relawas-cli ", 0) == 0);
}

TEST_CASE("A district coordinator sets up Batu Bara and reads the region hierarchy", "[cli]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();

    const Run init = cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"});
    REQUIRE(init.exitCode == 0);
    CHECK(init.err.empty());

    const Run stats = cli(scratch, {"--db", db, "regions", "stats", "--json"});
    REQUIRE(stats.exitCode == 0);
    const auto json = nlohmann::json::parse(stats.out);
    CHECK(json.at("provinsi") == 38);
    CHECK(json.at("kabupaten") == 416);
    CHECK(json.at("kota") == 98);
    CHECK(json.at("kecamatan") == 7285);
    CHECK(json.at("desa") == 75266);
    CHECK(json.at("kelurahan") == 8496);
    CHECK(json.at("total") == 91599);
    CHECK(json.at("code_list").at("name") == "idn-area-data");
    CHECK(json.at("code_list").at("version") == "4.0.1");

    const Run list = cli(scratch, {"--db", db, "regions", "list", "--under", "12.19", "--csv"});
    REQUIRE(list.exitCode == 0);
    const auto rows = lines(list.out);
    REQUIRE(rows.size() == 1 + 12 + 151);
    CHECK(rows.front() == "code,name,level,parent_code");
    CHECK(rows[1] == "12.19.01,Medang Deras,kecamatan,12.19");
    CHECK(std::count_if(rows.begin(), rows.end(),
                        [](const std::string& r) { return r.find(",kecamatan,") != std::string::npos; }) == 12);
    CHECK(std::count_if(rows.begin(), rows.end(),
                        [](const std::string& r) { return r.find(",desa,") != std::string::npos; }) == 141);
    CHECK(std::count_if(rows.begin(), rows.end(),
                        [](const std::string& r) { return r.find(",kelurahan,") != std::string::npos; }) == 10);

    SECTION("a name holding a comma is quoted in the CSV")
    {
        const Run medan = cli(scratch, {"--db", db, "regions", "list", "--under", "12.07.28", "--csv"});
        REQUIRE(medan.exitCode == 0);
        CHECK(medan.out.find("12.07.28.1007,\"Lubuk Pakam I,II\",kelurahan,12.07.28\n") != std::string::npos);
    }
    SECTION("--level narrows the listing")
    {
        const Run kota = cli(scratch, {"--db", db, "regions", "list", "--level", "kota", "--csv"});
        REQUIRE(kota.exitCode == 0);
        CHECK(lines(kota.out).size() == 1 + 98);
    }
    SECTION("init again keeps everything and reports the working kabupaten")
    {
        const Run again = cli(scratch, {"--db", db, "init"});
        CHECK(again.exitCode == 0);
        CHECK(again.out.find("12.19 Kabupaten Batu Bara") != std::string::npos);
        CHECK(again.out.find("Loaded") == std::string::npos);
        CHECK_THAT(again.out, Catch::Contains("Election day (ages are counted on it): not set, today"));
    }
    SECTION("the election day is set, shown, and cleared")
    {
        const Run set = cli(scratch, {"--db", db, "init", "--election-day", "2029-02-14"});
        CHECK(set.exitCode == 0);
        CHECK_THAT(set.out, Catch::Contains("Election day (ages are counted on it): 2029-02-14"));
        CHECK_THAT(cli(scratch, {"--db", db, "init"}).out, Catch::Contains("2029-02-14"));
        const Run wrong = cli(scratch, {"--db", db, "init", "--election-day", "14/02/2029"});
        CHECK(wrong.exitCode == 1);
        CHECK_THAT(wrong.err, Catch::Contains("--election-day"));
        CHECK_THAT(cli(scratch, {"--db", db, "init"}).out, Catch::Contains("2029-02-14"));
        CHECK_THAT(cli(scratch, {"--db", db, "init", "--election-day", "none"}).out, Catch::Contains("not set, today"));
    }
}

TEST_CASE("A user's mistake exits with 1 and one line on stderr naming the place", "[cli]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init"}).exitCode == 0);
    const std::string statsBefore = cli(scratch, {"--db", db, "regions", "stats", "--json"}).out;

    const auto refused = [&](const std::vector<std::string>& arguments, const std::string& mention) {
        const Run run = cli(scratch, arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.out.empty());
        CHECK(lines(run.err).size() == 1);
        CHECK_THAT(run.err, Catch::Contains(mention));
    };
    refused({"regions", "stats"}, "--db");
    refused({"--db", db, "regions", "list", "--level", "dusun"}, "--level");
    refused({"--db", db, "regions", "list", "--under", "12.99"}, "12.99");
    refused({"--db", db, "init", "--kabupaten", "12.19.01"}, "not a kabupaten or kota");
    // A mistyped --db is an error naming it, not a new folder with an empty database: only init creates one.
    const std::string typo = (scratch / "data" / "relawas.db").string();
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"people", "list"}, {"regions", "stats"}, {"demo", "generate", "--people", "3"}}) {
        std::vector<std::string> arguments{"--db", typo};
        arguments.insert(arguments.end(), command.begin(), command.end());
        refused(arguments, "does not exist (create it with init)");
    }
    CHECK_FALSE(fs::exists(scratch / "data"));
    // How many people to generate: a bound a laptop holds, said in a line a person reads.
    for (const std::string count : {"0", "2000001", "99999999999999999999"}) {
        INFO(count);
        const Run run = cli(scratch, {"--db", db, "demo", "generate", "--people", count});
        CHECK(run.exitCode != 0);
        CHECK(run.err.size() < 200);
    }

    const fs::path broken = scratch / "wilayah.csv";
    std::ofstream(broken) << "code,name,level,parent_code\n"
                             "12,Sumatera Utara,provinsi,\n"
                             "12.19,Kabupaten Batu Bara,kabupaten,12\n"
                             "12.19.01,Medang Deras,kecamatan,12.19\n"
                             "12.19.01,Medang Deras,kecamatan,12.19\n";
    refused({"--db", db, "regions", "load", broken.string()}, "wilayah.csv:5");
    CHECK(cli(scratch, {"--db", db, "regions", "stats", "--json"}).out == statsBefore);

    // init is one transaction: a refused kabupaten on a new database keeps neither the region list nor any setting.
    const std::string fresh = (scratch / "fresh.db").string();
    refused({"--db", fresh, "init", "--kabupaten", "99.99"}, "99.99");
    const Run stats = cli(scratch, {"--db", fresh, "regions", "stats", "--json"});
    REQUIRE(stats.exitCode == 0);
    CHECK_THAT(stats.out, Catch::Contains("\"total\": 0,"));
}

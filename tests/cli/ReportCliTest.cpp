// `relawas-cli report export|verify` as a district's script runs them: a report of Batu Bara's demo people written,
// checked without a database, and every damaged copy refused with its place.
#define CATCH_CONFIG_MAIN
#include "CliRun.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace relawas::clitest;

namespace {

nlohmann::json jsonOf(const Run& run)
{
    INFO(run.out << run.err);
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

} // namespace

TEST_CASE("A kecamatan's report is exported, verified alone, and refused once damaged", "[cli][report]")
{
    Scratch scratch;
    const std::string db = (scratch / "relawas.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    REQUIRE(cli(scratch, {"--db", db, "demo", "generate", "--people", "300"}).exitCode == 0);
    const std::string file = (scratch / "sei-balai.relawas.json").string();

    const auto exported = jsonOf(cli(scratch, {"--db", db, "report", "export", "--scope", "12.19.07", "-o", file,
                                               "--name", "Panwascam Sei Balai", "--json"}));
    CHECK(exported.at("sequence") == 1);
    CHECK(exported.at("counts").at("people").get<int>() > 0);
    const std::string digest = exported.at("digest");
    CHECK(digest.size() == 64);

    // Checked without a database, as the district does before importing.
    const auto verified = jsonOf(cli(scratch, {"report", "verify", file, "--json"}));
    CHECK(verified.at("valid") == true);
    CHECK(verified.at("scope") == "12.19.07");
    CHECK(verified.at("installation_name") == "Panwascam Sei Balai");
    CHECK(verified.at("digest") == digest);
    CHECK(verified.at("counts") == exported.at("counts"));
    const std::string fingerprint = verified.at("fingerprint");
    CHECK(fingerprint.size() == 19);
    const Run inWords = cli(scratch, {"report", "verify", file});
    CHECK(inWords.exitCode == 0);
    CHECK_THAT(inWords.out, Catch::Contains(fingerprint));

    // The same data, exported again, has the same digest and the next sequence.
    const std::string again = (scratch / "again.relawas.json").string();
    const auto second =
        jsonOf(cli(scratch, {"--db", db, "report", "export", "--scope", "12.19.07", "-o", again, "--json"}));
    CHECK(second.at("digest") == digest);
    CHECK(second.at("sequence") == 2);

    const std::string text = readAll(file);
    const auto damaged = [&scratch, &text](std::size_t at, const std::string& with) {
        std::string copy = text;
        copy.replace(at, with.size(), with);
        const auto path = scratch / "damaged.relawas.json";
        std::ofstream(path, std::ios::binary | std::ios::trunc) << copy;
        return cli(scratch, {"report", "verify", path.string()});
    };
    const Run renamed = damaged(text.find("\"full_name\":\"") + 13, "X");
    CHECK(renamed.exitCode == 1);
    CHECK_THAT(renamed.err, Catch::Contains("integrity.digest"));
    const Run resequenced = damaged(text.find("\"sequence\":1") + 11, "7");
    CHECK(resequenced.exitCode == 1);
    CHECK_THAT(resequenced.err, Catch::Contains("integrity.signature"));

    const auto cut = scratch / "cut.relawas.json";
    std::ofstream(cut, std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
    const Run truncated = cli(scratch, {"report", "verify", cut.string()});
    CHECK(truncated.exitCode == 1);
    CHECK_THAT(truncated.err, Catch::Contains("ends at byte"));

    // The report never replaces the database it comes from.
    const Run overDatabase = cli(scratch, {"--db", db, "report", "export", "--scope", "12.19.07", "-o", db});
    CHECK(overDatabase.exitCode == 1);
    CHECK_THAT(overDatabase.err, Catch::Contains("the database"));
    const Run unknownScope = cli(scratch, {"--db", db, "report", "export", "--scope", "99.99", "-o", again});
    CHECK(unknownScope.exitCode == 1);
}

TEST_CASE("A public summary is searched for personal data and holds none", "[cli][report]")
{
    Scratch scratch;
    const std::string db = (scratch / "relawas.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    REQUIRE(cli(scratch, {"--db", db, "demo", "generate", "--people", "300"}).exitCode == 0);
    const std::string file = (scratch / "publik.relawas.json").string();
    const auto exported =
        jsonOf(cli(scratch, {"--db", db, "report", "export", "--scope", "12.19", "--public", "-o", file, "--json"}));
    CHECK(exported.at("counts").at("regions").get<int>() > 100);
    const std::string text = readAll(file);
    // Every person's NIK, name and phone from the full roster: none of them in the public file.
    const Run roster = cli(scratch, {"--db", db, "people", "list", "--csv", "--full-nik"});
    REQUIRE(roster.exitCode == 0);
    int searched = 0;
    for (const std::string& line : lines(roster.out)) {
        const auto comma = line.find(',');
        if (line.rfind("name,", 0) == 0 || comma == std::string::npos) {
            continue;
        }
        const std::string name = line.substr(0, comma);
        const std::string nik = line.substr(comma + 1, 16);
        if (name.size() > 3 && name.front() != '"') {
            CHECK(text.find("\"" + name + "\"") == std::string::npos);
            ++searched;
        }
        CHECK(text.find(nik) == std::string::npos);
    }
    CHECK(searched > 200);
    for (const char* personal : {"\"nik\"", "\"full_name\"", "\"birth_date\"", "\"phone\"", "\"email\""}) {
        CHECK(text.find(personal) == std::string::npos);
    }
    CHECK(jsonOf(cli(scratch, {"report", "verify", file, "--json"})).at("kind") == "public");
}

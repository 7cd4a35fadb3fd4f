// `relawas-cli report export|verify` as a district's script runs them: a report of Batu Bara's demo people written,
// checked without a database, and every damaged copy refused with its place.
#define CATCH_CONFIG_MAIN
#include "CliJson.h"
#include "CliRun.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <SQLiteCpp/Database.h>

using namespace relawas::clitest;

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

TEST_CASE("The district trusts a kecamatan's laptop by its fingerprint, and refuses another key under its id",
          "[cli][report][trust]")
{
    Scratch scratch;
    const std::string kecamatan = (scratch / "kecamatan.db").string();
    const std::string district = (scratch / "district.db").string();
    const std::string impostor = (scratch / "impostor.db").string();
    for (const std::string& db : {kecamatan, district, impostor}) {
        REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    }
    const std::string report = (scratch / "sei-balai.relawas.json").string();
    REQUIRE(cli(scratch, {"--db", kecamatan, "report", "export", "--scope", "12.19.07", "--name", "Panwascam Sei Balai",
                          "-o", report})
                .exitCode == 0);
    const std::string fingerprint = jsonOf(cli(scratch, {"report", "verify", report, "--json"})).at("fingerprint");

    CHECK(jsonOf(cli(scratch, {"--db", district, "report", "trusted", "--json"})).empty());
    const Run wrong =
        cli(scratch, {"--db", district, "report", "trust", report, "--fingerprint", "AAAA-BBBB-CCCC-DDDD"});
    CHECK(wrong.exitCode == 1);
    CHECK_THAT(wrong.err, Catch::Contains(fingerprint));
    const auto trusted =
        jsonOf(cli(scratch, {"--db", district, "report", "trust", report, "--fingerprint", fingerprint, "--json"}));
    CHECK(trusted.at("name") == "Panwascam Sei Balai");
    CHECK(trusted.at("scope") == "12.19.07");
    const auto list = jsonOf(cli(scratch, {"--db", district, "report", "trusted", "--json"}));
    REQUIRE(list.size() == 1);
    CHECK(list[0].at("fingerprint") == fingerprint);
    CHECK(list[0].at("last_sequence") == 0);

    // Another database claiming the kecamatan's installation id signs with its own key: refused, loudly.
    {
        SQLite::Database claims(kecamatan, SQLite::OPEN_READONLY);
        const std::string id = claims.execAndGet("SELECT value FROM setting WHERE key = 'installation_id'").getString();
        SQLite::Database forger(impostor, SQLite::OPEN_READWRITE);
        forger.exec("INSERT INTO setting (key, value) VALUES ('installation_id', '" + id +
                    "') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    }
    const std::string forged = (scratch / "forged.relawas.json").string();
    REQUIRE(cli(scratch, {"--db", impostor, "report", "export", "--scope", "12.19.07", "--name", "Panwascam Sei Balai",
                          "-o", forged})
                .exitCode == 0);
    const std::string forgedFingerprint =
        jsonOf(cli(scratch, {"report", "verify", forged, "--json"})).at("fingerprint");
    CHECK(forgedFingerprint != fingerprint);
    const Run refused = cli(scratch, {"--db", district, "report", "trust", forged, "--fingerprint", forgedFingerprint});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("another key"));
    CHECK(jsonOf(cli(scratch, {"--db", district, "report", "trusted", "--json"}))[0].at("fingerprint") == fingerprint);
}

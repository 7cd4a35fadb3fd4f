// `relawas-cli report import|conflicts|resolve|history` and `people edit` as the district runs them: the reports of
// Batu Bara's twelve kecamatan laptops taken in from one folder, taken again without effect, a correction sent back to
// one kecamatan, and a name both sides changed decided by a person.
#include "CliJson.h"
#include "CliRun.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::clitest;

namespace {

std::string installationOf(const std::string& db)
{
    SQLite::Database connection(db, SQLite::OPEN_READONLY);
    return connection.execAndGet("SELECT value FROM setting WHERE key = 'installation_id'").getString();
}

// A laptop set up from another's copy before its first report, as from one installer image: the same region list and
// kabupaten, an installation of its own (its id and key are made when first needed). Quicker than a second `init`.
void laptopSetUpLike(const std::string& original, const std::string& copy)
{
    std::filesystem::copy_file(original, copy);
    SQLite::Database db(copy, SQLite::OPEN_READWRITE);
    db.exec("DELETE FROM setting WHERE key IN ('installation_id', 'installation_secret_key')");
}

std::string firstNikIn(const std::string& db, const std::string& kecamatan)
{
    SQLite::Database connection(db, SQLite::OPEN_READONLY);
    SQLite::Statement query(connection, "SELECT nik FROM person WHERE village_code > ? AND village_code < ? AND "
                                        "deleted_at IS NULL ORDER BY nik LIMIT 1");
    query.bind(1, kecamatan + ".");
    query.bind(2, kecamatan + "/");
    REQUIRE(query.executeStep());
    return query.getColumn(0).getString();
}

std::string fieldOf(const std::string& db, const std::string& nik, const std::string& column)
{
    SQLite::Database connection(db, SQLite::OPEN_READONLY);
    SQLite::Statement query(connection, "SELECT " + column + " FROM person WHERE nik = ? AND deleted_at IS NULL");
    query.bind(1, nik);
    REQUIRE(query.executeStep());
    return query.getColumn(0).getString();
}

} // namespace

TEST_CASE("The district takes twelve kecamatan reports from a folder, then sends a correction back",
          "[cli][report][import]")
{
    Scratch scratch;
    const std::string district = (scratch / "district.db").string();
    REQUIRE(cli(scratch, {"--db", district, "init", "--kabupaten", "12.19"}).exitCode == 0);
    const auto inbox = scratch / "inbox";
    std::filesystem::create_directories(inbox);

    std::size_t records = 0;
    std::vector<std::string> laptops;
    const std::string firstLaptop = (scratch / "kecamatan-1.db").string();
    REQUIRE(cli(scratch, {"--db", firstLaptop, "init", "--kabupaten", "12.19"}).exitCode == 0);
    for (int k = 1; k <= 12; ++k) {
        const std::string code = std::string("12.19.") + (k < 10 ? "0" : "") + std::to_string(k);
        const std::string db = (scratch / ("kecamatan-" + std::to_string(k) + ".db")).string();
        if (k > 1) {
            laptopSetUpLike(firstLaptop, db);
        }
        REQUIRE(cli(scratch,
                    {"--db", db, "demo", "generate", "--people", "40", "--under", code, "--seed", std::to_string(k)})
                    .exitCode == 0);
        const auto exported = jsonOf(cli(scratch, {"--db", db, "report", "export", "--scope", code, "--json", "-o",
                                                   (inbox / ("relawas-" + code + ".relawas.json")).string()}));
        for (const auto& [member, count] : exported.at("counts").items()) {
            records += member == "tombstones" ? 0 : count.get<std::size_t>();
        }
        laptops.push_back(db);
    }

    // Unknown senders are refused until trusted; nothing is written meanwhile.
    const Run refused = cli(scratch, {"--db", district, "report", "import", inbox.string()});
    CHECK(refused.exitCode == 1);
    CHECK_THAT(refused.err, Catch::Contains("not a trusted sender"));
    const auto none = jsonOf(cli(scratch, {"--db", district, "report", "history", "--json"}));
    CHECK(none.empty());

    const auto preview = jsonOf(
        cli(scratch, {"--db", district, "report", "import", inbox.string(), "--trust-new", "--dry-run", "--json"}));
    CHECK(preview.at("new") == records);
    CHECK(jsonOf(cli(scratch, {"--db", district, "report", "history", "--json"})).empty());

    const auto taken =
        jsonOf(cli(scratch, {"--db", district, "report", "import", inbox.string(), "--trust-new", "--json"}));
    CHECK(taken.at("new") == records);
    CHECK(taken.at("conflicts") == 0);
    CHECK(taken.at("duplicates") == 0);
    CHECK(taken.at("refused") == 0);
    REQUIRE(taken.at("reports").size() == 12);
    for (const auto& report : taken.at("reports")) {
        CHECK(report.at("status") == "merged");
    }
    const auto trusted = jsonOf(cli(scratch, {"--db", district, "report", "trusted", "--json"}));
    CHECK(trusted.size() == 12);

    // The same folder again changes nothing.
    const auto again = jsonOf(cli(scratch, {"--db", district, "report", "import", inbox.string(), "--json"}));
    CHECK(again.at("new") == 0);
    CHECK(again.at("updated") == 0);
    for (const auto& report : again.at("reports")) {
        CHECK(report.at("status") == "already_merged");
    }
    const auto history = jsonOf(cli(scratch, {"--db", district, "report", "history", "--json"}));
    CHECK(history.size() == 12);

    // The district corrects a phone in Sei Balai (12.19.07) and sends the kecamatan its data back.
    const std::string seiBalai = laptops[6];
    const std::string nik = firstNikIn(district, "12.19.07");
    const Run edited = cli(scratch, {"--db", district, "people", "edit", nik, "--set", "phone=081299990000"});
    CHECK(edited.exitCode == 0);
    const std::string back = (scratch / "back.relawas.json").string();
    REQUIRE(cli(scratch, {"--db", district, "report", "export", "--scope", "12.19.07", "--to", installationOf(seiBalai),
                          "--name", "Bawaslu Batu Bara", "-o", back})
                .exitCode == 0);
    const auto corrected = jsonOf(cli(scratch, {"--db", seiBalai, "report", "import", back, "--trust-new", "--json"}));
    CHECK(corrected.at("updated") == 1);
    CHECK(corrected.at("new") == 0);
    CHECK(corrected.at("conflicts") == 0);
    CHECK(fieldOf(seiBalai, nik, "phone") == "+6281299990000");
}

TEST_CASE("A name both sides changed waits for a person, who decides it from the command line",
          "[cli][report][conflicts]")
{
    Scratch scratch;
    const std::string kecamatan = (scratch / "kecamatan.db").string();
    const std::string district = (scratch / "district.db").string();
    for (const auto& db : {kecamatan, district}) {
        REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    }
    REQUIRE(cli(scratch, {"--db", kecamatan, "demo", "generate", "--people", "60", "--under", "12.19.07"}).exitCode ==
            0);
    const std::string first = (scratch / "k1.relawas.json").string();
    REQUIRE(cli(scratch, {"--db", kecamatan, "report", "export", "--scope", "12.19.07", "-o", first}).exitCode == 0);
    REQUIRE(cli(scratch, {"--db", district, "report", "import", first, "--trust-new"}).exitCode == 0);

    const std::string nik = firstNikIn(kecamatan, "12.19.07");
    const std::string name = fieldOf(kecamatan, nik, "full_name");
    REQUIRE(
        cli(scratch, {"--db", kecamatan, "people", "edit", nik, "--set", "full_name=" + name + " Lubis"}).exitCode ==
        0);
    REQUIRE(
        cli(scratch, {"--db", district, "people", "edit", nik, "--set", "full_name=" + name + " Nasution"}).exitCode ==
        0);

    // The form's checks hold: a bad value is refused, naming the field, and nothing is written.
    const Run badPhone = cli(scratch, {"--db", district, "people", "edit", nik, "--set", "phone=12345"});
    CHECK(badPhone.exitCode == 1);
    CHECK_THAT(badPhone.err, Catch::Contains("phone"));
    const Run unknownField = cli(scratch, {"--db", district, "people", "edit", nik, "--set", "shoe_size=42"});
    CHECK(unknownField.exitCode == 1);
    CHECK_THAT(unknownField.err, Catch::Contains("shoe_size"));

    const std::string fromDistrict = (scratch / "d1.relawas.json").string();
    REQUIRE(cli(scratch, {"--db", district, "report", "export", "--scope", "12.19.07", "--to",
                          installationOf(kecamatan), "-o", fromDistrict})
                .exitCode == 0);
    const auto merged =
        jsonOf(cli(scratch, {"--db", kecamatan, "report", "import", fromDistrict, "--trust-new", "--json"}));
    CHECK(merged.at("conflicts") == 1);

    const auto conflicts = jsonOf(cli(scratch, {"--db", kecamatan, "report", "conflicts", "--json"}));
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].at("field") == "full_name");
    CHECK(conflicts[0].at("base") == name);
    CHECK(conflicts[0].at("ours") == name + " Lubis");
    CHECK(conflicts[0].at("theirs") == name + " Nasution");
    const Run table = cli(scratch, {"--db", kecamatan, "report", "conflicts"});
    CHECK_THAT(table.out, Catch::Contains(name + " Nasution"));

    const std::string id = std::to_string(conflicts[0].at("id").get<long long>());
    const Run decided = cli(scratch, {"--db", kecamatan, "report", "resolve", id, "--take", name + " Lubis Nasution"});
    CHECK(decided.exitCode == 0);
    CHECK(fieldOf(kecamatan, nik, "full_name") == name + " Lubis Nasution");
    CHECK(jsonOf(cli(scratch, {"--db", kecamatan, "report", "conflicts", "--json"})).empty());
    const Run twice = cli(scratch, {"--db", kecamatan, "report", "resolve", id, "--take", "ours"});
    CHECK(twice.exitCode == 1);

    // The decision travels back to the district without a new conflict.
    const std::string decision = (scratch / "k2.relawas.json").string();
    REQUIRE(cli(scratch, {"--db", kecamatan, "report", "export", "--scope", "12.19.07", "--to",
                          installationOf(district), "-o", decision})
                .exitCode == 0);
    const auto settled = jsonOf(cli(scratch, {"--db", district, "report", "import", decision, "--json"}));
    CHECK(settled.at("conflicts") == 0);
    CHECK(fieldOf(district, nik, "full_name") == name + " Lubis Nasution");
    const auto history = jsonOf(cli(scratch, {"--db", district, "report", "history", "--json"}));
    REQUIRE(history.size() == 2);
    CHECK(history[0].at("counts").at("updated") == 1);
}

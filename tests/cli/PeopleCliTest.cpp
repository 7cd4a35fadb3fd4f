// `relawas-cli people list` as a coordinator's script runs it: a real process over a database that `init` made and
// the core filled with a few people of Batu Bara.
#define CATCH_CONFIG_MAIN
#include "CliRun.h"
#include "PeopleForTests.h"
#include "core/import/RememberedMapping.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace fs = std::filesystem;
using namespace relawas;

using namespace relawas::clitest;

namespace {

core::Date date(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

void addPerson(core::Database& db, const std::string& name, const std::string& nik, core::Gender gender,
               const core::Date& born, const std::string& village, const std::string& phone,
               const std::vector<core::RoleKind>& roles)
{
    core::Person person;
    person.fullName = name;
    person.nik = nik;
    person.gender = gender;
    person.birthDate = born;
    person.villageCode = village;
    person.phone = phone;
    const auto saved = testing::TestPeople(db).save(person, "test");
    for (const auto kind : roles) {
        core::PersonRole role;
        role.personUuid = saved.meta.uuid;
        role.kind = kind;
        role.scopeCode = village;
        testing::TestRoles(db).save(role, "test");
    }
}

// Siti (PKD and volunteer) and Ahmad (volunteer) of Durian, Sei Balai; Budi of Durian, Medang Deras, with no role.
void addThreePeople(const std::string& db)
{
    core::Database database(db);
    addPerson(database, "Siti Aminah", "1219074506950001", core::Gender::Female, date(1995, 6, 5), "12.19.07.2004",
              "+6281234560001", {core::RoleKind::Pkd, core::RoleKind::Relawan});
    addPerson(database, "Ahmad \"Ucok\" Siregar", "1219071203900002", core::Gender::Male, date(1990, 3, 12),
              "12.19.07.2004", "+6281234560002", {core::RoleKind::Relawan});
    addPerson(database, "Budi Santoso", "1219012001880003", core::Gender::Male, date(1988, 1, 20), "12.19.01.2004", "",
              {});
}

const std::string kHeader = "name,nik,gender,birth_date,village_code,village,kecamatan,roles,phone";
const std::string kMask = "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"
                          "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"; // twelve bullets

} // namespace

TEST_CASE("A district coordinator lists the roster from a script, NIKs masked unless asked", "[cli][people]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    addThreePeople(db);

    SECTION("CSV with a header row, in name order, the NIK masked")
    {
        const Run run = cli(scratch, {"--db", db, "people", "list", "--csv"});
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.empty());
        const auto rows = lines(run.out);
        REQUIRE(rows.size() == 4);
        CHECK(rows[0] == kHeader);
        CHECK(rows[1] == "\"Ahmad \"\"Ucok\"\" Siregar\"," + kMask +
                             "0002,L,1990-03-12,12.19.07.2004,Durian,Sei Balai,relawan,+6281234560002");
        CHECK(rows[2] == "Budi Santoso," + kMask + "0003,L,1988-01-20,12.19.01.2004,Durian,Medang Deras,,");
        CHECK(rows[3] == "Siti Aminah," + kMask +
                             "0001,P,1995-06-05,12.19.07.2004,Durian,Sei Balai,\"pkd, relawan\",+6281234560001");
        CHECK(run.out.find("1219074506950001") == std::string::npos);
    }
    SECTION("a name a spreadsheet would run as a formula comes out as text")
    {
        {
            core::Database database(db);
            addPerson(database, "=HYPERLINK(\"http://x\";\"Klik\")", "1219074506950004", core::Gender::Female,
                      date(1995, 6, 5), "12.19.07.2004", "", {});
        }
        const Run run = cli(scratch, {"--db", db, "people", "list", "--csv"});
        REQUIRE(run.exitCode == 0);
        CHECK(lines(run.out).at(1).rfind("\"'=HYPERLINK(", 0) == 0);
    }
    SECTION("a name stored before escapes were refused prints as visible escapes, not as terminal commands")
    {
        {
            // Written past the writers' checks, as a database of an older version may hold it.
            SQLite::Database raw(db, SQLite::OPEN_READWRITE);
            raw.exec("UPDATE person SET full_name = 'Budi ' || char(27) || '[2J' || char(8238) || 'Santoso' "
                     "WHERE nik = '1219012001880003'");
        }
        const Run run = cli(scratch, {"--db", db, "people", "list"});
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.find('\x1B') == std::string::npos);
        CHECK(run.out.find("\xE2\x80\xAE") == std::string::npos);
        CHECK_THAT(run.out, Catch::Contains("Budi \\x1B[2J<U+202E>Santoso"));
    }
    SECTION("--full-nik prints the NIK whole")
    {
        const Run run = cli(scratch, {"--db", db, "people", "list", "--csv", "--full-nik"});
        REQUIRE(run.exitCode == 0);
        const auto rows = lines(run.out);
        REQUIRE(rows.size() == 4);
        CHECK(rows[3].rfind("Siti Aminah,1219074506950001,P,", 0) == 0);
        CHECK(run.out.find(kMask) == std::string::npos);

        // The disclosure is in the audit log: who, how many, where to. A masked listing leaves no trace there.
        relawas::core::Database opened(db);
        SQLite::Statement logged(opened.connection(), "SELECT actor, after_json FROM audit_log "
                                                      "WHERE entity = 'roster_export' AND action = 'reveal'");
        REQUIRE(logged.executeStep());
        CHECK(logged.getColumn(0).getString().rfind("relawas-cli ", 0) == 0);
        CHECK_THAT(logged.getColumn(1).getString(),
                   Catch::Contains("\"to\":\"standard output\"") && Catch::Contains("\"rows\":3"));
        CHECK_FALSE(logged.executeStep());
        REQUIRE(cli(scratch, {"--db", db, "people", "list", "--csv"}).exitCode == 0);
        CHECK(
            opened.connection().execAndGet("SELECT count(*) FROM audit_log WHERE entity = 'roster_export'").getInt() ==
            1);
    }
    SECTION("the full list imports into another database with every role")
    {
        const Run listed = cli(scratch, {"--db", db, "people", "list", "--csv", "--full-nik"});
        REQUIRE(listed.exitCode == 0);
        const std::string file = (scratch / "roster.csv").string();
        std::ofstream(file, std::ios::binary) << listed.out;
        const std::string copy = (scratch / "copy.db").string();
        REQUIRE(cli(scratch, {"--db", copy, "init", "--kabupaten", "12.19"}).exitCode == 0);
        const Run imported = cli(scratch, {"--db", copy, "people", "import", file});
        CHECK(imported.exitCode == 0);
        CHECK(imported.out.find("Imported 3 people") != std::string::npos);
        const auto rows = lines(cli(scratch, {"--db", copy, "people", "list", "--csv", "--full-nik"}).out);
        REQUIRE(rows.size() == 4);
        CHECK(rows[1] == lines(listed.out)[1]); // Ahmad "Ucok" Siregar, relawan, as he was
        CHECK(rows[3] == lines(listed.out)[3]); // Siti Aminah, pkd and relawan
    }
    SECTION("--under narrows to a kecamatan or a village, --role to the holders of a role")
    {
        const Run seiBalai = cli(scratch, {"--db", db, "people", "list", "--csv", "--under", "12.19.07"});
        REQUIRE(seiBalai.exitCode == 0);
        CHECK(lines(seiBalai.out).size() == 1 + 2);
        // The other Durian, of Medang Deras: told apart by code.
        const Run durian = cli(scratch, {"--db", db, "people", "list", "--csv", "--under", "12.19.01.2004"});
        REQUIRE(durian.exitCode == 0);
        REQUIRE(lines(durian.out).size() == 2);
        CHECK(lines(durian.out)[1].rfind("Budi Santoso,", 0) == 0);

        const Run pkd = cli(scratch, {"--db", db, "people", "list", "--csv", "--role", "pkd"});
        REQUIRE(pkd.exitCode == 0);
        REQUIRE(lines(pkd.out).size() == 2);
        CHECK(lines(pkd.out)[1].rfind("Siti Aminah,", 0) == 0);
    }
    SECTION("without --csv an aligned table, one line per person")
    {
        const Run run = cli(scratch, {"--db", db, "people", "list"});
        REQUIRE(run.exitCode == 0);
        const auto rows = lines(run.out);
        REQUIRE(rows.size() == 4);
        CHECK(rows[0].rfind("name ", 0) == 0);
        // Every column starts at the same character in every row: "nik" above each masked NIK.
        const auto nikColumn = rows[0].find("nik");
        const auto characters = [](const std::string& text, std::size_t bytes) {
            return std::count_if(text.begin(), text.begin() + std::ptrdiff_t(bytes),
                                 [](char c) { return (c & 0xC0) != 0x80; });
        };
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const auto at = rows[i].find(kMask);
            REQUIRE(at != std::string::npos);
            CHECK(characters(rows[i], at) == characters(rows[0], nikColumn));
        }
    }
    SECTION("wrong input is one clear line and exit code 1")
    {
        const Run role = cli(scratch, {"--db", db, "people", "list", "--role", "boss"});
        CHECK(role.exitCode == 1);
        CHECK(role.err.find("unknown role `boss`") != std::string::npos);
        const Run region = cli(scratch, {"--db", db, "people", "list", "--under", "99.99"});
        CHECK(region.exitCode == 1);
        CHECK(region.err.find("99.99") != std::string::npos);
        const Run noDb = cli(scratch, {"people", "list"});
        CHECK(noDb.exitCode == 1);
        CHECK(noDb.err.find("--db is required") != std::string::npos);
    }
}

TEST_CASE("Columns the clerk mapped in the wizard are mapped by `people import` too", "[cli][people][import]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    const std::string file = (scratch / "relawan.csv").string();
    std::ofstream(file) << "Nama Panggilan;Nomor KTP;Jenis Kelamin;Tgl Lahir;Desa/Kelurahan;Kecamatan\n"
                           "Rahmat;1219070303910005;L;03/03/1991;Durian;Sei Balai\n";

    // Nobody has told the program what "Nama Panggilan" and "Nomor KTP" hold: the file has no name column.
    const Run before = cli(scratch, {"--db", db, "people", "import", file, "--dry-run"});
    CHECK(before.exitCode == 1);

    {
        // As the import wizard remembers the clerk's choices after a dry run.
        core::Database database(db);
        core::ColumnMapping chosen = core::mapColumns(
            1, {"Nama Panggilan", "Nomor KTP", "Jenis Kelamin", "Tgl Lahir", "Desa/Kelurahan", "Kecamatan"});
        chosen.fields[0] = core::ImportField::FullName;
        chosen.fields[1] = core::ImportField::Nik;
        core::RememberedMapping(database).remember(chosen);
    }

    const Run after = cli(scratch, {"--db", db, "people", "import", file});
    INFO(after.out << after.err);
    CHECK(after.exitCode == 0);
    core::Database database(db);
    const auto rahmat = testing::TestPeople(database).findByNik("1219070303910005");
    REQUIRE(rahmat);
    CHECK(rahmat->fullName == "Rahmat");
}

TEST_CASE("A coordinator reads Batu Bara's figures from a script: those the roster lists", "[cli][stats]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    addThreePeople(db); // two volunteers in Durian, Sei Balai, one the PKD; a man of Medang Deras

    const Run json = cli(scratch, {"--db", db, "stats", "--json", "--on", "2026-06-01"});
    INFO(json.out << json.err);
    REQUIRE(json.exitCode == 0);
    const auto figures = nlohmann::json::parse(json.out);
    CHECK(figures.at("scope").at("code") == "12.19");
    CHECK(figures.at("today") == "2026-06-01");
    CHECK(figures.at("villages").at("total") == 151);
    CHECK(figures.at("villages").at("with_volunteer") == 1);
    CHECK(figures.at("villages").at("with_pkd") == 1);
    CHECK(figures.at("volunteers").at("total") == 2);
    CHECK(figures.at("volunteers").at("women") == 1);
    CHECK(figures.at("parts").size() == 12);
    const auto seiBalai = std::find_if(figures.at("parts").begin(), figures.at("parts").end(),
                                       [](const auto& part) { return part.at("code") == "12.19.07"; });
    REQUIRE(seiBalai != figures.at("parts").end());
    CHECK(seiBalai->at("volunteers").at("total") == 2);
    CHECK(seiBalai->at("villages_with_pkd") == 1);
    const Run roster = cli(scratch, {"--db", db, "people", "list", "--role", "relawan", "--csv"});
    CHECK(lines(roster.out).size() == 3); // the header and the two volunteers

    const Run text = cli(scratch, {"--db", db, "stats", "--scope", "12.19.07"});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("Villages with a volunteer  1 of 14") != std::string::npos);

    const Run unknown = cli(scratch, {"--db", db, "stats", "--scope", "12.99"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("12.99") != std::string::npos);
}

// `relawas-cli report xlsx` as a district coordinator's script runs it: the workbook for Bawaslu written by a real
// process, opened again with the spreadsheet import's XLSX reader.
#include "CliRun.h"
#include "PeopleForTests.h"
#include "core/import/sheet/XlsxReader.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace fs = std::filesystem;
using namespace relawas;
using namespace relawas::clitest;

namespace {

// Siti (PKD and volunteer) and Ahmad (volunteer) of Durian, Sei Balai; Budi of Medang Deras, with no role.
void addPeople(const std::string& file)
{
    core::Database db(file);
    const auto add = [&db](const std::string& name, const std::string& nik, core::Gender gender,
                           const std::string& village, const std::vector<core::RoleKind>& roles) {
        core::Person person;
        person.fullName = name;
        person.nik = nik;
        person.gender = gender;
        person.birthDate = core::Date{std::chrono::year{1990}, std::chrono::month{3}, std::chrono::day{12}};
        person.villageCode = village;
        const auto saved = testing::TestPeople(db).save(person, "test");
        for (const auto kind : roles) {
            core::PersonRole role;
            role.personUuid = saved.meta.uuid;
            role.kind = kind;
            role.scopeCode = village;
            testing::TestRoles(db).save(role, "test");
        }
    };
    add("Siti Aminah", "1219074506900001", core::Gender::Female, "12.19.07.2004",
        {core::RoleKind::Pkd, core::RoleKind::Relawan});
    add("Ahmad Siregar", "1219071203900002", core::Gender::Male, "12.19.07.2004", {core::RoleKind::Relawan});
    add("Budi Santoso", "1219011203900003", core::Gender::Male, "12.19.01.2004", {});
}

// The first sheet of the workbook, as the import reads it.
std::vector<core::SheetRow> firstSheet(const fs::path& file, std::string& name)
{
    core::XlsxReader reader(file);
    name = reader.sheetName();
    std::vector<core::SheetRow> rows;
    core::SheetRow row;
    while (reader.next(row)) {
        rows.push_back(row);
    }
    return rows;
}

std::string beside(const std::vector<core::SheetRow>& rows, const std::string& label)
{
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.text(0) == label; });
    return row == rows.end() ? std::string("(no row)") : row->text(1);
}

} // namespace

TEST_CASE("A coordinator writes Batu Bara's report workbook from a script", "[cli][workbook]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    addPeople(db);
    const fs::path file = scratch / "laporan.xlsx";

    SECTION("The workbook with the NIKs masked, and the rows of each sheet as JSON")
    {
        const Run run = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.19", "-o", file.string(), "--json"});
        INFO(run.out << run.err);
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.empty());
        const auto json = nlohmann::json::parse(run.out);
        CHECK(json.at("scope") == "12.19");
        CHECK(json.at("full_nik") == false);
        const auto& sheets = json.at("sheets");
        CHECK(sheets.at("Ringkasan") == 12); // a row per kecamatan
        CHECK(sheets.at("Relawan") == 2);    // Siti and Ahmad: Budi holds no role
        CHECK(sheets.at("Kampung") == 0);
        CHECK(sheets.at("Pelatihan") == 0);
        CHECK(sheets.at("Presensi") == 0);

        REQUIRE(fs::exists(file));
        std::string name;
        const auto rows = firstSheet(file, name);
        CHECK(name == "Ringkasan");
        CHECK(beside(rows, "Wilayah") == "Kabupaten Batu Bara");
        CHECK(beside(rows, "Relawan") == "2");
        CHECK(beside(rows, "Desa/kelurahan dengan PKD") == "1");
        CHECK(beside(rows, "NIK") == "disamarkan");
    }

    SECTION("Full NIKs on request, with a warning and one entry in the audit log")
    {
        const Run run = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.19.07", "-o", file.string(),
                                      "--reveal-nik", "--from", "2026-01-01", "--to", "2026-12-31"});
        INFO(run.out << run.err);
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.find("full NIKs") != std::string::npos);
        CHECK(run.out.find("2 people holding a role") != std::string::npos);
        std::string name;
        CHECK(beside(firstSheet(file, name), "NIK") == "lengkap (tercatat di log audit)");
        SQLite::Database database(db);
        SQLite::Statement audit(database, "SELECT count(*) FROM audit_log WHERE entity = 'report_workbook' AND "
                                          "action = 'reveal'");
        audit.executeStep();
        CHECK(audit.getColumn(0).getInt() == 1);
    }

    SECTION("All of Indonesia, province by province")
    {
        const Run run = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "all", "-o", file.string(), "--json"});
        INFO(run.out << run.err);
        REQUIRE(run.exitCode == 0);
        const auto json = nlohmann::json::parse(run.out);
        CHECK(json.at("scope") == "");
        CHECK(json.at("sheets").at("Ringkasan") == 38);
        CHECK(json.at("sheets").at("Relawan") == 2);
    }

    SECTION("Mistakes exit with 1, name the option and write nothing")
    {
        const Run noOutput = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.19"});
        CHECK(noOutput.exitCode == 1);
        const Run badDate =
            cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.19", "-o", file.string(), "--from", "1/6/2026"});
        CHECK(badDate.exitCode == 1);
        CHECK(badDate.err.find("--from") != std::string::npos);
        const Run reversed = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.19", "-o", file.string(),
                                           "--from", "2026-06-01", "--to", "2026-05-01"});
        CHECK(reversed.exitCode == 1);
        CHECK(reversed.err.find("--from") != std::string::npos);
        const Run unknown = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.99", "-o", file.string()});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.find("12.99") != std::string::npos);
        const Run overDatabase = cli(scratch, {"--db", db, "report", "xlsx", "--scope", "12.19", "-o", db});
        CHECK(overDatabase.exitCode == 1);
        CHECK(!fs::exists(file));
    }
}

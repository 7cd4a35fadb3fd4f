// `relawas-cli training sheet|cards|certificates|certificate`: the papers of a training saved as PDF by a real
// process over a database of Batu Bara's demo people, and read back with poppler-utils as a person reads them.
#define CATCH_CONFIG_MAIN
#include "CliJson.h"
#include "CliRun.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::clitest;

namespace {

// The standard output of a poppler tool run on the file.
std::string poppler(const std::string& tool, const std::filesystem::path& pdf)
{
    const std::string command = tool + " " + shellQuoted(pdf.string()) + (tool == "pdfinfo" ? "" : " -") + " 2>&1";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
        text.append(buffer, n);
    }
    REQUIRE(::pclose(pipe) == 0);
    return text;
}

int pagesOf(const std::filesystem::path& pdf)
{
    std::smatch pages;
    const std::string info = poppler("pdfinfo", pdf);
    REQUIRE(std::regex_search(info, pages, std::regex(R"(Pages:\s+(\d+))")));
    return std::stoi(pages[1]);
}

std::size_t countOf(const std::string& text, const std::regex& pattern)
{
    return std::size_t(std::distance(std::sregex_iterator(text.begin(), text.end(), pattern), std::sregex_iterator()));
}

std::vector<std::string> column(const std::string& db, const std::string& sql, const std::string& value)
{
    SQLite::Database connection(db, SQLite::OPEN_READONLY);
    SQLite::Statement query(connection, sql);
    query.bind(1, value);
    std::vector<std::string> values;
    while (query.executeStep()) {
        values.push_back(query.getColumn(0).getString());
    }
    return values;
}

// A two-day Rakernis of Batu Bara's Panwascam and secretariat, everyone invited.
struct TwoDayRakernis
{
    Scratch scratch;
    std::string db = (scratch / "relawas.db").string();
    std::string id;
    std::size_t invited = 0;

    TwoDayRakernis()
    {
        REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
        REQUIRE(cli(scratch, {"--db", db, "demo", "generate", "--people", "300"}).exitCode == 0);
        id = jsonOf(run({"add", "--kind", "rakernis", "--title", "Rakernis Kampung Pengawasan Partisipatif", "--start",
                         "2024-09-15", "--end", "2024-09-16", "--venue", "Singapore City Hotel", "--json"}))
                 .at("id");
        invited = jsonOf(run({"invite", id, "--role", "anggota-panwascam", "--role", "staf-sekretariat", "--json"}))
                      .at("invited");
        REQUIRE(invited > 8);
    }

    Run run(std::vector<std::string> arguments) const
    {
        arguments.insert(arguments.begin(), {"--db", db, "training"});
        return cli(scratch, arguments);
    }

    // The names of those invited, in the database's words.
    std::vector<std::string> names() const
    {
        return column(db,
                      "SELECT p.full_name FROM invitation i JOIN person p ON p.uuid = i.person_uuid "
                      "WHERE i.training_uuid = ? ORDER BY p.full_name",
                      id);
    }
};

const std::regex kSixteenDigits(R"(\d{16})");

} // namespace

TEST_CASE("ID cards: one per person expected, 8 to a page, card codes issued first, never a NIK", "[cli][paper]")
{
    TwoDayRakernis t;
    const auto cardsPdf = t.scratch / "kartu.pdf";
    const auto saved = jsonOf(t.run({"cards", t.id, "-o", cardsPdf.string(), "--json"}));
    CHECK(saved.at("cards") == t.invited);
    CHECK(saved.at("issued") == t.invited);
    CHECK(saved.at("pages") == (t.invited + 7) / 8);
    CHECK(pagesOf(cardsPdf) == int(t.invited + 7) / 8);
    CHECK((std::filesystem::status(cardsPdf).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    const std::string text = poppler("pdftotext", cardsPdf);
    CHECK_FALSE(std::regex_search(text, kSixteenDigits));
    for (const std::string& code : column(t.db,
                                          "SELECT c.code FROM card_code c JOIN invitation i ON i.person_uuid = "
                                          "c.person_uuid WHERE i.training_uuid = ? AND c.revoked_at IS NULL",
                                          t.id)) {
        CHECK_THAT(text, Catch::Contains(code.substr(0, 4) + "-" + code.substr(4)));
    }
    CHECK_THAT(text, Catch::Contains("BAWASLU KABUPATEN BATU BARA"));
    // Printed again, nobody gets a new code.
    CHECK(jsonOf(t.run({"cards", t.id, "-o", cardsPdf.string(), "--json"})).at("issued") == 0);
}

TEST_CASE("The daftar hadir of a day: blank or with the check-in times, spare rows, in Indonesian", "[cli][paper]")
{
    TwoDayRakernis t;
    const auto names = t.names();
    REQUIRE(t.run({"checkin", t.id, "--day", "1", names[0]}).exitCode == 0);
    REQUIRE(t.run({"checkin", t.id, "--day", "1", names[1]}).exitCode == 0);

    const auto blankPdf = t.scratch / "blank.pdf";
    const auto blank = jsonOf(t.run({"sheet", t.id, "--day", "1", "-o", blankPdf.string(), "--spare", "5", "--json"}));
    CHECK(blank.at("people") == t.invited);
    CHECK(blank.at("spare_rows") == 5);
    const std::string blankText = poppler("pdftotext", blankPdf);
    CHECK(countOf(blankText, std::regex("Hadir \\d\\d:\\d\\d")) == 0);
    for (const char* words :
         {"DAFTAR HADIR", "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BATU BARA", "Minggu, 15 September 2024",
          "hari ke-1 dari 2", "Anggota Panwascam", "Staf Sekretariat", "Kec. ", "Halaman 1 dari"}) {
        INFO(words);
        CHECK_THAT(blankText, Catch::Contains(words));
    }
    for (const std::string& name : names) {
        CHECK_THAT(blankText, Catch::Contains(name));
    }
    // Every person and every spare row numbered: the last number is invited + 5.
    CHECK_THAT(blankText, Catch::Contains(std::to_string(t.invited + 5) + "."));

    const auto timesPdf = t.scratch / "times.pdf";
    const auto withTimes = jsonOf(t.run({"sheet", t.id, "--day", "1", "--times", "-o", timesPdf.string(), "--json"}));
    CHECK(withTimes.at("pages") == pagesOf(timesPdf));
    CHECK(countOf(poppler("pdftotext", timesPdf), std::regex("Hadir \\d\\d:\\d\\d")) == 2);
    // Day 2: nobody has come yet.
    const auto secondPdf = t.scratch / "day2.pdf";
    REQUIRE(t.run({"sheet", t.id, "--day", "2", "--times", "-o", secondPdf.string()}).exitCode == 0);
    CHECK(countOf(poppler("pdftotext", secondPdf), std::regex("Hadir \\d\\d:\\d\\d")) == 0);
    CHECK_THAT(poppler("pdftotext", secondPdf), Catch::Contains("16 September 2024"));

    SECTION("in English on request")
    {
        const auto english = t.scratch / "en.pdf";
        REQUIRE(t.run({"sheet", t.id, "--day", "1", "--language", "en", "-o", english.string()}).exitCode == 0);
        const std::string text = poppler("pdftotext", english);
        CHECK_THAT(text, Catch::Contains("ATTENDANCE LIST"));
        CHECK_THAT(text, Catch::Contains("Panwascam member"));
    }

    SECTION("a day the training does not have, a folder that does not exist: an error naming it, no file")
    {
        const auto third = t.scratch / "day3.pdf";
        const Run wrongDay = t.run({"sheet", t.id, "--day", "3", "-o", third.string()});
        CHECK(wrongDay.exitCode == 1);
        CHECK_THAT(wrongDay.err, Catch::Contains("--day"));
        CHECK_FALSE(std::filesystem::exists(third));
        const Run nowhere = t.run({"sheet", t.id, "--day", "1", "-o", (t.scratch / "no/such/folder.pdf").string()});
        CHECK(nowhere.exitCode == 1);
        CHECK_THAT(nowhere.err, Catch::Contains("no/such/folder.pdf"));
        CHECK(t.run({"sheet", t.id, "--day", "1", "--language", "fr", "-o", third.string()}).exitCode == 1);
        CHECK(t.run({"sheet", t.id, "--day", "1", "--spare", "-1", "-o", third.string()}).exitCode == 1);
        CHECK_FALSE(std::filesystem::exists(third));
    }
}

TEST_CASE("Certificates go to those present every day, numbered once, and can be looked up", "[cli][paper]")
{
    TwoDayRakernis t;
    const auto names = t.names();
    const auto certificatesPdf = t.scratch / "sertifikat.pdf";

    // Nobody was present yet: nothing to print, and no file.
    const Run none = t.run({"certificates", t.id, "-o", certificatesPdf.string()});
    CHECK(none.exitCode == 1);
    CHECK_THAT(none.err, Catch::Contains("nothing to print"));
    CHECK_FALSE(std::filesystem::exists(certificatesPdf));

    for (const char* day : {"1", "2"}) {
        REQUIRE(t.run({"checkin", t.id, "--day", day, names[0]}).exitCode == 0);
    }
    REQUIRE(t.run({"checkin", t.id, "--day", "1", names[1]}).exitCode == 0); // the first day only

    const auto saved = jsonOf(t.run({"certificates", t.id, "-o", certificatesPdf.string(), "--json"}));
    REQUIRE(saved.at("certificates").size() == 1);
    const std::string number = saved.at("certificates")[0].at("number");
    CHECK(number == "0001/SERT/12.19/IX/2024"); // the working kabupaten's, the month of the last day
    CHECK(saved.at("certificates")[0].at("name") == names[0]);
    CHECK(pagesOf(certificatesPdf) == 1);
    const std::string text = poppler("pdftotext", certificatesPdf);
    CHECK_THAT(text, Catch::Contains(number));
    CHECK_THAT(text, Catch::Contains(names[0]));
    CHECK_THAT(text, Catch::Contains("SERTIFIKAT"));
    CHECK_THAT(text, Catch::Contains("Ketua Bawaslu Kabupaten Batu Bara"));
    CHECK(text.find(names[1]) == std::string::npos);
    // Reprinted, the same number.
    const auto again = jsonOf(t.run({"certificates", t.id, "-o", certificatesPdf.string(), "--json"}));
    CHECK(again.at("certificates")[0].at("number") == number);

    // Whoever holds the paper types the number as they read it.
    const auto found = jsonOf(t.run({"certificate", " 1/sert/12.19/ix/2024", "--json"}));
    CHECK(found.at("found") == true);
    CHECK(found.at("number") == number);
    CHECK(found.at("name") == names[0]);
    CHECK(found.at("training") == "Rakernis Kampung Pengawasan Partisipatif");
    CHECK(found.at("training_id") == t.id);
    const Run unknown = t.run({"certificate", "0002/SERT/12.19/IX/2024"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.out, Catch::Contains("No certificate 0002/SERT/12.19/IX/2024"));
}

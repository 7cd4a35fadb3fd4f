// `relawas-cli report village CODE -o FILE.pdf`: the Daftar Relawan Desa of a village and of every village of a
// kecamatan, saved by a real process over Batu Bara's demo people and read back with poppler-utils: each living
// person of the village once, in name order, the NIK masked and never whole; a kecamatan's villages in code order,
// each from a new page.
#include "CliJson.h"
#include "CliRun.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::clitest;

namespace {

constexpr const char* kSeiBalai = "12.19.07";

// What pdftotext reads off the file in the order it was painted, page by page (it ends each page with a form feed),
// with every run of white space as one space: the lines of a name broken over two lines read as the name again.
std::vector<std::string> pagesOfText(const std::filesystem::path& pdf)
{
    const std::string command = "pdftotext -raw " + shellQuoted(pdf.string()) + " - 2>&1";
    std::FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::string text;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) {
        text.append(buffer, n);
    }
    REQUIRE(::pclose(pipe) == 0);
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t feed = text.find('\f'); feed != std::string::npos; feed = text.find('\f', start)) {
        pages.push_back(std::regex_replace(text.substr(start, feed - start), std::regex("\\s+"), " "));
        start = feed + 1;
    }
    return pages;
}

struct Resident
{
    std::string name;
    std::string nik;
};

// Batu Bara with 300 demo people, the roles counted on the 2024 Pilkada's day.
struct DemoBatuBara
{
    Scratch scratch;
    std::string db = (scratch / "relawas.db").string();

    DemoBatuBara()
    {
        REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19", "--election-day", "2024-11-27"}).exitCode ==
                0);
        REQUIRE(cli(scratch, {"--db", db, "demo", "generate", "--people", "300", "--seed", "7"}).exitCode == 0);
    }

    Run village(const std::string& code, const std::filesystem::path& pdf, std::vector<std::string> more = {}) const
    {
        std::vector<std::string> arguments{"--db", db, "report", "village", code, "-o", pdf.string()};
        arguments.insert(arguments.end(), more.begin(), more.end());
        return cli(scratch, arguments);
    }

    // The living residents of a village, in the roster's name order.
    std::vector<Resident> residents(const std::string& village) const
    {
        SQLite::Database connection(db, SQLite::OPEN_READONLY);
        SQLite::Statement query(connection, "SELECT full_name, coalesce(nik, '') FROM person WHERE deleted_at IS NULL "
                                            "AND village_code = ? ORDER BY full_name COLLATE NOCASE, id");
        query.bind(1, village);
        std::vector<Resident> people;
        while (query.executeStep()) {
            people.push_back({query.getColumn(0).getString(), query.getColumn(1).getString()});
        }
        return people;
    }

    // The villages of Sei Balai in code order, and the one with the most residents.
    std::vector<std::string> villagesOf(const std::string& kecamatan) const
    {
        SQLite::Database connection(db, SQLite::OPEN_READONLY);
        SQLite::Statement query(connection, "SELECT code FROM region WHERE parent_code = ? AND retired_in IS NULL "
                                            "ORDER BY code");
        query.bind(1, kecamatan);
        std::vector<std::string> codes;
        while (query.executeStep()) {
            codes.push_back(query.getColumn(0).getString());
        }
        return codes;
    }

    std::string busiestVillage(const std::string& kecamatan) const
    {
        std::string busiest;
        std::size_t most = 0;
        for (const std::string& code : villagesOf(kecamatan)) {
            if (const std::size_t count = residents(code).size(); count > most) {
                most = count;
                busiest = code;
            }
        }
        REQUIRE(most > 1);
        return busiest;
    }
};

std::string masked(const std::string& nik)
{
    std::string text;
    for (int i = 0; i < 12; ++i) {
        text += "\u2022";
    }
    return text + nik.substr(12);
}

std::string pageOf(std::size_t page, std::size_t pages)
{
    return "Page " + std::to_string(page) + " of " + std::to_string(pages);
}

std::string joined(const std::vector<std::string>& pages)
{
    std::string all;
    for (const std::string& page : pages) {
        all += page;
    }
    return all;
}

} // namespace

TEST_CASE("The village roster of one village: its people in name order, NIKs masked, page numbers",
          "[cli][paper][village-roster]")
{
    DemoBatuBara t;
    const std::string village = t.busiestVillage(kSeiBalai);
    const std::vector<Resident> residents = t.residents(village);
    const auto pdf = t.scratch / "daftar-relawan.pdf";

    const auto saved = jsonOf(t.village(village, pdf, {"--language", "en", "--json"}));
    CHECK(saved.at("villages") == 1);
    CHECK(saved.at("people") == residents.size());
    const std::vector<std::string> pages = pagesOfText(pdf);
    CHECK(saved.at("pages") == pages.size());
    CHECK((std::filesystem::status(pdf).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    const std::string text = joined(pages);
    CHECK_THAT(pages.front(), Catch::Contains("Village volunteer roster"));
    CHECK_THAT(pages.front(), Catch::Contains("(" + village + ")"));
    CHECK_THAT(pages.front(), Catch::Contains("Sei Balai (12.19.07)"));
    CHECK_THAT(pages.front(), Catch::Contains("Kabupaten Batu Bara"));
    CHECK_THAT(pages.front(), Catch::Contains("Not in the programme"));
    CHECK_THAT(pages.front(), Catch::Contains("27 November 2024")); // the roles' day
    for (std::size_t page = 0; page < pages.size(); ++page) {
        CHECK_THAT(pages[page], Catch::Contains(pageOf(page + 1, pages.size())));
    }
    std::size_t at = 0;
    for (const Resident& resident : residents) {
        INFO(resident.name);
        const std::size_t found = text.find(resident.name, at);
        REQUIRE(found != std::string::npos);
        at = found + resident.name.size();
        if (!resident.nik.empty()) {
            CHECK_THAT(text, Catch::Contains(masked(resident.nik)));
            CHECK_THAT(text, !Catch::Contains(resident.nik));
        }
    }
    CHECK_THAT(text, Catch::Contains("Village supervisor (PKD)"));

    // The same in Indonesian, by default: the same pages.
    const auto indonesian = t.scratch / "daftar-relawan-id.pdf";
    REQUIRE(t.village(village, indonesian).exitCode == 0);
    const std::vector<std::string> pagesInIndonesian = pagesOfText(indonesian);
    CHECK(pagesInIndonesian.size() == pages.size());
    CHECK_THAT(pagesInIndonesian.front(), Catch::Contains("Halaman 1 dari"));
    CHECK_THAT(pagesInIndonesian.front(), Catch::Contains("Pengawas Kelurahan/Desa (PKD)"));
}

TEST_CASE("The village rosters of a kecamatan: every village from a new page, in code order",
          "[cli][paper][village-roster]")
{
    DemoBatuBara t;
    const std::vector<std::string> villages = t.villagesOf(kSeiBalai);
    REQUIRE(villages.size() > 5);
    const auto pdf = t.scratch / "sei-balai.pdf";
    const auto saved = jsonOf(t.village(kSeiBalai, pdf, {"--language", "en", "--json"}));
    CHECK(saved.at("villages") == villages.size());
    std::size_t people = 0;
    for (const std::string& village : villages) {
        people += t.residents(village).size();
    }
    CHECK(saved.at("people") == people);

    // Each village's first page has its head and "Page 1 of"; the villages follow in code order.
    const std::vector<std::string> pages = pagesOfText(pdf);
    CHECK(saved.at("pages") == pages.size());
    REQUIRE(pages.size() >= villages.size());
    std::vector<std::string> starts;
    for (const std::string& page : pages) {
        if (page.find("Page 1 of") == std::string::npos) {
            continue;
        }
        CHECK_THAT(page, Catch::Contains("Village volunteer roster"));
        const auto village = std::find_if(villages.begin(), villages.end(), [&page](const std::string& code) {
            return page.find("(" + code + ")") != std::string::npos;
        });
        REQUIRE(village != villages.end());
        starts.push_back(*village);
    }
    CHECK(starts == villages);
    CHECK_FALSE(std::regex_search(joined(pages), std::regex("[0-9]{16}")));
}

TEST_CASE("A code that is neither a village nor a kecamatan, or an output over the database, writes nothing",
          "[cli][paper][village-roster]")
{
    DemoBatuBara t;
    const auto pdf = t.scratch / "salah.pdf";

    const Run unknown = t.village("12.19.99", pdf);
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::StartsWith("relawas-cli: CODE: 12.19.99 is not a region"));

    const Run kabupaten = t.village("12.19", pdf);
    CHECK(kabupaten.exitCode == 1);
    CHECK_THAT(kabupaten.err, Catch::Contains("CODE: 12.19 (Kabupaten Batu Bara) is a kabupaten"));
    CHECK_FALSE(std::filesystem::exists(pdf));

    const Run overDatabase = t.village(kSeiBalai, t.db);
    CHECK(overDatabase.exitCode == 1);
    CHECK(std::filesystem::file_size(t.db) > 0);
    CHECK(cli(t.scratch, {"--db", t.db, "regions", "stats", "--json"}).exitCode == 0);
}

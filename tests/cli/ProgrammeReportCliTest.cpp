// `relawas-cli report pdf --scope CODE [--from DATE --to DATE] -o FILE`: the Laporan Pengawasan Partisipatif of Batu
// Bara's demo data, saved by a real process and read back with poppler-utils: the cover, every kecamatan, the
// Rakernis of the period with its attendance and not the training of the year before, Durian's SK; only counts, no
// person's name, NIK or phone. A reversed period or an unknown region writes nothing.
#include "CliJson.h"
#include "CliRun.h"

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

// What pdftotext -raw reads off the file, page by page, each run of white space as one space.
std::vector<std::string> pagesOf(const std::filesystem::path& pdf)
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

std::vector<std::string> column(const std::string& db, const std::string& sql)
{
    SQLite::Database connection(db, SQLite::OPEN_READONLY);
    SQLite::Statement query(connection, sql);
    std::vector<std::string> values;
    while (query.executeStep()) {
        values.push_back(query.getColumn(0).getString());
    }
    return values;
}

// Batu Bara with 300 demo people; the Panwascam invited to the Rakernis of 15 September 2024, 20 of them checked in;
// a Sosialisasi of 2023; Durian designated by SK.
struct ReportedBatuBara
{
    Scratch scratch;
    std::string db = (scratch / "relawas.db").string();
    std::size_t invited = 0;

    ReportedBatuBara()
    {
        REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19", "--election-day", "2024-11-27"}).exitCode ==
                0);
        REQUIRE(cli(scratch, {"--db", db, "demo", "generate", "--people", "300", "--seed", "7"}).exitCode == 0);
        const std::string rakernis = add("rakernis", "Rakernis Kampung Pengawasan Partisipatif", "2024-09-15");
        add("sosialisasi", "Sosialisasi Pilkada 2023", "2023-05-20");
        invited = jsonOf(cli(scratch, {"--db", db, "training", "invite", rakernis, "--role", "anggota-panwascam",
                                       "--under", "12.19", "--json"}))
                      .at("expected");
        const auto niks = column(db, "SELECT p.nik FROM person p JOIN invitation i ON i.person_uuid = p.uuid WHERE "
                                     "i.training_uuid = '" +
                                         rakernis + "' ORDER BY p.nik LIMIT 20");
        for (const std::string& nik : niks) {
            REQUIRE(cli(scratch, {"--db", db, "training", "checkin", rakernis, nik, "--day", "1"}).exitCode == 0);
        }
        SQLite::Database connection(db, SQLite::OPEN_READWRITE);
        connection.exec("INSERT INTO kampung_programme (uuid, village_code, status, sk_number, sk_date, "
                        "assessment_score, vulnerability, mou_end_date, created_at, created_by, updated_at, "
                        "updated_by) VALUES ('0192a3b4-0000-7000-8000-000000000001', '12.19.01.2004', 'designated', "
                        "'045/PM.00.02/K.SU-19/08/2024', '2024-08-12', 81, 'sedang', '2029-08-11', "
                        "'2024-08-12T02:00:00.000Z', 'test', '2024-08-12T02:00:00.000Z', 'test')");
    }

    std::string add(const std::string& kind, const std::string& title, const std::string& day)
    {
        return jsonOf(cli(scratch, {"--db", db, "training", "add", "--kind", kind, "--title", title, "--start", day,
                                    "--venue", "Singapore City Hotel", "--scope", "12.19", "--json"}))
            .at("id");
    }

    Run report(const std::filesystem::path& pdf, std::vector<std::string> more) const
    {
        std::vector<std::string> arguments{"--db", db, "report", "pdf", "-o", pdf.string()};
        arguments.insert(arguments.end(), more.begin(), more.end());
        return cli(scratch, arguments);
    }
};

std::string joined(const std::vector<std::string>& pages)
{
    std::string text;
    for (const std::string& page : pages) {
        text += page + "\n";
    }
    return text;
}

} // namespace

TEST_CASE("The report of Batu Bara for 2024: cover, figures, kecamatan, the trainings of the period, the SK",
          "[cli][paper][programme-report]")
{
    ReportedBatuBara t;
    const auto pdf = t.scratch / "laporan.pdf";
    const auto saved = jsonOf(t.report(
        pdf, {"--scope", "12.19", "--from", "2024-01-01", "--to", "2024-12-31", "--language", "en", "--json"}));
    CHECK(saved.at("scope").at("code") == "12.19");
    CHECK(saved.at("scope").at("name") == "Kabupaten Batu Bara");
    CHECK(saved.at("from") == "2024-01-01");
    CHECK(saved.at("to") == "2024-12-31");
    CHECK(saved.at("parts") == 12);
    CHECK(saved.at("trainings") == 1);
    CHECK(saved.at("programme_villages") == 1);
    REQUIRE(std::filesystem::exists(pdf));
    CHECK((std::filesystem::status(pdf).permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    const std::vector<std::string> pages = pagesOf(pdf);
    CHECK(saved.at("pages") == pages.size());
    REQUIRE(pages.size() >= 3);

    CHECK_THAT(pages.front(), Catch::Contains("Participatory monitoring report"));
    CHECK_THAT(pages.front(), Catch::Contains("Kabupaten Batu Bara"));
    CHECK_THAT(pages.front(), Catch::Contains("1 January – 31 December 2024"));
    CHECK_THAT(pages.front(), Catch::Contains("Bawaslu Kabupaten Batu Bara"));
    for (std::size_t page = 1; page < pages.size(); ++page) {
        CHECK_THAT(pages[page],
                   Catch::Contains("Page " + std::to_string(page + 1) + " of " + std::to_string(pages.size())));
    }
    const std::string text = joined(pages);
    CHECK_THAT(text, Catch::Contains("Villages with a volunteer"));
    for (const std::string& kecamatan :
         column(t.db, "SELECT name FROM region WHERE parent_code = '12.19' AND retired_in IS NULL")) {
        CHECK_THAT(text, Catch::Contains(kecamatan));
    }
    CHECK_THAT(text, Catch::Contains("Rakernis Kampung Pengawasan Partisipatif"));
    CHECK_THAT(text, Catch::Contains("20 / " + std::to_string(t.invited)));
    CHECK_THAT(text, !Catch::Contains("Sosialisasi Pilkada 2023"));
    CHECK_THAT(text, Catch::Contains("045/PM.00.02/K.SU-19/08/2024"));
    CHECK_THAT(text, Catch::Contains("11 August 2029"));

    // Counts only: no one's name, NIK or phone.
    CHECK_FALSE(std::regex_search(text, std::regex("\\d{16}")));
    CHECK_FALSE(std::regex_search(text, std::regex("\\+62|\\b08\\d{2}-?\\d{3}")));
    for (const std::string& name : column(t.db, "SELECT full_name FROM person WHERE deleted_at IS NULL")) {
        INFO(name);
        CHECK(text.find(name) == std::string::npos);
    }

    // Without a period, every training of the region; in Indonesian by default, and said in plain words.
    const auto allTime = t.scratch / "semua.pdf";
    const Run plain = t.report(allTime, {"--scope", "12.19"});
    REQUIRE(plain.exitCode == 0);
    CHECK_THAT(plain.out, Catch::Contains("2 trainings"));
    CHECK_THAT(joined(pagesOf(allTime)), Catch::Contains("Sosialisasi Pilkada 2023"));
}

TEST_CASE("A reversed period, an unknown region or an output over the database writes nothing",
          "[cli][paper][programme-report]")
{
    ReportedBatuBara t;
    const auto pdf = t.scratch / "laporan.pdf";
    const Run reversed = t.report(pdf, {"--scope", "12.19", "--from", "2024-12-31", "--to", "2024-01-01"});
    CHECK(reversed.exitCode == 1);
    CHECK_THAT(reversed.err, Catch::Contains("--from"));
    CHECK_FALSE(std::filesystem::exists(pdf));
    const Run unknown = t.report(pdf, {"--scope", "12.99"});
    CHECK(unknown.exitCode == 1);
    CHECK_THAT(unknown.err, Catch::Contains("--scope"));
    CHECK_FALSE(std::filesystem::exists(pdf));
    const Run badDate = t.report(pdf, {"--scope", "12.19", "--to", "2024-02-30"});
    CHECK(badDate.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(pdf));
    CHECK(t.report(t.db, {"--scope", "12.19"}).exitCode == 1);
    CHECK(std::filesystem::exists(t.db));
}

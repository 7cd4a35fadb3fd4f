// `relawas-cli people import` as a clerk runs it on a village list saved by Excel: a real process, its exit code,
// its stdout and stderr.
#include "CliRun.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <xlsxwriter.h>

namespace fs = std::filesystem;
using nlohmann::json;

using namespace relawas::clitest;

namespace {

void writeBytes(const fs::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// Saved by Excel on an Indonesian laptop as "CSV UTF-8": byte-order mark, semicolons, CRLF, a title row.
const std::string kVillageList = "\xEF\xBB\xBF"
                                 "DAFTAR RELAWAN DESA DURIAN;;;;;;;\r\n"
                                 "No;Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan\r\n"
                                 "1;Muh. Ja\xE2\x80\x99"
                                 "far;1219070101900001;L;01/01/1990;0812-3456-7890;Durian;"
                                 "Sei Balai\r\n"
                                 "2;Siti Aminah;1219074512950002;P;05-12-1995;0812-3456-7890;Durian;Sei Balai\r\n"
                                 ";;;;;;;\r\n"
                                 "3;Rahmat;1219070303910005;L;03/03/1991;;Durian;\r\n"
                                 "4;Budi;1.21907E+15;L;1992-02-02;;Durian;Sei Balai\r\n"
                                 "5;Muhammad Jafar;1219070101900001;L;01/01/1990;;Durian;Sei Balai\r\n";

json statusesByLine(const json& report)
{
    json result = json::object();
    for (const auto& row : report.at("rows")) {
        result[std::to_string(row.at("line").get<int>())] = row.at("status");
    }
    return result;
}

} // namespace

TEST_CASE("A clerk dry-runs a village list, imports it, and gets the refused rows to fix", "[cli][import]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    const std::string file = (scratch / "relawan durian.csv").string();
    writeBytes(file, kVillageList);

    const Run dry = cli(scratch, {"--db", db, "people", "import", file, "--dry-run", "--json"});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.err.empty());
    const json report = json::parse(dry.out);
    CHECK(statusesByLine(report) == json{{"3", "accepted"},
                                         {"4", "warning"},
                                         {"5", "skipped"},
                                         {"6", "refused"},
                                         {"7", "refused"},
                                         {"8", "duplicate"}});
    CHECK(report.at("summary") ==
          json{{"accepted", 1}, {"warning", 1}, {"duplicate", 1}, {"refused", 2}, {"skipped", 1}, {"written", 0}});
    const auto& rows = report.at("rows");
    CHECK(rows[0].at("messages") == json::array());
    CHECK(rows[1].at("messages")[0].get<std::string>().find("line 3") != std::string::npos); // the shared phone
    CHECK(rows[3].at("messages")[0].get<std::string>().find("Desa/Kelurahan \"Durian\"") != std::string::npos);
    CHECK(rows[5].at("messages")[0].get<std::string>().find("line 3") != std::string::npos); // what it duplicates

    // The dry run wrote nothing: a second one finds no duplicates of the first.
    const Run dryAgain = cli(scratch, {"--db", db, "people", "import", file, "--dry-run", "--json"});
    CHECK(json::parse(dryAgain.out).at("summary") == report.at("summary"));

    const std::string refusedFile = (scratch / "ditolak.csv").string();
    const Run real = cli(scratch, {"--db", db, "people", "import", file, "--refused-out", refusedFile});
    REQUIRE(real.exitCode == 0); // completed, even with refused rows
    CHECK(real.out.find("Imported 2 people") != std::string::npos);
    CHECK(real.out.find("2 rows were refused and not imported") != std::string::npos);
    CHECK(real.out.find(refusedFile) != std::string::npos);
    const std::string refused = readAll(refusedFile);
    CHECK(refused.starts_with("\xEF\xBB\xBFNo;Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;"
                              "Kecamatan;Reason refused\r\n"));
    CHECK(refused.find("3;Rahmat;") != std::string::npos);
    CHECK(refused.find("4;Budi;1.21907E+15;") != std::string::npos);

    const Run after = cli(scratch, {"--db", db, "people", "import", file, "--dry-run", "--json"});
    CHECK(json::parse(after.out).at("summary") ==
          json{{"accepted", 0}, {"warning", 0}, {"duplicate", 3}, {"refused", 2}, {"skipped", 1}, {"written", 0}});
}

TEST_CASE("An XLSX workbook imports through the same command, line numbers being sheet rows", "[cli][import]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    const std::string file = (scratch / "relawan.xlsx").string();
    {
        lxw_workbook* book = workbook_new(file.c_str());
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Relawan");
        lxw_format* date = workbook_add_format(book);
        format_set_num_format(date, "dd/mm/yyyy");
        const char* headers[] = {"Nama Lengkap", "NIK", "Tgl Lahir", "Desa/Kelurahan", "Kecamatan"};
        for (lxw_col_t column = 0; column < 5; ++column) {
            worksheet_write_string(sheet, 1, column, headers[column], nullptr);
        }
        worksheet_write_string(sheet, 0, 0, "DAFTAR RELAWAN KECAMATAN SEI BALAI", nullptr);
        worksheet_write_string(sheet, 2, 0, "Siti Aminah", nullptr);
        worksheet_write_string(sheet, 2, 1, "1219074512950002", nullptr); // a text cell: all 16 digits
        lxw_datetime born{1995, 12, 5, 0, 0, 0};
        worksheet_write_datetime(sheet, 2, 2, &born, date);
        worksheet_write_string(sheet, 2, 3, "Durian", nullptr);
        worksheet_write_string(sheet, 2, 4, "Sei Balai", nullptr);
        worksheet_write_string(sheet, 4, 0, "Budi", nullptr);
        worksheet_write_number(sheet, 4, 1, 1219070101900001.0, nullptr); // a number cell: digits may be lost
        worksheet_write_string(sheet, 4, 3, "Durian", nullptr);
        worksheet_write_string(sheet, 4, 4, "Sei Balai", nullptr);
        REQUIRE(workbook_close(book) == LXW_NO_ERROR);
    }
    const Run run = cli(scratch, {"--db", db, "people", "import", file, "--json"});
    REQUIRE(run.exitCode == 0);
    const json report = json::parse(run.out);
    CHECK(statusesByLine(report) == json{{"3", "accepted"}, {"4", "skipped"}, {"5", "refused"}});
    CHECK(report.at("rows")[2].at("messages")[0].get<std::string>().find("NIK") != std::string::npos);
    CHECK(report.at("summary").at("written") == 1);
}

TEST_CASE("What is wrong with the command line or the file ends with exit code 1 and one line", "[cli][import]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);

    SECTION("no --db")
    {
        const Run run = cli(scratch, {"people", "import", (scratch / "x.csv").string()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("--db") != std::string::npos);
    }
    SECTION("no such file")
    {
        const Run run = cli(scratch, {"--db", db, "people", "import", (scratch / "missing.csv").string()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("missing.csv") != std::string::npos);
    }
    SECTION("no header row")
    {
        writeBytes(scratch / "data.csv", "Budi;1219070101900001\r\nSiti;1219074512950002\r\n");
        const Run run = cli(scratch, {"--db", db, "people", "import", (scratch / "data.csv").string(), "--dry-run"});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("no header row") != std::string::npos);
        CHECK(run.out.empty());
    }
    SECTION("an Excel 97-2003 workbook")
    {
        writeBytes(scratch / "old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(64, '\0'));
        const Run run = cli(scratch, {"--db", db, "people", "import", (scratch / "old.xls").string()});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find(".xlsx or CSV") != std::string::npos);
    }
}

TEST_CASE("Everyone imported holds a role: the file's column, else --role (relawan by default), age checked",
          "[cli][import]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19", "--election-day", "2029-02-14"}).exitCode == 0);
    const std::string noRoles = (scratch / "tanpa peran.csv").string();
    writeBytes(noRoles, "Nama;NIK;Desa;Kecamatan\r\n"
                        "Rahmat;1219070303910005;Durian;Sei Balai\r\n"
                        "Nurul;1219074505130002;Durian;Sei Balai\r\n"); // 15 on the election day
    const Run run = cli(scratch, {"--db", db, "people", "import", noRoles, "--json"});
    REQUIRE(run.exitCode == 0);
    const json report = json::parse(run.out);
    CHECK(statusesByLine(report) == json{{"2", "accepted"}, {"3", "refused"}});
    CHECK(report.at("rows")[1].at("messages")[0].get<std::string>().find("17") != std::string::npos);
    const Run relawan = cli(scratch, {"--db", db, "people", "list", "--csv", "--role", "relawan"});
    CHECK(relawan.out.find("Rahmat") != std::string::npos);

    const std::string withRoles = (scratch / "unsur.csv").string();
    writeBytes(withRoles, "Nama;NIK;Desa;Kecamatan;Unsur\r\n"
                          "Siti;1219074512950002;Durian;Sei Balai;PKD\r\n"
                          "Budi;1219070101900001;Durian;Sei Balai;\r\n");
    REQUIRE(cli(scratch, {"--db", db, "people", "import", withRoles, "--role", "ptps"}).exitCode == 0);
    const Run pkd = cli(scratch, {"--db", db, "people", "list", "--csv", "--role", "pkd"});
    CHECK(pkd.out.find("Siti") != std::string::npos);
    CHECK(pkd.out.find("Budi") == std::string::npos);
    const Run ptps = cli(scratch, {"--db", db, "people", "list", "--csv", "--role", "ptps"});
    CHECK(ptps.out.find("Budi") != std::string::npos);
}

TEST_CASE("The refused rows never overwrite the database or the spreadsheet, and a bad output stops before saving",
          "[cli][import]")
{
    Scratch scratch;
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
    const std::string file = (scratch / "relawan.csv").string();
    writeBytes(file, kVillageList);
    const auto people = [&] {
        const Run list = cli(scratch, {"--db", db, "people", "list", "--csv"});
        REQUIRE(list.exitCode == 0);
        return std::count(list.out.begin(), list.out.end(), '\n') - 1; // the header line
    };

    for (const std::string& output : {db, db + "-wal", (scratch / "." / "r.db").string(), file}) {
        INFO(output);
        const Run run = cli(scratch, {"--db", db, "people", "import", file, "--refused-out", output});
        CHECK(run.exitCode == 1);
        CHECK(run.err.find("must not") == std::string::npos); // the CLI speaks its English line
        CHECK(run.err.find("choose another file") != std::string::npos);
        CHECK(people() == 0); // nothing imported, and the database still opens
    }
    CHECK(readAll(file) == kVillageList);

    const Run unwritable =
        cli(scratch, {"--db", db, "people", "import", file, "--refused-out", (scratch / "no" / "x.csv").string()});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.find("cannot be written") != std::string::npos);
    CHECK(people() == 0); // said before the people were saved, not after

    const std::string refused = (scratch / "ditolak.csv").string();
    REQUIRE(cli(scratch, {"--db", db, "people", "import", file, "--refused-out", refused}).exitCode == 0);
    CHECK(people() == 2);
    CHECK((fs::status(refused).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("Two imports started together on one database both complete: the second waits its turn", "[cli][import]")
{
    Scratch scratch;
    Scratch other; // the second process's own stdout and stderr
    const std::string db = (scratch / "r.db").string();
    REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19", "--election-day", "2029-02-14"}).exitCode == 0);
    // Two kecamatan clerks' files, big enough that the two imports overlap: people of Durian (Sei Balai), their NIKs
    // agreeing with their birth dates, a birth year per file so that nobody is the other file's duplicate.
    const auto write = [&scratch](const std::string& name, int year) {
        std::string text = "Nama;NIK;Jenis Kelamin;Tgl Lahir;Desa;Kecamatan\r\n";
        static const char* given[] = {"Andi", "Budi", "Citra", "Dedi", "Eka", "Fitri", "Gilang", "Hana", "Indra"};
        static const char* family[] = {"Lubis", "Siregar", "Harahap", "Nasution", "Hasibuan", "Sitorus", "Tanjung"};
        for (int i = 0; i < 1000; ++i) { // names repeat every 126 rows, birth dates every 336: no pair alike
            const int day = 1 + i % 28;
            const int month = 1 + (i / 28) % 12;
            char line[160];
            std::snprintf(line, sizeof line, "%s %s %s;121907%02d%02d%02d%04d;L;%02d/%02d/%d;Durian;Sei Balai\r\n",
                          given[i % 9], family[(i / 9) % 7], i % 2 ? "Putra" : "Jaya", day, month, year % 100, i + 1,
                          day, month, year);
            text += line;
        }
        const std::string file = (scratch / name).string();
        writeBytes(file, text);
        return file;
    };
    const std::string first = write("sei-balai-1.csv", 1971);
    const std::string second = write("sei-balai-2.csv", 1972);

    Run runs[2];
    std::thread a([&] { runs[0] = cli(scratch, {"--db", db, "people", "import", first}); });
    std::thread b([&] { runs[1] = cli(other, {"--db", db, "people", "import", second}); });
    a.join();
    b.join();
    for (const Run& run : runs) {
        CHECK(run.exitCode == 0);
        CHECK(run.err.find("locked") == std::string::npos);
        CHECK(run.out.find("Imported 1000 people") != std::string::npos);
    }
    const Run list = cli(scratch, {"--db", db, "people", "list", "--csv"});
    CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 1 + 2000);
}

// The spreadsheet import as a Panwascam clerk meets it: files as Excel on an Indonesian laptop writes them, with
// every kind of mess the brief names, against the real region list of Batu Bara.
#include "core/import/PeopleImport.h"

#include "ErrorCodeOf.h"
#include "ImportTestSupport.h"
#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "import/sheet/TestWorkbook.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;
using namespace std::chrono;

namespace {

// A database with the real region list, Batu Bara as the working kabupaten, and one volunteer already registered.
class Registry
{
public:
    Registry()
    {
        copyRealRegionDatabase(m_dir / "relawas.db");
        m_db = std::make_unique<Database>(m_dir / "relawas.db");
        SettingsStore(*m_db).setWorkingKabupaten("12.19");
        Person ahmad;
        ahmad.nik = "1219071505850003";
        ahmad.fullName = "Ahmad Fauzi";
        ahmad.gender = Gender::Male;
        ahmad.birthDate = 1985y / May / 15d;
        ahmad.villageCode = "12.19.07.2004"; // Durian, Sei Balai
        ahmad.phone = "+628116000111";
        m_ahmad = TestPeople(*m_db).save(ahmad, "clerk");
    }

    Database& db() { return *m_db; }
    const TempDir& dir() const { return m_dir; }
    const Person& ahmad() const { return m_ahmad; }

    ImportOptions options() const
    {
        ImportOptions options;
        options.actor = "clerk";
        options.today = 2025y / January / 1d;
        options.referenceDate = 2024y / November / 27d; // the 2024 Pilkada
        return options;
    }

private:
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
    Person m_ahmad;
};

// A village list as it comes out of Excel in an Indonesian locale: UTF-8 with a byte-order mark ("CSV UTF-8"),
// semicolons, CRLF, a title row above the header, blank lines, and a mistake of every kind on its own line.
const std::vector<std::string> kVillageList = {
    "DAFTAR RELAWAN DESA DURIAN;;;;;;;;;",                                                                  // 1
    ";;;;;;;;;",                                                                                            // 2
    "No;Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan;Peran;Kelompok Sasaran", // 3
    "1;Muh. Ja\xE2\x80\x99"
    "far;1219070101900001;L;01/01/1990;0812-3456-7890;Durian;Sei Balai;Relawan;Pemuda",               // 4
    "2;Siti Aminah;'1219074512950002;P;05-12-1995;0812 3456 7890;DURIAN;sei balai;Relawan;Perempuan", // 5
    ";;;;;;;;;",                                                                                      // 6
    "3;Budi Santoso;1.21907E+15;L;1992-02-02;0813-1111-2222;Durian;Sei Balai;Relawan;",               // 7
    "4;Rahmat;1219070303910005;L;03/03/1991;;Durian;;Relawan;",                                       // 8
    "5;Nurul Hidayah;1219074404930006;P;04/04/1993;;Durian;Tanjung Tiram;Relawan;",                   // 9
    "6;Dedi;1219070505890007;L;05/05/1989;;Antah Berantah;Sei Balai;Relawan;",                        // 10
    "7;Muhammad Jafar;1219070101900001;L;01/01/1990;;Durian;Sei Balai;Relawan;",                      // 11
    "8;Ahmad Fauzi;1219071505850003;L;15/05/1985;;Durian;Sei Balai;Relawan;",                         // 12
    "9;Lina;1219074702880008;P;31/02/1990;;Durian;Sei Balai;Relawan;",                                // 13
    "10;Hendra;1219 0615 0688 0004;L;1988-06-15;0812-9999-0000;Tanjung Tiram;Tanjung Tiram;PKD;",     // 14
    "11;Yusuf;1219070707870009;L;07/07/1987;+62 811-6000-111;Sei Balai;Sei Balai;Relawan;",           // 15
    "12;Rizky;1219070101050010;L;01/01/2005;;Durian;Sei Balai;PKD;",                                  // 16
    ";;;;;;;;;",                                                                                      // 17
};

using Codes = std::vector<std::string>;

std::string replaceAll(std::string text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

} // namespace

TEST_CASE("A village list from Excel: every row is reported with its line, status and reasons", "[import]")
{
    Registry registry;
    const auto file = registry.dir() / "relawan-durian.csv";
    writeBytes(file, "\xEF\xBB\xBF" + crlf(kVillageList));

    PeopleImport importer(registry.db(), file, registry.options());
    CHECK(importer.spreadsheet().format == SpreadsheetFormat::Delimited);
    CHECK(importer.spreadsheet().encoding == TextEncoding::Utf8);
    CHECK(importer.spreadsheet().delimiter == ';');
    const ColumnMapping mapping = importer.mappingOrThrow();
    CHECK(mapping.headerLine == 3);
    CHECK(mapping.fields[0] == std::nullopt); // "No"
    CHECK(mapping.fields[1] == ImportField::FullName);

    const std::string before = contentDump(registry.db());
    const ImportReport report = importer.dryRun(mapping);
    CHECK(contentDump(registry.db()) == before); // a dry run writes nothing

    REQUIRE(report.rows.size() == 13); // lines 4 to 16; the blank line 17 at the end is no row
    CHECK(report.rows.front().line == 4);
    CHECK(report.rows.back().line == 16);

    CHECK(rowAt(report, 4).status == RowStatus::Accepted);
    CHECK(rowAt(report, 4).messages.empty());

    SECTION("a leading apostrophe is Excel's text marker; a phone shared with line 4 is a warning only")
    {
        const auto& row = rowAt(report, 5);
        CHECK(row.status == RowStatus::Warning);
        CHECK(codesOf(row) == Codes{"import.shared_phone_in_file"});
        CHECK_THAT(row.messages[0].message, Catch::Contains("line 4"));
    }
    SECTION("a blank line in the middle is skipped and still reported")
    {
        CHECK(rowAt(report, 6).status == RowStatus::Skipped);
    }
    SECTION("a NIK Excel turned into 1.21907E+15 is refused, never repaired")
    {
        const auto& row = rowAt(report, 7);
        CHECK(row.status == RowStatus::Refused);
        CHECK(codesOf(row) == Codes{"nik.spreadsheet_number"});
        CHECK(row.messages[0].column == "NIK");
        CHECK(row.messages[0].value == "1.21907E+15");
        CHECK_THAT(row.messages[0].message, Catch::StartsWith("line 7, NIK \"1.21907E+15\": "));
    }
    SECTION("Durian without its kecamatan is ambiguous: both candidates are named, none is chosen")
    {
        const auto& row = rowAt(report, 8);
        CHECK(row.status == RowStatus::Refused);
        CHECK(codesOf(row) == Codes{"import.kecamatan_missing"});
        CHECK(row.messages[0].column == "Desa/Kelurahan");
        CHECK_THAT(row.messages[0].message, Catch::Contains("line 8") && Catch::Contains("\"Durian\"") &&
                                                Catch::Contains("Medang Deras") && Catch::Contains("Sei Balai"));
    }
    SECTION("Durian in the wrong kecamatan is unknown there, with a hint where it is")
    {
        const auto& row = rowAt(report, 9);
        CHECK(row.status == RowStatus::Refused);
        CHECK(codesOf(row) == Codes{"import.unknown_village"});
        CHECK(row.messages[0].args == Codes{"Durian", "Tanjung Tiram", "", "Medang Deras, Sei Balai"});
        CHECK_THAT(row.messages[0].message,
                   Catch::Contains("Kecamatan Tanjung Tiram") && Catch::Contains("Kecamatan Medang Deras"));
    }
    SECTION("a village that does not exist")
    {
        CHECK(codesOf(rowAt(report, 10)) == Codes{"import.unknown_village"});
        CHECK(rowAt(report, 10).status == RowStatus::Refused);
    }
    SECTION("the same NIK as an earlier line is a duplicate naming that line")
    {
        const auto& row = rowAt(report, 11);
        CHECK(row.status == RowStatus::Duplicate);
        CHECK(row.duplicateOfLine == 4);
        CHECK(codesOf(row) == Codes{"import.duplicate_in_file"});
        CHECK_THAT(row.messages[0].message, Catch::Contains("line 4"));
    }
    SECTION("a NIK already registered is a duplicate naming the record")
    {
        const auto& row = rowAt(report, 12);
        CHECK(row.status == RowStatus::Duplicate);
        CHECK(row.duplicateOfUuid == registry.ahmad().meta.uuid);
        CHECK(codesOf(row) == Codes{"import.duplicate_nik"});
        CHECK_THAT(row.messages[0].message,
                   Catch::Contains("Ahmad Fauzi") && Catch::Contains(registry.ahmad().meta.uuid));
    }
    SECTION("an impossible date")
    {
        const auto& row = rowAt(report, 13);
        CHECK(row.status == RowStatus::Refused);
        CHECK(codesOf(row) == Codes{"import.bad_date"});
        CHECK(row.messages[0].column == "Tgl Lahir");
    }
    SECTION("Tanjung Tiram the kelurahan, in Tanjung Tiram the kecamatan; a NIK typed with spaces")
    {
        CHECK(rowAt(report, 14).status == RowStatus::Accepted);
    }
    SECTION("a phone already registered for someone else is a warning naming them")
    {
        const auto& row = rowAt(report, 15);
        CHECK(row.status == RowStatus::Warning);
        CHECK(codesOf(row) == Codes{"import.shared_phone"});
        CHECK_THAT(row.messages[0].message, Catch::Contains("Ahmad Fauzi"));
    }
    SECTION("a PKD must be 21 on the election day")
    {
        CHECK(rowAt(report, 16).status == RowStatus::Refused);
        CHECK(codesOf(rowAt(report, 16)) == Codes{"eligibility.too_young"});
    }
    SECTION("the tally")
    {
        CHECK(report.dryRun);
        CHECK(report.summary == ImportSummary{2, 2, 2, 6, 1, 0});
        const auto json = importReportToJson(report);
        CHECK(json["summary"].dump() ==
              R"({"accepted":2,"warning":2,"duplicate":2,"refused":6,"skipped":1,"written":0})");
        CHECK(json["rows"][0].dump() == R"({"line":4,"status":"accepted","messages":[]})");
    }
}

TEST_CASE("The real run writes exactly the accepted and warned rows, in one transaction", "[import]")
{
    Registry registry;
    const auto file = registry.dir() / "relawan-durian.csv";
    writeBytes(file, "\xEF\xBB\xBF" + crlf(kVillageList));
    TestPeople persons(registry.db());
    PeopleImport importer(registry.db(), file, registry.options());
    const auto mapping = importer.mappingOrThrow();
    const auto dry = importer.dryRun(mapping);

    SECTION("written: the rows of lines 4, 5, 14 and 15, with their roles and what the NIK says")
    {
        const auto report = importer.run(mapping);
        CHECK_FALSE(report.dryRun);
        CHECK(report.summary.written == 4);
        CHECK(persons.countLiving() == 1 + 4);
        for (std::size_t i = 0; i < report.rows.size(); ++i) {
            CHECK(report.rows[i].status == dry.rows[i].status); // the dry run said what would happen
            const bool stored = !report.rows[i].personUuid.empty();
            CHECK(stored ==
                  (report.rows[i].status == RowStatus::Accepted || report.rows[i].status == RowStatus::Warning));
        }

        const auto jafar = persons.findByNik("1219070101900001");
        REQUIRE(jafar);
        CHECK(jafar->fullName == "Muh. Ja\xE2\x80\x99"
                                 "far");
        CHECK(jafar->villageCode == "12.19.07.2004");
        CHECK(jafar->phone == "+6281234567890");
        CHECK(jafar->targetGroups == std::set<TargetGroup>{TargetGroup::Pemuda});
        CHECK(jafar->meta.createdBy == "clerk");

        const auto hendra = persons.findByNik("1219061506880004");
        REQUIRE(hendra);
        CHECK(hendra->villageCode == "12.19.06.1001"); // the kelurahan, not the kecamatan
        CHECK(hendra->birthDate == Date{1988y / June / 15d});
        const auto roles = TestRoles(registry.db()).rolesOf(hendra->meta.uuid);
        REQUIRE(roles.size() == 1);
        CHECK(roles[0].kind == RoleKind::Pkd);
        CHECK(roles[0].scopeCode == "12.19.06.1001");

        CHECK(persons.findByNik("1219074512950002")->phone == "+6281234567890"); // the family's phone, shared

        SECTION("importing the same file again adds nothing: every row is a duplicate now or refused as before")
        {
            const auto again = importer.run(mapping);
            CHECK(again.summary.written == 0);
            CHECK(again.summary.duplicate == 2 + 4);
            CHECK(persons.countLiving() == 5);
        }
    }
    SECTION("cancelled on the last row, after four people were written: nothing stays")
    {
        const std::string before = contentDump(registry.db());
        std::size_t steps = 0;
        long long livingWhenCancelled = 0;
        Progress progress;
        progress.cancelled = [&] {
            if (++steps < 16) {
                return false;
            }
            livingWhenCancelled = persons.countLiving();
            return true;
        };
        CHECK(errorCodeOf([&] { importer.run(mapping, progress); }) == "operation.cancelled");
        CHECK(livingWhenCancelled == 1 + 4);
        CHECK(contentDump(registry.db()) == before);
    }
    SECTION("progress is reported in bytes of the file, up to its size")
    {
        std::vector<std::pair<std::size_t, std::size_t>> steps;
        Progress progress;
        progress.report = [&steps](std::size_t done, std::size_t total) { steps.emplace_back(done, total); };
        importer.dryRun(mapping, progress);
        REQUIRE_FALSE(steps.empty());
        CHECK(steps.back().first == std::filesystem::file_size(file));
        CHECK(steps.back().second == std::filesystem::file_size(file));
    }
}

TEST_CASE("The refused rows come back as a CSV that imports once fixed", "[import]")
{
    Registry registry;
    const auto file = registry.dir() / "relawan-durian.csv";
    writeBytes(file, "\xEF\xBB\xBF" + crlf(kVillageList));
    PeopleImport importer(registry.db(), file, registry.options());
    const auto report = importer.run(importer.mappingOrThrow());
    const std::string refused = report.refusedCsv;

    REQUIRE(refused.starts_with("\xEF\xBB\xBF"
                                "No;Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan;Peran;"
                                "Kelompok Sasaran;Reason refused\r\n"));
    CHECK(std::count(refused.begin(), refused.end(), '\n') == 1 + 6);
    // NIKs and phones are written so that Excel keeps their digits.
    CHECK_THAT(refused,
               Catch::Contains("4;Rahmat;\"=\"\"1219070303910005\"\"\";L;03/03/1991;;Durian;;Relawan;;\"line 8"));
    CHECK_THAT(refused, Catch::Contains("3;Budi Santoso;1.21907E+15;"));

    // The clerk fixes each row in Excel and saves it again.
    std::string fixed = refused;
    fixed = replaceAll(fixed, "1.21907E+15", "1219070202920011");
    fixed = replaceAll(fixed, "Durian;;Relawan", "Durian;Medang Deras;Relawan");
    fixed = replaceAll(fixed, "Durian;Tanjung Tiram", "Durian;Sei Balai");
    fixed = replaceAll(fixed, "Antah Berantah", "Perjuangan");
    fixed = replaceAll(fixed, "31/02/1990", "07/02/1988");
    fixed = replaceAll(fixed, ";PKD;", ";Relawan;");
    writeBytes(registry.dir() / "perbaikan.csv", fixed);

    PeopleImport second(registry.db(), registry.dir() / "perbaikan.csv", registry.options());
    const auto mapping = second.mappingOrThrow();
    CHECK(mapping.headerLine == 1);
    CHECK_FALSE(mapping.columnOf(ImportField::Notes)); // the reasons are not imported
    const auto again = second.run(mapping);
    for (const auto& row : again.rows) {
        CAPTURE(row.line, codesOf(row));
        CHECK((row.status == RowStatus::Accepted || row.status == RowStatus::Warning));
    }
    CHECK(again.summary.written == 6);
    CHECK(again.refusedCsv.empty());
    CHECK(TestPeople(registry.db()).findByNik("1219070303910005")->villageCode == "12.19.01.2004");

    SECTION("a row refused twice carries only this round's reasons")
    {
        writeBytes(registry.dir() / "lagi.csv", refused);
        PeopleImport third(registry.db(), registry.dir() / "lagi.csv", registry.options());
        const auto thirdReport = third.dryRun(third.mappingOrThrow());
        CHECK(thirdReport.refusedCsv.find("Reason refused;Reason refused") == std::string::npos);
        CHECK(thirdReport.refusedCsv.find(";Kelompok Sasaran;Reason refused\r\n") != std::string::npos);
    }
}

TEST_CASE("Other encodings and delimiters read the same", "[import]")
{
    Registry registry;
    SECTION("Windows-1252 (\"CSV (Comma delimited)\" from an Indonesian Windows) with the 0x92 apostrophe")
    {
        writeBytes(registry.dir() / "ansi.csv",
                   crlf({"Nama Lengkap;NIK;Desa/Kelurahan;Kecamatan", "Muh. Ja\x92"
                                                                      "far;1219070101900001;Durian;Sei Balai"}));
        PeopleImport importer(registry.db(), registry.dir() / "ansi.csv", registry.options());
        CHECK(importer.spreadsheet().encoding == TextEncoding::Windows1252);
        const auto report = importer.run(importer.mappingOrThrow());
        CHECK(report.summary.written == 1);
        CHECK(TestPeople(registry.db()).findByNik("1219070101900001")->fullName == "Muh. Ja\xE2\x80\x99"
                                                                                   "far");
    }
    SECTION("UTF-16 with tabs, as Excel saves \"Unicode Text\"")
    {
        const std::string text = "Nama Lengkap\tNIK\tDesa/Kelurahan\tKecamatan\r\n"
                                 "Muh. Ja\xE2\x80\x99"
                                 "far\t1219070101900001\tDurian\tSei Balai\r\n";
        std::string utf16("\xFF\xFE", 2);
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            if (byte == 0xE2) { // U+2019, the one character beyond ASCII here
                utf16 += std::string("\x19\x20", 2);
                i += 2;
            } else {
                utf16 += std::string{text[i], '\0'};
            }
        }
        writeBytes(registry.dir() / "unicode.txt", utf16);
        PeopleImport importer(registry.db(), registry.dir() / "unicode.txt", registry.options());
        CHECK(importer.spreadsheet().encoding == TextEncoding::Utf16Le);
        CHECK(importer.spreadsheet().delimiter == '\t');
        CHECK(importer.run(importer.mappingOrThrow()).summary.written == 1);
        CHECK(TestPeople(registry.db()).findByNik("1219070101900001")->fullName == "Muh. Ja\xE2\x80\x99"
                                                                                   "far");
    }
    SECTION("tab-delimited with LF line ends, no byte-order mark, English headers and a combined RT/RW")
    {
        writeBytes(
            registry.dir() / "tab.txt",
            "Full name\tNIK\tGender\tBirth date\tPhone\tVillage\tKecamatan\tRT/RW\tRole\n"
            "Siti Aminah\t1219074512950002\tPerempuan\t1995-12-05\t6281234567890\tSuka Ramai\tSei Balai\t003/002\t"
            "Anggota Panwascam\n"
            "\n"
            "Pak Narasumber\t\t\t\t\t\t\t\tNarasumber\n");
        PeopleImport importer(registry.db(), registry.dir() / "tab.txt", registry.options());
        CHECK(importer.spreadsheet().delimiter == '\t');
        const auto report = importer.dryRun(importer.mappingOrThrow());
        REQUIRE(report.rows.size() == 3);
        CHECK(report.rows[0].status == RowStatus::Accepted);
        CHECK(report.rows[1].status == RowStatus::Skipped);
        CHECK(report.rows[1].line == 3);
        // A speaker needs no NIK, but every person needs a village, as in the form.
        CHECK(codesOf(report.rows[2]) == Codes{"person.village_required"});
        CHECK(importer.run(importer.mappingOrThrow()).summary.written == 1);
        const auto siti = TestPeople(registry.db()).findByNik("1219074512950002");
        REQUIRE(siti);
        CHECK(siti->rt == "003");
        CHECK(siti->rw == "002");
        const auto roles = TestRoles(registry.db()).rolesOf(siti->meta.uuid);
        REQUIRE(roles.size() == 1);
        CHECK(roles[0].kind == RoleKind::AnggotaPanwascam);
        CHECK(roles[0].scopeCode == "12.19.07");
    }
}

TEST_CASE("An XLSX workbook: sheet rows are the lines, date cells are dates, a number cell NIK is refused",
          "[import][xlsx]")
{
    Registry registry;
    const auto file = registry.dir() / "relawan.xlsx";
    {
        TestWorkbook book(file);
        book.row(0, {"DAFTAR RELAWAN KECAMATAN SEI BALAI"});
        book.row(1, {"Nama Lengkap", "NIK", "JK", "Tanggal Lahir", "No. HP", "Desa", "Kecamatan", "Jabatan", "RT"});
        book.row(2, {"Siti Aminah", "1219074512950002", "P", "", "", "Durian", "Sei Balai", "Relawan"});
        book.date(2, 3, 1995, 12, 5, "dd/mm/yyyy"); // a date typed into a date-formatted cell
        book.number(2, 4, 81234567890);             // Excel dropped the phone's leading 0
        book.number(2, 8, 3);
        book.row(3, {"Budi", "", "L", "", "", "Durian", "Sei Balai", "Relawan"});
        book.number(3, 1, 1219070101900001); // the NIK typed without an apostrophe: a number
        // sheet row 5 left empty
        book.row(5, {"Hendra", "1219061506880004", "L", "", "", "Tanjung Tiram", "Tanjung Tiram", "PKD"});
        book.date(5, 3, 1988, 6, 15); // built-in date format 14
        book.row(6, {"Lina", "1219074702880008", "P", "", "", "Durian", "Sei Balai", "Relawan"});
        book.date(6, 3, 1988, 2, 8); // one day off what the NIK says
    }
    PeopleImport importer(registry.db(), file, registry.options());
    CHECK(importer.spreadsheet().format == SpreadsheetFormat::Xlsx);
    CHECK(importer.spreadsheet().sheetName == "Relawan");
    const auto mapping = importer.mappingOrThrow();
    CHECK(mapping.headerLine == 2);

    const auto report = importer.run(mapping);
    REQUIRE(report.rows.size() == 5);
    CHECK(rowAt(report, 3).status == RowStatus::Accepted);
    CHECK(rowAt(report, 4).status == RowStatus::Refused);
    CHECK(codesOf(rowAt(report, 4)) == Codes{"nik.spreadsheet_number"});
    CHECK_THAT(rowAt(report, 4).messages[0].message, Catch::StartsWith("line 4, NIK \"1219070101900001\": "));
    CHECK(rowAt(report, 5).status == RowStatus::Skipped);
    CHECK(rowAt(report, 6).status == RowStatus::Accepted);
    CHECK(rowAt(report, 7).status == RowStatus::Warning);
    CHECK(codesOf(rowAt(report, 7)) == Codes{"nik.birth_date_differs"});
    CHECK(report.summary.written == 3);

    TestPeople persons(registry.db());
    const auto siti = persons.findByNik("1219074512950002");
    REQUIRE(siti);
    CHECK(siti->birthDate == Date{1995y / December / 5d});
    CHECK(siti->phone == "+6281234567890");
    CHECK(siti->rt == "3");
    CHECK(persons.findByNik("1219061506880004")->birthDate == Date{1988y / June / 15d});
    CHECK(persons.findByNik("1219074702880008")->birthDate == Date{1988y / February / 8d}); // as typed, with a warning
    // The refused row, for Excel (semicolons), with the NIK as text so that it can be corrected to its 16 digits.
    CHECK_THAT(report.refusedCsv, Catch::Contains("Budi;\"=\"\"1219070101900001\"\"\";L;;;Durian;Sei Balai;Relawan;"));
}

TEST_CASE("What stops an import before any row is said once, with a code", "[import]")
{
    Registry registry;
    SECTION("no header among the first lines")
    {
        writeBytes(registry.dir() / "x.csv", crlf({"Budi;1219070101900001", "Siti;1219074512950002"}));
        PeopleImport importer(registry.db(), registry.dir() / "x.csv", registry.options());
        CHECK_FALSE(importer.detectedMapping());
        CHECK(errorCodeOf([&] { importer.mappingOrThrow(); }) == "import.no_header");
    }
    SECTION("a mapping without the full name")
    {
        writeBytes(registry.dir() / "y.csv", crlf({"Nama;NIK", "Budi;1219070101900001"}));
        PeopleImport importer(registry.db(), registry.dir() / "y.csv", registry.options());
        auto mapping = importer.mappingOrThrow();
        mapping.fields[0] = std::nullopt;
        CHECK(errorCodeOf([&] { importer.dryRun(mapping); }) == "import.bad_mapping");
    }
    SECTION("a database without a working kabupaten")
    {
        TempDir dir;
        copyRealRegionDatabase(dir / "fresh.db");
        Database fresh(dir / "fresh.db");
        writeBytes(dir / "z.csv", crlf({"Nama;NIK", "Budi;1219070101900001"}));
        PeopleImport importer(fresh, dir / "z.csv", registry.options());
        CHECK(errorCodeOf([&] { importer.dryRun(importer.mappingOrThrow()); }) == "import.no_working_kabupaten");
    }
    SECTION("a quote never closed: the row is refused, the rest is reported as it was")
    {
        writeBytes(registry.dir() / "q.csv",
                   crlf({"Nama;NIK;Desa;Kecamatan", "Budi;1219070101900001;Durian;Sei Balai", "\"Siti;1;Durian;"}));
        PeopleImport importer(registry.db(), registry.dir() / "q.csv", registry.options());
        const auto report = importer.dryRun(importer.mappingOrThrow());
        REQUIRE(report.rows.size() == 2);
        CHECK(report.rows[0].status == RowStatus::Accepted);
        CHECK(report.rows[1].status == RowStatus::Refused);
        CHECK(codesOf(report.rows[1]) == Codes{"csv.unterminated_quote"});
    }
    SECTION("the wizard picks another header line and edits a column")
    {
        writeBytes(registry.dir() / "w.csv",
                   crlf({"Nama;No. Induk;Desa;Kecamatan", "Budi;1219070101900001;Durian;Sei Balai"}));
        PeopleImport importer(registry.db(), registry.dir() / "w.csv", registry.options());
        auto mapping = importer.mappingForHeaderLine(1);
        CHECK(mapping.fields[1] == std::nullopt);
        mapping.fields[1] = ImportField::Nik;
        const auto report = importer.dryRun(mapping);
        CHECK(report.summary.accepted == 1);
    }
}

TEST_CASE("A kecamatan's file may leave the kecamatan to the import's options", "[import]")
{
    Registry registry;
    writeBytes(registry.dir() / "k.csv", crlf({"Nama;NIK;Desa", "Budi;1219070101900001;Durian"}));
    auto options = registry.options();
    options.defaultKecamatanCode = "12.19.01";
    options.defaultRole = RoleKind::Relawan;
    PeopleImport importer(registry.db(), registry.dir() / "k.csv", options);
    const auto report = importer.run(importer.mappingOrThrow());
    REQUIRE(report.summary.written == 1);
    const auto budi = TestPeople(registry.db()).findByNik("1219070101900001");
    CHECK(budi->villageCode == "12.19.01.2004"); // Durian of Medang Deras
    CHECK(TestRoles(registry.db()).rolesOf(budi->meta.uuid).at(0).kind == RoleKind::Relawan);
}

TEST_CASE("A village spelled a little differently is suggested from its own kecamatan first", "[import]")
{
    Registry registry;
    // Sei Balai and Air Putih both have a Suka Ramai; the row's kecamatan decides which one is suggested.
    writeBytes(registry.dir() / "s.csv", crlf({"Nama;NIK;Desa;Kecamatan", "Rina;1219074404930006;Sukarame;Sei Balai",
                                               "Dedi;1219070505890007;Sukaramai Baru;Sei Balai"}));
    PeopleImport importer(registry.db(), registry.dir() / "s.csv", registry.options());
    const auto report = importer.dryRun(importer.mappingOrThrow());
    const auto& rina = rowAt(report, 2);
    CHECK(rina.status == RowStatus::Refused);
    REQUIRE(codesOf(rina) == Codes{"import.unknown_village"});
    CHECK(rina.messages[0].args == Codes{"Sukarame", "Sei Balai", "Suka Ramai", ""});
    CHECK_THAT(rina.messages[0].message, Catch::Contains("did you mean Suka Ramai?"));
    // Too far from any name of the kecamatan: no suggestion, never a guess.
    CHECK(rowAt(report, 3).messages.at(0).args.at(2).empty());
}

TEST_CASE("A village of another kecamatan than the NIK's is imported with a warning naming both", "[import]")
{
    Registry registry;
    writeBytes(registry.dir() / "w.csv",
               crlf({"Nama;NIK;Desa;Kecamatan", "Rina;1219074404930006;Sidomulyo;Medang Deras"}));
    PeopleImport importer(registry.db(), registry.dir() / "w.csv", registry.options());
    const auto report = importer.dryRun(importer.mappingOrThrow());
    const auto& rina = rowAt(report, 2);
    CHECK(rina.status == RowStatus::Warning);
    REQUIRE(codesOf(rina) == Codes{"village.not_nik_kecamatan"});
    CHECK(rina.messages[0].args == Codes{"Medang Deras", "Sei Balai"});
}

TEST_CASE("Where the table ends: running numbers alone and the signature block are skipped, with why", "[import]")
{
    Registry registry;
    writeBytes(registry.dir() / "ttd.csv", crlf({
                                               "No;Nama;NIK;Desa;Kecamatan;Peran",                   // 1
                                               "1;Rahmat;1219070303910005;Durian;Sei Balai;Relawan", // 2
                                               "2;;;;;",                                             // 3
                                               "3;Siti;1219074512950002;Durian;Sei Balai;Relawan",   // 4
                                               "4;;;;;",                                             // 5
                                               ";;;;;",                                              // 6
                                               ";Sei Balai, 3 Desember 2026;;;;",                    // 7
                                               ";;;;;Ketua Panwascam",                               // 8
                                               ";;;;;",                                              // 9
                                               ";AHMAD FAUZI, S.Pd;;;;",                             // 10
                                           }));
    PeopleImport importer(registry.db(), registry.dir() / "ttd.csv", registry.options());
    const auto report = importer.run(importer.mappingOrThrow());
    CHECK(report.summary.written == 2);
    CHECK(report.summary.refused == 0);
    CHECK(codesOf(rowAt(report, 3)) == Codes{"import.nothing_taken"});
    CHECK(rowAt(report, 3).status == RowStatus::Skipped);
    CHECK(codesOf(rowAt(report, 5)) == Codes{"import.nothing_taken"});
    for (const std::size_t line : {7, 8, 10}) {
        CHECK(rowAt(report, line).status == RowStatus::Skipped);
        CHECK(codesOf(rowAt(report, line)) == Codes{"import.below_table"});
    }
    CHECK(report.refusedCsv.find("Ketua") == std::string::npos);

    SECTION("a name alone between people is still a person missing data, refused with the reasons")
    {
        writeBytes(registry.dir() / "mid.csv",
                   crlf({"Nama;NIK;Desa;Kecamatan", "Budi;;;", "Dedi;1219070505890007;Durian;Sei Balai"}));
        PeopleImport mid(registry.db(), registry.dir() / "mid.csv", registry.options());
        const auto checked = mid.dryRun(mid.mappingOrThrow());
        CHECK(rowAt(checked, 2).status == RowStatus::Refused);
    }
}

TEST_CASE("A person too young for the role the whole file was given is refused, the message about the row", "[import]")
{
    Registry registry;
    writeBytes(registry.dir() / "y.csv",
               crlf({"Nama;NIK;Tgl Lahir;Desa;Kecamatan", "Rina;1219075507100003;15/07/2010;Durian;Sei Balai"}));
    auto options = registry.options();
    options.defaultRole = RoleKind::Relawan;
    PeopleImport importer(registry.db(), registry.dir() / "y.csv", options);
    const auto report = importer.dryRun(importer.mappingOrThrow());
    const auto& rina = rowAt(report, 2);
    CHECK(rina.status == RowStatus::Refused);
    REQUIRE(rina.messages.size() == 1);
    // No column of the file holds the role: the message names none, and no empty value.
    CHECK(rina.messages[0].column.empty());
    CHECK(rina.messages[0].value.empty());
    CHECK_THAT(rina.messages[0].message, Catch::StartsWith("line 2, role: "));
}

TEST_CASE("A name that is a spreadsheet formula is refused, and goes back to the clerk as text", "[import]")
{
    Registry registry;
    writeBytes(registry.dir() / "f.csv",
               crlf({"Nama;NIK;Desa;Kecamatan", "=HYPERLINK(\"http://x\",\"Klik\");1219074404930006;Durian;Sei Balai",
                     "Rina;1219074404930007;Durian;Sei Balai"}));
    PeopleImport importer(registry.db(), registry.dir() / "f.csv", registry.options());
    const auto report = importer.run(importer.mappingOrThrow());
    CHECK(rowAt(report, 2).status == RowStatus::Refused);
    CHECK(codesOf(rowAt(report, 2)) == Codes{"person.name_formula"});
    CHECK(report.summary.written == 1);
    // Opened in Excel, the refused row shows the text and runs nothing; its NIK keeps its digits.
    CHECK_THAT(report.refusedCsv,
               Catch::Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"Klik\"\")\";\"=\"\"1219074404930006\"\"\""));
}

TEST_CASE("A kecamatan not in the kabupaten is named with the kabupaten once", "[import]")
{
    Registry registry;
    writeBytes(registry.dir() / "k.csv", crlf({"Nama;NIK;Desa;Kecamatan", "Rina;1219074404930006;Durian;Medan Kota"}));
    PeopleImport importer(registry.db(), registry.dir() / "k.csv", registry.options());
    const auto report = importer.dryRun(importer.mappingOrThrow());
    const auto& rina = rowAt(report, 2);
    REQUIRE_FALSE(rina.messages.empty());
    CHECK_THAT(rina.messages[0].message, Catch::Contains("in Kabupaten Batu Bara"));
    CHECK_THAT(rina.messages[0].message, !Catch::Contains("Kabupaten Kabupaten"));
}

TEST_CASE("Cells that are not text are refused per row, by the dry run as by the real one", "[import][limits]")
{
    Registry registry;
    TestPeople persons(registry.db());
    const auto before = persons.countLiving();
    // A workbook whose second row holds a lone surrogate (_xD800_), whose third a raw 0xFF byte, whose fourth a NUL
    // (_x0000_) in the birth place, whose fifth is fine, and whose sixth a formula result.
    const auto cell = [](const char* reference, const std::string& text) {
        return std::string("<c r=\"") + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    };
    const auto person = [&cell](int line, const std::string& name, const std::string& nik, const std::string& place) {
        const std::string n = std::to_string(line);
        return "<row r=\"" + n + "\">" + cell(("A" + n).c_str(), name) + cell(("B" + n).c_str(), nik) +
               cell(("C" + n).c_str(), "Durian") + cell(("D" + n).c_str(), "Sei Balai") +
               cell(("E" + n).c_str(), place) + "</row>";
    };
    const std::string rows =
        "<row r=\"1\">" + cell("A1", "Nama") + cell("B1", "NIK") + cell("C1", "Desa") + cell("D1", "Kecamatan") +
        cell("E1", "Tempat Lahir") + "</row>" + person(2, "Siti _xD800_ Aminah", "1219074404930006", "Medan") +
        person(3, "Rina\xFF", "1219074404930007", "Medan") + person(4, "Dewi", "1219074404930008", "Me_x0000_dan") +
        person(5, "Lina", "1219074404930009", "Medan");
    const std::string sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
        rows + "<row r=\"6\"><c r=\"A6\" t=\"str\"><f>A5&amp;\" Nasution\"</f><v>Lina Nasution</v></c>" +
        "<c r=\"B6\" t=\"inlineStr\"><is><t>1219074404930010</t></is></c>" + cell("C6", "Durian") +
        cell("D6", "Sei Balai") + cell("E6", "Medan") + "</row></sheetData></worksheet>";
    {
        TestWorkbook book(registry.dir() / "plain.xlsx", true);
        book.row(0, {"Nama"});
    }
    replaceZipEntry(registry.dir() / "plain.xlsx", registry.dir() / "bad-text.xlsx", "xl/worksheets/sheet1.xml", sheet);

    PeopleImport importer(registry.db(), registry.dir() / "bad-text.xlsx", registry.options());
    const auto mapping = importer.mappingOrThrow();
    const auto dry = importer.dryRun(mapping);
    CHECK(codesOf(rowAt(dry, 2)) == Codes{"sheet.invalid_text"});
    CHECK(codesOf(rowAt(dry, 3)) == Codes{"sheet.invalid_text"});
    CHECK(codesOf(rowAt(dry, 4)) == Codes{"sheet.control_character"});
    CHECK(rowAt(dry, 4).messages[0].column == "Tempat Lahir");
    CHECK(rowAt(dry, 5).status == RowStatus::Accepted);
    CHECK(rowAt(dry, 6).status == RowStatus::Warning);
    CHECK(codesOf(rowAt(dry, 6)).front() == "sheet.formula");
    // The report prints as JSON: no message quotes the bytes that are not text.
    CHECK_NOTHROW(importReportToJson(dry).dump());

    const auto real = importer.run(mapping);
    CHECK(real.summary == ImportSummary{1, 1, 0, 3, 0, 2});
    for (const std::size_t line : {2u, 3u, 4u, 5u, 6u}) {
        CHECK(rowAt(real, line).status == rowAt(dry, line).status);
    }
    CHECK(persons.countLiving() == before + 2);
}

TEST_CASE("A cell longer than Excel holds refuses its row with the column named", "[import][limits]")
{
    Registry registry;
    writeBytes(registry.dir() / "long.csv", crlf({"Nama;NIK;Desa;Kecamatan;Tempat Lahir",
                                                  "Rina;1219074404930006;Durian;Sei Balai;" + std::string(50000, 'x'),
                                                  "Lina;1219074404930009;Durian;Sei Balai;Medan"}));
    PeopleImport importer(registry.db(), registry.dir() / "long.csv", registry.options());
    const auto report = importer.run(importer.mappingOrThrow());
    REQUIRE(codesOf(rowAt(report, 2)) == Codes{"sheet.cell_too_long"});
    CHECK(rowAt(report, 2).messages[0].column == "Tempat Lahir");
    CHECK(rowAt(report, 2).messages[0].value.size() < 100);
    CHECK(rowAt(report, 3).status == RowStatus::Accepted);
    CHECK(report.summary.written == 1);
}

TEST_CASE("A sheet that names its last row reports the blank lines before it as one run", "[import][limits]")
{
    Registry registry;
    {
        TestWorkbook book(registry.dir() / "far.xlsx");
        book.row(0, {"Nama", "NIK", "Desa", "Kecamatan"});
        book.row(1, {"Rina", "1219074404930006", "Durian", "Sei Balai"});
        book.row(1048575, {"Lina", "1219074404930009", "Durian", "Sei Balai"});
    }
    PeopleImport importer(registry.db(), registry.dir() / "far.xlsx", registry.options());
    const auto report = importer.dryRun(importer.mappingOrThrow());
    REQUIRE(report.rows.size() == 3);
    CHECK(report.rows[1].line == 3);
    CHECK(report.rows[1].lastLine == 1048575);
    CHECK(report.summary.skipped == 1048573);
    CHECK(rowAt(report, 1048576).status == RowStatus::Accepted);
    CHECK(importReportToJson(report).dump().size() < 1000);
}

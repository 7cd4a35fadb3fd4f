#include "ErrorCodeOf.h"
#include "TempDir.h"
#include "TestWorkbook.h"
#include "core/base/Error.h"
#include "core/import/sheet/DelimitedReader.h"
#include "core/import/sheet/SpreadsheetFile.h"
#include "core/import/sheet/XlsxReader.h"
#include "core/import/sheet/XlsxStyles.h"
#include "core/import/sheet/ZipArchive.h"
#include "import/ImportTestSupport.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::vector<SheetRow> allRows(SheetRows& rows)
{
    std::vector<SheetRow> result;
    SheetRow row;
    while (rows.next(row)) {
        result.push_back(row);
    }
    return result;
}

std::vector<SheetRow> readFile(const std::filesystem::path& file, const SpreadsheetOptions& options = {})
{
    const auto rows = openSpreadsheet(file, inspectSpreadsheet(file, options));
    return allRows(*rows);
}

std::vector<std::string> texts(const SheetRow& row)
{
    std::vector<std::string> result;
    for (const auto& cell : row.cells) {
        result.push_back(cell.text);
    }
    return result;
}

using Texts = std::vector<std::string>;

} // namespace

TEST_CASE("The delimiter is sniffed from the lines, quotes respected", "[import][csv]")
{
    TempDir dir;
    SECTION("Excel on an Indonesian laptop: semicolons, even with commas in the names")
    {
        writeBytes(dir / "id.csv",
                   crlf({"DAFTAR RELAWAN;;;", "Nama;NIK;Desa;Alamat", "Siregar, S.Pd;1;Durian;Jl. A, No 5"}));
        CHECK(sniffDelimiter(dir / "id.csv", TextEncoding::Utf8) == ';');
    }
    SECTION("an English Excel: commas, a quoted field holding semicolons")
    {
        writeBytes(dir / "en.csv", crlf({"Nama,NIK,Catatan", "Budi,1,\"a; b; c; d; e\""}));
        CHECK(sniffDelimiter(dir / "en.csv", TextEncoding::Utf8) == ',');
    }
    SECTION("tab-delimited text")
    {
        writeBytes(dir / "tab.txt", "Nama\tNIK\tNo. HP, WA\nBudi\t1\t0812\n");
        CHECK(sniffDelimiter(dir / "tab.txt", TextEncoding::Utf8) == '\t');
    }
    SECTION("one column reads as CSV")
    {
        writeBytes(dir / "one.csv", "Nama\nBudi\n");
        CHECK(sniffDelimiter(dir / "one.csv", TextEncoding::Utf8) == ',');
    }
}

TEST_CASE("A CSV from Excel reads as rows with their line numbers", "[import][csv]")
{
    TempDir dir;
    SECTION("UTF-8 with a byte-order mark, CRLF, a quoted line break, a blank line")
    {
        writeBytes(dir / "a.csv",
                   "\xEF\xBB\xBF" + crlf({"Nama;Catatan", "Budi;\"baris satu", "baris dua\"", ";", "Siti;ok"}));
        const auto rows = readFile(dir / "a.csv");
        REQUIRE(rows.size() == 4);
        CHECK(rows[0].line == 1);
        CHECK(texts(rows[0]) == Texts{"Nama", "Catatan"});
        CHECK(rows[1].line == 2);
        CHECK(texts(rows[1]) == Texts{"Budi", "baris satu\r\nbaris dua"});
        CHECK(rows[2].line == 4);
        CHECK(rows[2].blank());
        CHECK(rows[3].line == 5);
    }
    SECTION("Windows-1252 is decoded")
    {
        writeBytes(dir / "b.csv", crlf({"Nama;NIK", "Muh. Ja\x92"
                                                    "far;1"}));
        const auto info = inspectSpreadsheet(dir / "b.csv");
        CHECK(info.encoding == TextEncoding::Windows1252);
        CHECK(info.delimiter == ';');
        const auto rows = readFile(dir / "b.csv");
        CHECK(rows[1].text(0) == "Muh. Ja\xE2\x80\x99"
                                 "far");
    }
    SECTION("a quote never closed is one damaged row, then the end")
    {
        writeBytes(dir / "c.csv", crlf({"Nama;NIK", "Budi;1", "\"Siti;2", "Rina;3"}));
        const auto rows = readFile(dir / "c.csv");
        REQUIRE(rows.size() == 3);
        CHECK(rows[2].line == 3);
        CHECK(rows[2].damage == "csv.unterminated_quote");
    }
    SECTION("the encoding and delimiter can be forced")
    {
        writeBytes(dir / "d.csv", "a|b;c\n");
        const auto rows = readFile(dir / "d.csv", {TextEncoding::Windows1252, '|'});
        CHECK(texts(rows[0]) == Texts{"a", "b;c"});
    }
}

TEST_CASE("Files that are no spreadsheet are refused with a clear code", "[import]")
{
    TempDir dir;
    writeBytes(dir / "empty.csv", "");
    writeBytes(dir / "old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'));
    writeBytes(dir / "broken.xlsx", std::string("PK\x03\x04", 4) + "garbage");
    CHECK(errorCodeOf([&] { inspectSpreadsheet(dir / "missing.csv"); }) == "import.unreadable");
    CHECK(errorCodeOf([&] { inspectSpreadsheet(dir.path()); }) == "import.unreadable");
    CHECK(errorCodeOf([&] { inspectSpreadsheet(dir / "empty.csv"); }) == "import.empty");
    CHECK(errorCodeOf([&] { inspectSpreadsheet(dir / "old.xls"); }) == "import.xls_unsupported");
    CHECK(errorCodeOf([&] { inspectSpreadsheet(dir / "broken.xlsx"); }) == "import.not_xlsx");
}

TEST_CASE("Number formats that show dates are told from the others", "[import][xlsx]")
{
    for (const int builtIn : {14, 15, 16, 17, 22, 30, 57}) {
        CHECK(isDateFormat(builtIn, ""));
    }
    for (const int builtIn : {0, 1, 2, 9, 10, 11, 18, 20, 21, 45, 49}) {
        CHECK_FALSE(isDateFormat(builtIn, ""));
    }
    CHECK(isDateFormat(164, "dd/mm/yyyy"));
    CHECK(isDateFormat(165, "[$-421]dd mmmm yyyy;@"));
    CHECK(isDateFormat(166, "d-mmm-yy"));
    CHECK(isDateFormat(167, "mmm yyyy"));
    CHECK_FALSE(isDateFormat(168, "[h]:mm:ss"));
    CHECK_FALSE(isDateFormat(169, "h:mm"));
    CHECK_FALSE(isDateFormat(170, "0000000000000000"));
    CHECK_FALSE(isDateFormat(171, "\"Tgl\" 0"));
    CHECK_FALSE(isDateFormat(172, "#,##0.00_);[Red](#,##0.00)"));
    CHECK_FALSE(isDateFormat(173, "@"));
}

TEST_CASE("An XLSX built like a clerk's workbook reads cell by cell", "[import][xlsx]")
{
    TempDir dir;
    const bool inlineStrings = GENERATE(false, true);
    CAPTURE(inlineStrings);
    {
        TestWorkbook book(dir / "a.xlsx", inlineStrings, "Relawan Durian");
        book.row(0, {"DAFTAR RELAWAN DESA DURIAN"});
        book.row(2, {"Nama Lengkap", "NIK", "Tgl Lahir", "No HP", "RT"});
        book.row(3, {"Muh. Ja\xE2\x80\x99"
                     "far",
                     "1219070101900001"});
        book.date(3, 2, 1990, 1, 1, "dd/mm/yyyy");
        book.number(3, 3, 81234567890);
        book.number(3, 4, 3);
        // row index 4 (sheet row 5) left out: a blank line
        book.text(5, 0, "Siti");
        book.number(5, 1, 1219074512950002);
        book.date(5, 2, 1995, 12, 5);
    }
    XlsxReader reader(dir / "a.xlsx");
    CHECK(reader.sheetName() == "Relawan Durian");
    const auto rows = allRows(reader);
    REQUIRE(rows.size() == 6);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK(rows[i].line == i + 1);
    }
    CHECK(rows[0].text(0) == "DAFTAR RELAWAN DESA DURIAN");
    CHECK(rows[1].blank());
    CHECK(texts(rows[2]) == Texts{"Nama Lengkap", "NIK", "Tgl Lahir", "No HP", "RT"});

    CHECK(rows[3].text(0) == "Muh. Ja\xE2\x80\x99"
                             "far");
    CHECK(rows[3].cells[1].kind == SheetCell::Kind::Text);
    CHECK(rows[3].text(1) == "1219070101900001");
    CHECK(rows[3].cells[2].kind == SheetCell::Kind::CalendarDate);
    CHECK(rows[3].text(2) == "1990-01-01");
    CHECK(rows[3].cells[3].kind == SheetCell::Kind::Number);
    CHECK(rows[3].text(3) == "81234567890");
    CHECK(rows[3].text(4) == "3");

    CHECK(rows[4].blank());
    CHECK(rows[5].cells[1].kind == SheetCell::Kind::Number); // a NIK typed as a number
    CHECK(rows[5].text(2) == "1995-12-05");                  // built-in format 14
    CHECK(reader.bytesTotal() > 0);
    CHECK(reader.bytesRead() == reader.bytesTotal());
}

TEST_CASE("An XLSX cut short is damaged, not read as far as it goes", "[import][xlsx]")
{
    TempDir dir;
    {
        TestWorkbook book(dir / "whole.xlsx", true);
        book.row(0, {"Nama", "NIK"});
        for (int row = 1; row <= 3000; ++row) {
            book.row(row, {"Orang " + std::to_string(row), "1219070101900001"});
        }
    }
    // The same workbook with its worksheet's XML cut in the middle (a download that stopped, a bad USB stick): a
    // well-formed ZIP whose part ends inside a row.
    std::string sheet;
    {
        ZipArchive archive(dir / "whole.xlsx");
        sheet = archive.readAll("xl/worksheets/sheet1.xml");
    }
    REQUIRE(sheet.size() > 100000);
    replaceZipEntry(dir / "whole.xlsx", dir / "cut.xlsx", "xl/worksheets/sheet1.xml",
                    sheet.substr(0, sheet.size() / 2));
    CHECK(errorCodeOf([&] { readFile(dir / "cut.xlsx"); }) == "import.xlsx_damaged");

    SECTION("cut between two rows, too")
    {
        const auto lastRowEnd = sheet.rfind("</row>", sheet.size() / 2);
        replaceZipEntry(dir / "whole.xlsx", dir / "cut2.xlsx", "xl/worksheets/sheet1.xml",
                        sheet.substr(0, lastRowEnd + 6));
        CHECK(errorCodeOf([&] { readFile(dir / "cut2.xlsx"); }) == "import.xlsx_damaged");
    }
    SECTION("the whole workbook reads")
    {
        CHECK(readFile(dir / "whole.xlsx").size() == 3001);
    }
}

TEST_CASE("An XLSX reads the same through inspectSpreadsheet, whatever its name", "[import][xlsx]")
{
    TempDir dir;
    {
        TestWorkbook book(dir / "export.dat");
        book.row(0, {"Nama", "NIK"});
    }
    const auto info = inspectSpreadsheet(dir / "export.dat");
    CHECK(info.format == SpreadsheetFormat::Xlsx);
    CHECK(info.sheetName == "Relawan");
    const auto rows = readFile(dir / "export.dat");
    REQUIRE(rows.size() == 1);
    CHECK(texts(rows[0]) == Texts{"Nama", "NIK"});
}

TEST_CASE("Text nested half a million runs deep reads without overflowing the stack", "[import][xlsx]")
{
    // Deep enough to overflow an 8 MB stack one frame per run, as the recursive reader of before did.
    constexpr int kDepth = 500000;
    TempDir dir;
    std::string nested;
    for (int i = 0; i < kDepth; ++i) {
        nested += "<r>";
    }
    nested += "<t>Siti</t><rPh><t>ignored</t></rPh>";
    for (int i = 0; i < kDepth; ++i) {
        nested += "</r>";
    }
    nested += "<r><t> Aminah</t></r>";

    SECTION("a shared string")
    {
        {
            TestWorkbook book(dir / "plain.xlsx");
            book.row(0, {"Nama"});
            book.row(1, {"x"});
        }
        replaceZipEntry(dir / "plain.xlsx", dir / "deep.xlsx", "xl/sharedStrings.xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/"
                        "spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\"><si><t>Nama</t></si><si>" +
                            nested + "</si></sst>");
        const auto rows = readFile(dir / "deep.xlsx");
        REQUIRE(rows.size() == 2);
        CHECK(texts(rows[1]) == Texts{"Siti Aminah"});
    }
    SECTION("an inline string")
    {
        {
            TestWorkbook book(dir / "plain.xlsx", true);
            book.row(0, {"Nama"});
            book.row(1, {"x"});
        }
        std::string sheet;
        {
            ZipArchive archive(dir / "plain.xlsx");
            sheet = archive.readAll("xl/worksheets/sheet1.xml");
        }
        const auto cell = sheet.find("<is><t>x</t></is>");
        REQUIRE(cell != std::string::npos);
        sheet.replace(cell, std::string("<is><t>x</t></is>").size(), "<is>" + nested + "</is>");
        replaceZipEntry(dir / "plain.xlsx", dir / "deep.xlsx", "xl/worksheets/sheet1.xml", sheet);
        const auto rows = readFile(dir / "deep.xlsx");
        REQUIRE(rows.size() == 2);
        CHECK(texts(rows[1]) == Texts{"Siti Aminah"});
    }
}

// Files built to exhaust the readers: a cell, a row or a part far larger than a roster's, a zip bomb, a CSV with old
// Mac line endings, a device or a pipe instead of a file. Each is refused at its place, or read, in bounded memory.
#include "core/import/sheet/ReadLimits.h"

#include "ErrorCodeOf.h"
#include "TempDir.h"
#include "TestWorkbook.h"
#include "core/base/Error.h"
#include "core/import/sheet/SpreadsheetFile.h"
#include "core/import/sheet/ZipArchive.h"
#include "import/ImportTestSupport.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <future>

#include <sys/stat.h>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::vector<SheetRow> readFile(const std::filesystem::path& file)
{
    const auto rows = openSpreadsheet(file, inspectSpreadsheet(file));
    std::vector<SheetRow> result;
    SheetRow row;
    while (rows->next(row)) {
        result.push_back(row);
    }
    return result;
}

std::string sheetXml(const std::string& rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData></worksheet>";
}

// A workbook whose worksheet is `xml` (libxlsxwriter writes the rest).
std::filesystem::path workbookWithSheet(const TempDir& dir, const std::string& xml)
{
    {
        TestWorkbook book(dir / "plain.xlsx", true);
        book.row(0, {"Nama"});
    }
    replaceZipEntry(dir / "plain.xlsx", dir / "crafted.xlsx", "xl/worksheets/sheet1.xml", xml);
    return dir / "crafted.xlsx";
}

} // namespace

TEST_CASE("A CSV cell longer than Excel holds is cut and marked, its row read", "[import][limits]")
{
    TempDir dir;
    // Two-byte letters across the cut: it falls at a character's start, never inside one.
    std::string text = "Nama;NIK\nA";
    for (int i = 0; i < 40000; ++i) {
        text += "\xC3\xA9";
    }
    text += ";1\nBudi;2\n";
    writeBytes(dir / "long.csv", text);
    const auto rows = readFile(dir / "long.csv");
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].cells[0].cut);
    CHECK(rows[1].cells[0].text.size() <= kMaxCellBytes);
    CHECK(rows[1].cells[0].text.size() >= kMaxCellBytes - 1);
    CHECK(rows[1].text(1) == "1");
    CHECK_FALSE(rows[2].cells[0].cut);
    CHECK(rows[2].text(0) == "Budi");
}

TEST_CASE("A CSV record past the row and column limits is marked damaged, and the next one reads", "[import][limits]")
{
    TempDir dir;
    SECTION("more columns than a sheet has")
    {
        std::string wide = "Nama";
        for (std::size_t i = 0; i < kMaxColumns + 10; ++i) {
            wide += ";x";
        }
        writeBytes(dir / "wide.csv", "Nama;NIK\n" + wide + "\nBudi;2\n");
        const auto rows = readFile(dir / "wide.csv");
        REQUIRE(rows.size() == 3);
        CHECK(rows[1].damage == "sheet.too_many_columns");
        CHECK(rows[1].cells.size() == kMaxColumns);
        CHECK(rows[2].text(0) == "Budi");
    }
    SECTION("more bytes than a row of a roster could ever hold")
    {
        std::string big = "Nama";
        for (std::size_t i = 0; i < 200; ++i) {
            big += ";" + std::string(30000, 'x');
        }
        writeBytes(dir / "big.csv", "Nama;NIK\n" + big + "\nBudi;2\n");
        const auto rows = readFile(dir / "big.csv");
        REQUIRE(rows.size() == 3);
        CHECK(rows[1].damage == "sheet.row_too_large");
        CHECK(rows[1].cells.empty());
        CHECK(rows[2].line == 3);
        CHECK(rows[2].text(0) == "Budi");
    }
}

TEST_CASE("Old Mac line endings (CR alone) end records as LF and CRLF do", "[import][csv]")
{
    TempDir dir;
    writeBytes(dir / "mac.csv", "Nama;NIK\r\"Siti\rAminah\";1\rBudi;2\r\nAndi;3\n");
    const auto rows = readFile(dir / "mac.csv");
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].text(0) == "Siti\rAminah");
    CHECK(rows[2].line == 4); // the quoted CR counted as a line
    CHECK(rows[2].text(0) == "Budi");
    CHECK(rows[3].text(1) == "3");
}

TEST_CASE("An XLSX row far larger than a roster's is marked, read past, and the rows after it read",
          "[import][limits][xlsx]")
{
    TempDir dir;
    const std::string huge(kMaxRowXmlBytes + 1000, 'x');
    const auto file =
        workbookWithSheet(dir, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nama</t></is></c></row>"
                                        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                                        huge +
                                        "</t></is></c></row>"
                                        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Budi</t></is></c></row>"));
    const auto rows = readFile(file);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].line == 2);
    CHECK(rows[1].damage == "sheet.row_too_large");
    CHECK(rows[2].text(0) == "Budi");
}

TEST_CASE("An XLSX cell longer than Excel holds is cut and marked; formula cells are marked", "[import][limits][xlsx]")
{
    TempDir dir;
    const std::string longText(100000, 'y');
    const auto file = workbookWithSheet(
        dir, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nama</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" +
                      longText +
                      "</t></is></c><c r=\"B2\" t=\"str\"><f>HYPERLINK(\"http://x\",\"Siti\")</f><v>Siti</v></c>"
                      "</row>"));
    const auto rows = readFile(file);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].cells[0].cut);
    CHECK(rows[1].cells[0].text.size() == kMaxCellBytes);
    CHECK_FALSE(rows[1].cells[0].formula);
    CHECK(rows[1].cells[1].formula);
    CHECK(rows[1].text(1) == "Siti");
}

TEST_CASE("A zip bomb is refused before it is unpacked", "[import][limits][xlsx]")
{
    TempDir dir;
    // 40 MB of spaces packs into a few dozen KB: no spreadsheet compresses a thousandfold.
    const auto file = workbookWithSheet(dir, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nama</t></is>"
                                                      "</c></row>" +
                                                      std::string(40u << 20, ' ')));
    CHECK(std::filesystem::file_size(file) < 1u << 20);
    CHECK(errorCodeOf([&] { readFile(file); }) == "import.xlsx_too_large");

    SECTION("and so is a styles part past its limit")
    {
        replaceZipEntry(dir / "plain.xlsx", dir / "styles.xlsx", "xl/styles.xml",
                        "<styleSheet>" + std::string(kMaxSmallPartBytes + 10, ' ') + "</styleSheet>");
        CHECK(errorCodeOf([&] { readFile(dir / "styles.xlsx"); }) == "import.xlsx_too_large");
    }
}

TEST_CASE("A device or a pipe is refused at once instead of read forever", "[import][limits]")
{
    CHECK(errorCodeOf([] { inspectSpreadsheet("/dev/zero"); }) == "import.not_a_file");
    TempDir dir;
    const auto fifo = dir / "pipe.csv";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // Opening a pipe nobody writes to blocks: the check must come before the open.
    auto inspected = std::async(std::launch::async, [&] { return errorCodeOf([&] { inspectSpreadsheet(fifo); }); });
    const bool answered = inspected.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    if (!answered) {
        std::ofstream unblock(fifo); // lets the blocked open return, so that the test ends
    }
    REQUIRE(answered);
    CHECK(inspected.get() == "import.not_a_file");
}

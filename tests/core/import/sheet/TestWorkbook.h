#pragma once

#include <filesystem>
#include <string>
#include <vector>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace relawas::tests {

// An XLSX written with libxlsxwriter, the way Excel stores what a clerk typed: text cells, number cells, dates as
// serials with a date format. Rows and columns are 0-based here, as in libxlsxwriter; the sheet's row N is row N-1.
class TestWorkbook
{
public:
    // `inlineStrings`: libxlsxwriter's constant-memory mode, which writes strings inline instead of shared.
    explicit TestWorkbook(const std::filesystem::path& file, bool inlineStrings = false,
                          const std::string& sheetName = "Relawan");
    ~TestWorkbook();
    TestWorkbook(const TestWorkbook&) = delete;
    TestWorkbook& operator=(const TestWorkbook&) = delete;

    void text(int row, int column, const std::string& value);
    void number(int row, int column, double value);
    // A date cell: the serial, shown with `format` ("dd/mm/yyyy") or the built-in format 14 when empty.
    void date(int row, int column, int year, int month, int day, const std::string& format = {});
    void row(int row, const std::vector<std::string>& texts);
    void close();

private:
    lxw_workbook* m_workbook;
    lxw_worksheet* m_sheet;
    bool m_closed = false;
};

// Copies the ZIP archive `from` to `to` with the entry `name` holding `content` instead: a workbook damaged on purpose.
void replaceZipEntry(const std::filesystem::path& from, const std::filesystem::path& to, const std::string& name,
                     const std::string& content);

} // namespace relawas::tests

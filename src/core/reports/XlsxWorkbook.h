#pragma once

// An XLSX workbook written for the user (the report workbook): sheet after sheet and row after row in constant memory
// (libxlsxwriter), then into its file whole or not at all through PrivateFileWriter. Text is always a text cell, so
// nothing a person typed runs as a formula; numbers and dates are number and date cells.

#include "core/base/Clock.h"

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace relawas::core {

class PrivateFileWriter;

// One sheet being written. libxlsxwriter's constant-memory mode keeps only the current row: a row once left is final.
class XlsxSheet
{
public:
    struct Formats
    {
        lxw_format* bold = nullptr;
        lxw_format* date = nullptr;
        lxw_format* moment = nullptr;
        lxw_format* percent = nullptr;
    };

    XlsxSheet(lxw_worksheet* sheet, const Formats& formats);

    // The header row of a list on the current row, bold, each column as wide as given; the rows above it and it stay
    // in view while the list scrolls when `freeze`. The current row moves below it.
    void header(std::initializer_list<std::pair<std::string_view, double>> columns, bool freeze = true);

    // Cells of the current row; an empty text or an absent value leaves the cell empty. Text is cut to the 32,767
    // bytes a cell holds, at a character's start.
    void text(std::uint16_t column, std::string_view value, bool bold = false);
    void number(std::uint16_t column, double value);
    void date(std::uint16_t column, const std::optional<Date>& value); // dd/mm/yyyy
    // A stored UTC moment ("2024-09-15T02:12:07.123Z") as a date and time on the local clock, as the daftar hadir
    // prints it; the stored text when it is not one.
    void moment(std::uint16_t column, const std::string& utcIso);
    void percent(std::uint16_t column, const std::optional<double>& share); // 0.75 shown as 75.0%

    void next();
    // The filter buttons over the header, for the rows written below it.
    void autofilter();
    long long rowsBelowHeader() const;

private:
    lxw_worksheet* m_sheet;
    Formats m_formats;
    std::uint32_t m_row = 0;
    std::uint32_t m_headerRow = 0;
    std::uint16_t m_lastColumn = 0;
};

class XlsxWorkbook
{
public:
    // The workbook that will become `output`. libxlsxwriter writes only to a file it names: a private scratch file
    // (0600) beside the output, removed when the workbook is destroyed. Throws Error "output.not_writable".
    explicit XlsxWorkbook(const std::filesystem::path& output);
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    // A new sheet after the others. Throws Error "output.not_writable".
    XlsxSheet sheet(const char* name);

    // Closes the workbook and writes it into `file`, whose commit() puts it in place. Throws "output.not_writable".
    void finishInto(PrivateFileWriter& file);

private:
    std::filesystem::path m_output;
    std::filesystem::path m_scratch;
    lxw_workbook* m_workbook = nullptr;
    XlsxSheet::Formats m_formats;
};

} // namespace relawas::core

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace relawas::core {

// One cell of a spreadsheet as text, with what the file said about its type. A CSV only has text; an XLSX cell may be
// a number (a NIK typed into Excel without a leading apostrophe becomes one and loses digits) or a date, which the
// reader has already turned into "YYYY-MM-DD".
struct SheetCell
{
    enum class Kind
    {
        Text,
        Number,
        CalendarDate, // text "YYYY-MM-DD"
        Boolean
    };

    std::string text;
    Kind kind = Kind::Text;
    bool cut = false;     // the file's text was longer than kMaxCellBytes: `text` holds its start
    bool formula = false; // an XLSX cell computed by a formula: `text` is its last result
};

// Cuts a cell's text to kMaxCellBytes (at a character's start) and marks it cut; nothing when it is not longer.
void limitCellText(SheetCell& cell);

// One row with the line it sits on: the line of the file for a CSV (where a quoted field may span several lines),
// the row number of the sheet for an XLSX. Line 1 is the first line.
struct SheetRow
{
    std::size_t line = 0;
    std::vector<SheetCell> cells;
    // Set when the row could not be read whole: "csv.unterminated_quote" (a quote never closed took in the rest of
    // the file; the row has no cells and the reader stops after it), "xlsx.bad_row" (its XML is damaged; no cells),
    // "sheet.row_too_large" (an XLSX row of more than kMaxRowXmlBytes; no cells), "sheet.too_many_columns" (cells
    // past kMaxColumns were dropped).
    std::string damage;

    // True when every cell is empty or only whitespace: a blank line, or Excel's ";;;;;" for one.
    bool blank() const;
    // The text of cell `column`, or an empty string past the row's end.
    const std::string& text(std::size_t column) const;
};

// A table of text cells, read one row at a time so memory does not grow with the file. Both the CSV and the XLSX
// reader produce it; everything after (header detection, mapping, conversion) reads only this.
class SheetRows
{
public:
    virtual ~SheetRows() = default;

    // Fills `row` with the next row; false at the end. Rows come in line order; the XLSX reader gives the rows an
    // XLSX leaves out (blank ones) as rows without cells, so every line number between two rows is seen.
    virtual bool next(SheetRow& row) = 0;

    // How far the reading got, in bytes of the (uncompressed) data, for a progress bar; total 0 when unknown.
    virtual std::uint64_t bytesRead() const = 0;
    virtual std::uint64_t bytesTotal() const = 0;
};

} // namespace relawas::core

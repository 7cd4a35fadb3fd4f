#include "core/import/CellFindings.h"

#include "core/base/TextUtil.h"
#include "core/import/sheet/ReadLimits.h"

#include <algorithm>

#include <fmt/format.h>

namespace relawas::core {

namespace {

using Severity = ImportMessage::Severity;

bool hasControlCharacter(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F;
    });
}

// The start of a long value, for a message to show which cell it is.
std::string opening(const std::string& text)
{
    constexpr std::size_t kShown = 40;
    if (text.size() <= kShown) {
        return text;
    }
    std::size_t end = kShown;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
        --end;
    }
    return text.substr(0, end) + "…";
}

} // namespace

std::vector<ImportMessage> cellFindings(const SheetRow& row, const ColumnMapping& mapping)
{
    std::vector<ImportMessage> found;
    const std::size_t columns = std::min(row.cells.size(), mapping.fields.size());
    for (std::size_t column = 0; column < columns; ++column) {
        if (!mapping.fields[column]) {
            continue;
        }
        const SheetCell& cell = row.cells[column];
        const std::string name = mapping.columnName(column);
        if (!isValidUtf8(cell.text)) {
            found.push_back({Severity::Error,
                             "sheet.invalid_text",
                             fmt::format("line {}, column {}: the cell holds bytes that are not text (not UTF-8, or "
                                         "a lone surrogate)",
                                         row.line, name),
                             {},
                             name,
                             {}});
        } else if (cell.cut) {
            found.push_back(
                {Severity::Error,
                 "sheet.cell_too_long",
                 fmt::format("line {}, column {}: the cell is longer than {} bytes", row.line, name, kMaxCellBytes),
                 {std::to_string(kMaxCellBytes)},
                 name,
                 opening(cell.text)});
        } else if (hasControlCharacter(cell.text)) {
            found.push_back(
                {Severity::Error,
                 "sheet.control_character",
                 fmt::format("line {}, column {}: the cell holds a control character (NUL, ESC, ...)", row.line, name),
                 {},
                 name,
                 {}});
        } else if (cell.formula) {
            found.push_back(
                {Severity::Warning,
                 "sheet.formula",
                 fmt::format("line {}, column {}: the cell is a formula; its last result is imported", row.line, name),
                 {},
                 name,
                 opening(cell.text)});
        }
    }
    return found;
}

ImportMessage damageMessage(const SheetRow& row)
{
    std::string message;
    if (row.damage == "csv.unterminated_quote") {
        message = fmt::format("line {}: a quoted cell opened here is never closed, so the rest of the file was read as "
                              "one cell: close the quote and import again",
                              row.line);
    } else if (row.damage == "sheet.row_too_large") {
        message = fmt::format("line {}: the row is larger than {} MB in the file and was not read", row.line,
                              kMaxRowXmlBytes >> 20);
    } else if (row.damage == "sheet.too_many_columns") {
        message = fmt::format("line {}: the row has more than {} cells", row.line, kMaxColumns);
    } else {
        message = fmt::format("line {}: the row cannot be read (damaged XML)", row.line);
    }
    return {Severity::Error, row.damage, std::move(message), {std::to_string(row.line)}, {}, {}};
}

} // namespace relawas::core

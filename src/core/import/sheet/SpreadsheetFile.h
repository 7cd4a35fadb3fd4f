#pragma once

#include "core/import/sheet/SheetRows.h"
#include "core/import/sheet/TextDecoding.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace relawas::core {

enum class SpreadsheetFormat
{
    Delimited, // CSV or tab-delimited text
    Xlsx
};

std::string_view spreadsheetFormatId(SpreadsheetFormat format); // "csv", "xlsx"

// What the user may force when the detection got it wrong (the wizard offers both for text files).
struct SpreadsheetOptions
{
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
};

// How a file is to be read: found by looking at its bytes, not at its name.
struct SpreadsheetInfo
{
    SpreadsheetFormat format = SpreadsheetFormat::Delimited;
    TextEncoding encoding = TextEncoding::Utf8; // text files only
    char delimiter = ',';                       // text files only
    std::string sheetName;                      // XLSX only: the worksheet read (the first)
};

// Looks at the file: a ZIP archive is read as XLSX, anything else as delimited text whose encoding and delimiter are
// detected (unless `options` force them). Throws Error (kind UserInput): "import.unreadable", "import.empty",
// "import.xls_unsupported" (an Excel 97-2003 .xls), "import.not_xlsx", "import.xlsx_damaged".
SpreadsheetInfo inspectSpreadsheet(const std::filesystem::path& file, const SpreadsheetOptions& options = {});

// Opens the rows of the file as `info` says, from the first line.
std::unique_ptr<SheetRows> openSpreadsheet(const std::filesystem::path& file, const SpreadsheetInfo& info);

} // namespace relawas::core

#include "core/import/sheet/SpreadsheetFile.h"

#include "core/base/Error.h"
#include "core/import/sheet/DelimitedReader.h"
#include "core/import/sheet/XlsxReader.h"

#include <fstream>

namespace relawas::core {

std::string_view spreadsheetFormatId(SpreadsheetFormat format)
{
    return format == SpreadsheetFormat::Xlsx ? "xlsx" : "csv";
}

SpreadsheetInfo inspectSpreadsheet(const std::filesystem::path& file, const SpreadsheetOptions& options)
{
    const std::string path = file.string();
    // Only a regular file: a device (/dev/zero) never ends and a FIFO blocks the open until someone writes to it.
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (!error && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_directory(status)) {
        throw Error(ErrorKind::UserInput, "import.not_a_file",
                    "this is not a file but a device or a pipe: choose a spreadsheet file", path, {path});
    }
    std::ifstream in(file, std::ios::binary);
    if (!in || std::filesystem::is_directory(file)) {
        throw Error(ErrorKind::UserInput, "import.unreadable", "the file cannot be read", path, {path});
    }
    char magic[4] = {};
    in.read(magic, sizeof magic);
    const std::string_view head(magic, static_cast<std::size_t>(in.gcount()));
    if (head.empty()) {
        throw Error(ErrorKind::UserInput, "import.empty", "the file is empty", path, {path});
    }

    SpreadsheetInfo info;
    if (head == std::string_view("PK\x03\x04", 4)) {
        info.format = SpreadsheetFormat::Xlsx;
        info.sheetName = XlsxReader(file).sheetName();
        return info;
    }
    if (head == std::string_view("\xD0\xCF\x11\xE0", 4)) {
        throw Error(ErrorKind::UserInput, "import.xls_unsupported",
                    "the file is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV and import that", path,
                    {path});
    }
    info.format = SpreadsheetFormat::Delimited;
    info.encoding = options.encoding.value_or(detectTextEncoding(file));
    info.delimiter = options.delimiter.value_or(sniffDelimiter(file, info.encoding));
    return info;
}

std::unique_ptr<SheetRows> openSpreadsheet(const std::filesystem::path& file, const SpreadsheetInfo& info)
{
    if (info.format == SpreadsheetFormat::Xlsx) {
        return std::make_unique<XlsxReader>(file);
    }
    return std::make_unique<DelimitedReader>(file, info.encoding, info.delimiter);
}

} // namespace relawas::core

#pragma once

#include "core/import/sheet/SheetRows.h"
#include "core/import/sheet/XlsxStyles.h"
#include "core/import/sheet/XmlElementReader.h"
#include "core/import/sheet/ZipArchive.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

// The rows of the first worksheet of an XLSX workbook (libzip opens the archive, pugixml parses one row at a time).
// Shared strings, inline strings and formula results read as text; numbers as their digits; numbers in a date format
// (built-in or custom, see isDateFormat) as "YYYY-MM-DD" with kind Date, in the workbook's 1900 or 1904 date system.
class XlsxReader final : public SheetRows
{
public:
    // Throws Error "import.unreadable", "import.not_xlsx" or "import.xlsx_damaged".
    explicit XlsxReader(const std::filesystem::path& file);
    ~XlsxReader() override;

    bool next(SheetRow& row) override;
    std::uint64_t bytesRead() const override;
    std::uint64_t bytesTotal() const override;

    const std::string& sheetName() const { return m_sheetName; }

private:
    void parseRow(const std::string& xml, SheetRow& row);
    void loadSharedParts();

    std::string m_path;
    ZipArchive m_archive;
    std::string m_sheetName;
    std::string m_sharedStringsPath;
    std::string m_stylesPath;
    bool m_sharedPartsLoaded = false;
    std::vector<SheetCell> m_sharedStrings; // cut to kMaxCellBytes, as cells are
    XlsxStyles m_styles;
    bool m_date1904 = false;
    std::unique_ptr<ZipEntry> m_sheet;
    std::unique_ptr<XmlElementReader> m_rows;
    std::size_t m_nextLine = 1;
    std::optional<SheetRow> m_pending; // a row read ahead while the blank rows before it are handed out
    std::string m_xml;
};

} // namespace relawas::core

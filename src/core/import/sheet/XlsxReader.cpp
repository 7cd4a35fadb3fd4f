#include "core/import/sheet/XlsxReader.h"

#include "core/base/Error.h"
#include "core/import/sheet/CellValues.h"
#include "core/import/sheet/ReadLimits.h"
#include "core/import/sheet/TextDecoding.h"

#include <charconv>
#include <cmath>
#include <map>
#include <pugixml.hpp>

#include <fmt/format.h>

namespace relawas::core {

namespace {

pugi::xml_node child(pugi::xml_node parent, std::string_view name)
{
    for (const auto node : parent.children()) {
        if (localName(node.name()) == name) {
            return node;
        }
    }
    return {};
}

// The value of the attribute with this local name, whatever its prefix (r:id, or another prefix bound to the same
// relationships namespace).
std::string attributeNamed(pugi::xml_node node, std::string_view name, bool prefixed)
{
    for (const auto attribute : node.attributes()) {
        const std::string_view qualified = attribute.name();
        if (localName(qualified) == name && (qualified.find(':') != std::string_view::npos) == prefixed) {
            return attribute.value();
        }
    }
    return {};
}

// OOXML writes characters XML cannot hold as _xHHHH_ (Excel: _x000D_ for the CR of a line break in a cell).
std::string decodeEscapes(std::string text)
{
    if (text.find("_x") == std::string::npos) {
        return text;
    }
    std::string result;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "_x") == 0 && i + 6 < text.size() && text[i + 6] == '_') {
            unsigned value = 0;
            const auto [end, ec] = std::from_chars(text.data() + i + 2, text.data() + i + 6, value, 16);
            if (ec == std::errc{} && end == text.data() + i + 6) {
                appendUtf8(result, value);
                i += 6;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

// The text of a rich or plain string (<si> or <is>): its <t> runs in document order, without the phonetic guides
// (<rPh>). Walked without recursion: a crafted file nests runs tens of thousands deep, which would overflow the stack.
void collectText(pugi::xml_node root, std::string& out)
{
    pugi::xml_node node = root.first_child();
    while (node && node != root) {
        const std::string_view name = localName(node.name());
        const bool element = node.type() == pugi::node_element;
        if (element && name == "t") {
            out += node.text().get();
        } else if (element && name != "rPh" && node.first_child()) {
            node = node.first_child();
            continue;
        }
        // On to the next sibling, climbing out of the runs that have none.
        while (node && node != root && !node.next_sibling()) {
            node = node.parent();
        }
        if (node && node != root) {
            node = node.next_sibling();
        }
    }
}

std::string stringItem(pugi::xml_node node)
{
    std::string text;
    collectText(node, text);
    return decodeEscapes(std::move(text));
}

// "AB12" -> 27 (0-based column); nullopt without letters.
std::optional<std::size_t> columnOf(std::string_view reference)
{
    std::size_t column = 0;
    std::size_t letters = 0;
    for (const char c : reference) {
        const char upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        if (upper < 'A' || upper > 'Z') {
            break;
        }
        column = column * 26 + static_cast<std::size_t>(upper - 'A' + 1);
        ++letters;
    }
    if (letters == 0 || letters > 3) {
        return std::nullopt;
    }
    return column - 1;
}

std::string numberText(const std::string& raw)
{
    double value = 0;
    const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
    if (ec != std::errc{} || end != raw.data() + raw.size()) {
        return raw;
    }
    if (std::floor(value) == value && std::fabs(value) < 1e17) {
        return fmt::format("{:.0f}", value);
    }
    return raw;
}

struct SheetContext
{
    const std::vector<SheetCell>& sharedStrings;
    const XlsxStyles& styles;
    bool date1904;
};

SheetCell cellValue(pugi::xml_node cell, const SheetContext& context)
{
    const std::string_view type = cell.attribute("t").value();
    const std::string raw = child(cell, "v").text().get();
    if (type == "s") {
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), index);
        const bool known = ec == std::errc{} && end == raw.data() + raw.size() && index < context.sharedStrings.size();
        return known ? context.sharedStrings[index] : SheetCell{};
    }
    if (type == "inlineStr") {
        return {stringItem(child(cell, "is")), SheetCell::Kind::Text};
    }
    if (type == "str" || type == "e") {
        return {decodeEscapes(raw), SheetCell::Kind::Text};
    }
    if (type == "b") {
        return {raw == "1" ? "TRUE" : "FALSE", SheetCell::Kind::Boolean};
    }
    if (type == "d") {
        const auto date = parseIsoDate(std::string_view(raw).substr(0, 10));
        return date ? SheetCell{formatIsoDate(*date), SheetCell::Kind::CalendarDate}
                    : SheetCell{raw, SheetCell::Kind::Text};
    }
    if (raw.empty()) {
        return {};
    }
    if (context.styles.isDate(cell.attribute("s").as_uint(0))) {
        double serial = 0;
        const auto [end, ec] = std::from_chars(raw.data(), raw.data() + raw.size(), serial);
        if (ec == std::errc{} && end == raw.data() + raw.size()) {
            if (const auto date = excelSerialToDate(serial, context.date1904)) {
                return {formatIsoDate(*date), SheetCell::Kind::CalendarDate};
            }
        }
    }
    return {numberText(raw), SheetCell::Kind::Number};
}

// "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml" from the root, with any "../" resolved.
std::string partPath(const std::string& target)
{
    std::string path = target.starts_with('/') ? target.substr(1) : "xl/" + target;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        const std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (part == "..") {
            if (!parts.empty()) {
                parts.pop_back();
            }
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string::npos) {
            break;
        }
        start = slash + 1;
    }
    std::string result;
    for (const auto& part : parts) {
        result += (result.empty() ? "" : "/") + part;
    }
    return result;
}

pugi::xml_document parsePart(const ZipArchive& archive, const std::string& name, const std::string& file)
{
    const std::string text = archive.readAll(name);
    pugi::xml_document document;
    if (const auto result = document.load_buffer(text.data(), text.size()); !result) {
        throw Error(ErrorKind::UserInput, "import.xlsx_damaged",
                    fmt::format("the workbook is damaged: {} ({})", name, result.description()), file,
                    {name, result.description()});
    }
    return document;
}

} // namespace

XlsxReader::XlsxReader(const std::filesystem::path& file)
    : m_path(file.string())
    , m_archive(file)
{
    if (!m_archive.contains("xl/workbook.xml")) {
        const bool openDocument = m_archive.contains("content.xml");
        throw Error(ErrorKind::UserInput, "import.not_xlsx",
                    openDocument ? "the file is an OpenDocument spreadsheet: save it as XLSX or CSV"
                                 : "the file is a ZIP archive but not an XLSX workbook",
                    m_path, {m_path});
    }
    const auto workbook = parsePart(m_archive, "xl/workbook.xml", m_path);
    const auto root = workbook.document_element();
    const std::string_view date1904 = child(root, "workbookPr").attribute("date1904").value();
    m_date1904 = date1904 == "1" || date1904 == "true";
    const auto firstSheet = child(child(root, "sheets"), "sheet");
    if (!firstSheet) {
        throw Error(ErrorKind::UserInput, "import.xlsx_no_sheet", "the workbook has no worksheet", m_path, {m_path});
    }
    m_sheetName = firstSheet.attribute("name").value();
    const std::string sheetId = attributeNamed(firstSheet, "id", true);

    std::string sheetPath = "xl/worksheets/sheet1.xml";
    std::string sharedStringsPath = "xl/sharedStrings.xml";
    std::string stylesPath = "xl/styles.xml";
    if (m_archive.contains("xl/_rels/workbook.xml.rels")) {
        const auto rels = parsePart(m_archive, "xl/_rels/workbook.xml.rels", m_path);
        for (const auto relation : rels.document_element().children()) {
            const std::string type = relation.attribute("Type").value();
            const std::string target = relation.attribute("Target").value();
            if (relation.attribute("Id").value() == sheetId) {
                sheetPath = partPath(target);
            } else if (type.ends_with("/sharedStrings")) {
                sharedStringsPath = partPath(target);
            } else if (type.ends_with("/styles")) {
                stylesPath = partPath(target);
            }
        }
    }

    m_sharedStringsPath = sharedStringsPath;
    m_stylesPath = stylesPath;
    m_sheet = m_archive.open(sheetPath);
    m_rows = std::make_unique<XmlElementReader>(*m_sheet, "row", "sheetData");
}

void XlsxReader::loadSharedParts()
{
    // Read on the first row, not on opening: telling the format and the sheet's name needs neither.
    m_sharedPartsLoaded = true;
    if (m_archive.contains(m_sharedStringsPath)) {
        const auto entry = m_archive.open(m_sharedStringsPath);
        XmlElementReader items(*entry, "si", "sst");
        std::string xml;
        pugi::xml_document item;
        std::uint64_t bytes = 0;
        while (items.next(xml)) {
            if (m_sharedStrings.size() == kMaxSharedStrings || bytes > kMaxSharedStringBytes) {
                throw Error(ErrorKind::UserInput, "import.xlsx_too_large",
                            fmt::format("the workbook is larger than Relawas reads: {} (more than {} texts or {} MB)",
                                        m_sharedStringsPath, kMaxSharedStrings, kMaxSharedStringBytes >> 20),
                            m_path, {m_sharedStringsPath, "shared strings"});
            }
            SheetCell text;
            if (items.lastTooLarge()) {
                text.cut = true;
            } else {
                item.load_buffer(xml.data(), xml.size());
                text.text = stringItem(item.document_element());
                limitCellText(text);
            }
            bytes += text.text.size();
            m_sharedStrings.push_back(std::move(text));
        }
    }
    if (m_archive.contains(m_stylesPath)) {
        m_styles = XlsxStyles(m_archive.readAll(m_stylesPath));
    }
}

XlsxReader::~XlsxReader() = default;

std::uint64_t XlsxReader::bytesRead() const
{
    return m_sheet->bytesRead();
}

std::uint64_t XlsxReader::bytesTotal() const
{
    return m_sheet->size();
}

void XlsxReader::parseRow(const std::string& xml, SheetRow& row)
{
    row.cells.clear();
    row.damage.clear();
    pugi::xml_document document;
    const bool parsed = static_cast<bool>(document.load_buffer(xml.data(), xml.size()));
    const auto element = document.document_element();
    const std::size_t number = element.attribute("r").as_ullong(0);
    // A sheet has at most 1,048,576 rows; a number past that (or none) is not to be believed.
    row.line = number > 0 && number <= kMaxSheetRows ? number : m_nextLine;
    if (m_rows->lastTooLarge()) {
        row.damage = "sheet.row_too_large";
        return;
    }
    if (!parsed) {
        row.damage = "xlsx.bad_row";
        return;
    }
    const SheetContext context{m_sharedStrings, m_styles, m_date1904};
    for (const auto cell : element.children()) {
        if (localName(cell.name()) != "c") {
            continue;
        }
        const auto column = columnOf(cell.attribute("r").value()).value_or(row.cells.size());
        if (column >= kMaxColumns) {
            continue;
        }
        if (row.cells.size() <= column) {
            row.cells.resize(column + 1);
        }
        SheetCell& value = row.cells[column];
        value = cellValue(cell, context);
        value.formula = static_cast<bool>(child(cell, "f"));
        limitCellText(value);
    }
}

bool XlsxReader::next(SheetRow& row)
{
    if (!m_sharedPartsLoaded) {
        loadSharedParts();
    }
    if (!m_pending) {
        if (!m_rows->next(m_xml)) {
            return false;
        }
        SheetRow read;
        parseRow(m_xml, read);
        if (read.line <= m_nextLine || read.blank()) {
            m_nextLine = read.line + 1;
            row = std::move(read);
            return true;
        }
        m_pending = std::move(read);
    }
    // Rows an XLSX leaves out before a row with content are blank lines of the sheet: hand them out one by one.
    if (m_pending->line > m_nextLine) {
        row.line = m_nextLine++;
        row.cells.clear();
        row.damage.clear();
        return true;
    }
    row = std::move(*m_pending);
    m_pending.reset();
    m_nextLine = row.line + 1;
    return true;
}

} // namespace relawas::core

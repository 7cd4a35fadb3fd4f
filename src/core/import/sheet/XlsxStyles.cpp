#include "core/import/sheet/XlsxStyles.h"

#include "core/import/sheet/ReadLimits.h"
#include "core/import/sheet/XmlElementReader.h"

#include <map>
#include <pugixml.hpp>

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

} // namespace

bool isDateFormat(int numFmtId, std::string_view formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 50 && numFmtId <= 58)) {
        return true;
    }
    if (numFmtId < 164 && formatCode.empty()) {
        return false; // another built-in format: numbers, percentages, times, text
    }
    // Only the first section (positive numbers) matters.
    bool dayOrYear = false;
    bool month = false;
    bool time = false;
    for (std::size_t i = 0; i < formatCode.size(); ++i) {
        const char c = formatCode[i];
        if (c == '"') {
            const auto close = formatCode.find('"', i + 1);
            if (close == std::string_view::npos) {
                break;
            }
            i = close;
        } else if (c == '[') {
            const auto close = formatCode.find(']', i + 1);
            if (close == std::string_view::npos) {
                break;
            }
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i; // the next character is literal (or padding)
        } else if (c == ';') {
            break;
        } else if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') {
            dayOrYear = true;
        } else if (c == 'm' || c == 'M') {
            month = true;
        } else if (c == 'h' || c == 'H' || c == 's' || c == 'S') {
            time = true;
        }
    }
    return dayOrYear || (month && !time);
}

XlsxStyles::XlsxStyles(const std::string& stylesXml)
{
    pugi::xml_document document;
    if (stylesXml.empty() || !document.load_buffer(stylesXml.data(), stylesXml.size())) {
        return;
    }
    const auto sheet = document.document_element();
    std::map<int, std::string> customFormats;
    for (const auto format : child(sheet, "numFmts").children()) {
        if (customFormats.size() == kMaxCellStyles) {
            break;
        }
        if (localName(format.name()) == "numFmt") {
            customFormats[format.attribute("numFmtId").as_int(-1)] = format.attribute("formatCode").as_string();
        }
    }
    for (const auto xf : child(sheet, "cellXfs").children()) {
        if (localName(xf.name()) != "xf") {
            continue;
        }
        if (m_dateStyles.size() == kMaxCellStyles) {
            break; // cells of the styles past it read as plain numbers
        }
        const int id = xf.attribute("numFmtId").as_int(0);
        const auto custom = customFormats.find(id);
        m_dateStyles.push_back(isDateFormat(id, custom == customFormats.end() ? std::string_view() : custom->second));
    }
}

bool XlsxStyles::isDate(std::size_t styleIndex) const
{
    return styleIndex < m_dateStyles.size() && m_dateStyles[styleIndex];
}

} // namespace relawas::core

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

// Whether a number format shows a date: the built-in formats 14-17, 22, 27-36 and 50-58, or a custom format code with
// day, month or year placeholders outside quoted text, escapes and [brackets] (e.g. "[$-421]dd mmmm yyyy"). A code with
// only hours, minutes or seconds is a time, not a date.
bool isDateFormat(int numFmtId, std::string_view formatCode);

// The cell formats (cellXfs) of a workbook's styles.xml, reduced to what the reader needs: whether the cell format at
// each index (a cell's `s` attribute) shows a date.
class XlsxStyles
{
public:
    XlsxStyles() = default;
    // Reads styles.xml; an unreadable or empty text leaves every format a plain number.
    explicit XlsxStyles(const std::string& stylesXml);

    bool isDate(std::size_t styleIndex) const;

private:
    std::vector<bool> m_dateStyles;
};

} // namespace relawas::core

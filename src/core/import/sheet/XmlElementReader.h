#pragma once

#include <string>
#include <string_view>

namespace relawas::core {

class ZipEntry;

// Cuts the elements with one local name (`row` in a worksheet, `si` in the shared strings) out of an XML entry as it
// streams in, each as a small self-contained XML text that pugixml can parse on its own. pugixml only builds whole
// documents; parsing a 100 MB worksheet at once would hold it all in memory, one row at a time holds one row.
// It relies on what an XLSX part guarantees: the element does not nest in itself, and markup in text is escaped.
class XmlElementReader
{
public:
    // `containerName`: the element that holds them all (sheetData, sst). The part is damaged (cut short, a truncated
    // download) unless its end tag follows the last element.
    XmlElementReader(ZipEntry& entry, std::string localName, std::string containerName);

    // The next element, from its start tag to its end tag (or the empty-element tag); false at the end. An element
    // larger than kMaxRowXmlBytes comes as its start tag and end tag alone, and lastTooLarge() says so. Throws Error
    // "import.xlsx_damaged" when the part ends inside an element or before the container's end tag,
    // "import.xlsx_too_large" for a single tag larger than kMaxRowXmlBytes.
    bool next(std::string& element);
    bool lastTooLarge() const { return m_lastTooLarge; }

private:
    bool fill();
    bool needMore(std::size_t open);
    void skipTo(const std::string& closing, std::size_t from);
    [[noreturn]] void damaged() const;

    ZipEntry& m_entry;
    std::string m_localName;
    std::string m_containerName;
    std::string m_buffer;
    std::size_t m_pos = 0;
    // Where the scans of the tag at the current '<' stopped, counted from it: its name, its '>' (and the quote open
    // there), its end tag.
    struct Scan
    {
        std::size_t name = 0;
        std::size_t tag = 0;
        char quote = 0;
        std::size_t close = 0;
    };
    Scan m_scan;
    bool m_lastTooLarge = false;
    bool m_atEnd = false;
    bool m_sawContainerStart = false;
    bool m_sawContainerEnd = false;
};

// The local part of a qualified XML name: "row" for "x:row".
std::string_view localName(std::string_view qualifiedName);

} // namespace relawas::core

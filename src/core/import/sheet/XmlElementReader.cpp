#include "core/import/sheet/XmlElementReader.h"

#include "core/base/Error.h"
#include "core/import/sheet/ReadLimits.h"
#include "core/import/sheet/ZipArchive.h"

#include <algorithm>

#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr std::size_t kChunk = 65536;

// A name ends at white space, '/', '>' or - in a damaged part - at the next '<': without that, a run of '<' with no
// name end would be scanned to its end once for each '<' in it.
bool isNameEnd(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>' || c == '<';
}

// The position of the '>' that ends a tag, searched from `from` (after the tag's name, or where an earlier search
// stopped) skipping quoted attribute values; npos when the buffer ends first, `quote` then holds the quote still open.
std::size_t tagEnd(const std::string& buffer, std::size_t from, char& quote)
{
    for (std::size_t i = from; i < buffer.size(); ++i) {
        const char c = buffer[i];
        if (quote != 0) {
            if (c == quote) {
                quote = 0;
            }
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i;
        }
    }
    return std::string::npos;
}

} // namespace

std::string_view localName(std::string_view qualifiedName)
{
    const auto colon = qualifiedName.find(':');
    return colon == std::string_view::npos ? qualifiedName : qualifiedName.substr(colon + 1);
}

XmlElementReader::XmlElementReader(ZipEntry& entry, std::string localName, std::string containerName)
    : m_entry(entry)
    , m_localName(std::move(localName))
    , m_containerName(std::move(containerName))
{}

void XmlElementReader::damaged() const
{
    throw Error(
        ErrorKind::UserInput, "import.xlsx_damaged",
        fmt::format("the workbook is damaged: {} ends in the middle (the file may be cut short)", m_entry.name()),
        m_entry.archive(), {m_entry.name(), "truncated"});
}

bool XmlElementReader::fill()
{
    if (m_atEnd) {
        return false;
    }
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const std::size_t count = m_entry.read(m_buffer.data() + old, kChunk);
    m_buffer.resize(old + count);
    if (count == 0) {
        m_atEnd = true;
    }
    return count > 0;
}

bool XmlElementReader::needMore(std::size_t open)
{
    if (m_buffer.size() - open > kMaxRowXmlBytes) {
        throw Error(ErrorKind::UserInput, "import.xlsx_too_large",
                    fmt::format("the workbook is larger than Relawas reads: {} (a tag of more than {} MB)",
                                m_entry.name(), kMaxRowXmlBytes >> 20),
                    m_entry.archive(), {m_entry.name(), "tag"});
    }
    m_pos = open;
    if (!fill()) {
        damaged();
    }
    return true;
}

void XmlElementReader::skipTo(const std::string& closing, std::size_t from)
{
    for (;;) {
        std::size_t close = from;
        while ((close = m_buffer.find(closing, close)) != std::string::npos) {
            const std::size_t after = close + closing.size();
            if (after >= m_buffer.size()) {
                break;
            }
            if (isNameEnd(m_buffer[after])) {
                if (const auto end = m_buffer.find('>', after); end != std::string::npos) {
                    m_pos = end + 1;
                    return;
                }
                break;
            }
            close = after;
        }
        // Keep only what may be the start of the end tag.
        m_pos = m_buffer.size() > closing.size() + 1 ? m_buffer.size() - closing.size() - 1 : 0;
        if (!fill()) {
            damaged();
        }
        from = 0;
    }
}

bool XmlElementReader::next(std::string& element)
{
    m_lastTooLarge = false;
    for (;;) {
        const std::size_t open = m_buffer.find('<', m_pos);
        if (open == std::string::npos) {
            m_pos = m_buffer.size();
            m_scan = {};
            if (!fill()) {
                if (!m_sawContainerEnd) {
                    damaged();
                }
                return false;
            }
            continue;
        }
        // Each scan below goes on where it stopped when the buffer ran out (m_scan, from `open`): scanning a 4 MB tag
        // again from its start after each 64 KB read would take time growing with the square of its size.
        std::size_t nameEnd = open + 1;
        if (nameEnd < m_buffer.size() && m_buffer[nameEnd] == '/') {
            ++nameEnd; // an end tag: its name follows the slash
        }
        nameEnd = std::max(nameEnd, open + m_scan.name);
        while (nameEnd < m_buffer.size() && !isNameEnd(m_buffer[nameEnd])) {
            ++nameEnd;
        }
        if (nameEnd == m_buffer.size()) {
            m_scan.name = nameEnd - open;
            needMore(open);
            continue;
        }
        m_scan.name = nameEnd - open;
        const std::string_view name(m_buffer.data() + open + 1, nameEnd - open - 1);
        const auto endOfTag = [this, open, nameEnd]() {
            const std::size_t end = tagEnd(m_buffer, m_scan.tag == 0 ? nameEnd : open + m_scan.tag, m_scan.quote);
            m_scan.tag = (end == std::string::npos ? m_buffer.size() : end) - open;
            return end;
        };
        if (name.starts_with('/') && localName(name.substr(1)) == m_containerName) {
            m_sawContainerEnd = true;
        } else if (!m_sawContainerStart && localName(name) == m_containerName) {
            // Only the first start tag of the container says whether it is empty: a crafted part that repeats it
            // (with a quote never closed) would otherwise be scanned to its end once per repetition.
            const std::size_t end = endOfTag();
            if (end == std::string::npos) {
                needMore(open);
                continue;
            }
            m_sawContainerStart = true;
            m_sawContainerEnd = m_buffer[end - 1] == '/'; // <sheetData/>: empty, and complete
        }
        if (name.empty() || name.front() == '/' || name.front() == '!' || name.front() == '?' ||
            localName(name) != m_localName) {
            m_pos = open + 1;
            m_scan = {};
            continue;
        }
        const std::size_t startEnd = endOfTag();
        if (startEnd == std::string::npos) {
            needMore(open);
            continue;
        }
        if (m_buffer[startEnd - 1] == '/') {
            element.assign(m_buffer, open, startEnd + 1 - open);
            m_pos = startEnd + 1;
            m_scan = {};
            return true;
        }
        const std::string closing = "</" + std::string(name);
        std::size_t close = std::max(startEnd, open + m_scan.close);
        std::size_t end = std::string::npos;
        while ((close = m_buffer.find(closing, close)) != std::string::npos) {
            const std::size_t after = close + closing.size();
            if (after < m_buffer.size() && isNameEnd(m_buffer[after])) {
                end = m_buffer.find('>', after);
                break;
            }
            if (after >= m_buffer.size()) {
                break;
            }
            close = after;
        }
        if (end == std::string::npos) {
            if (m_buffer.size() - open > kMaxRowXmlBytes) {
                // Far larger than any row of a roster: give its start and end tags alone, marked, and read past it
                // without holding it.
                element.assign(m_buffer, open, startEnd + 1 - open);
                element += closing + ">";
                m_lastTooLarge = true;
                m_scan = {};
                skipTo(closing, startEnd + 1);
                return true;
            }
            m_scan.close =
                std::max(startEnd, close == std::string::npos
                                       ? (m_buffer.size() > closing.size() ? m_buffer.size() - closing.size() : 0)
                                       : close) -
                open;
            needMore(open);
            continue;
        }
        if (end + 1 - open > kMaxRowXmlBytes) {
            element.assign(m_buffer, open, startEnd + 1 - open);
            element += closing + ">";
            m_lastTooLarge = true;
        } else {
            element.assign(m_buffer, open, end + 1 - open);
        }
        m_pos = end + 1;
        m_scan = {};
        return true;
    }
}

} // namespace relawas::core

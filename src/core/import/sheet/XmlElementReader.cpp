#include "core/import/sheet/XmlElementReader.h"

#include "core/base/Error.h"
#include "core/import/sheet/ZipArchive.h"

#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr std::size_t kChunk = 65536;

bool isNameEnd(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>';
}

// The position of the '>' that ends the tag whose name ends at `from`, skipping quoted attribute values; npos when the
// buffer ends first.
std::size_t tagEnd(const std::string& buffer, std::size_t from)
{
    char quote = 0;
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

bool XmlElementReader::next(std::string& element)
{
    for (;;) {
        const std::size_t open = m_buffer.find('<', m_pos);
        if (open == std::string::npos) {
            m_pos = m_buffer.size();
            if (!fill()) {
                if (!m_sawContainerEnd) {
                    damaged();
                }
                return false;
            }
            continue;
        }
        std::size_t nameEnd = open + 1;
        if (nameEnd < m_buffer.size() && m_buffer[nameEnd] == '/') {
            ++nameEnd; // an end tag: its name follows the slash
        }
        while (nameEnd < m_buffer.size() && !isNameEnd(m_buffer[nameEnd])) {
            ++nameEnd;
        }
        if (nameEnd == m_buffer.size()) {
            m_pos = open;
            if (!fill()) {
                damaged();
            }
            continue;
        }
        const std::string_view name(m_buffer.data() + open + 1, nameEnd - open - 1);
        if (name.starts_with('/') && localName(name.substr(1)) == m_containerName) {
            m_sawContainerEnd = true;
        } else if (localName(name) == m_containerName) {
            const std::size_t end = tagEnd(m_buffer, nameEnd);
            if (end == std::string::npos) {
                m_pos = open;
                if (!fill()) {
                    damaged();
                }
                continue;
            }
            m_sawContainerEnd = m_buffer[end - 1] == '/'; // <sheetData/>: empty, and complete
        }
        if (name.empty() || name.front() == '/' || name.front() == '!' || name.front() == '?' ||
            localName(name) != m_localName) {
            m_pos = open + 1;
            continue;
        }
        const std::size_t startEnd = tagEnd(m_buffer, nameEnd);
        if (startEnd == std::string::npos) {
            m_pos = open;
            if (!fill()) {
                damaged();
            }
            continue;
        }
        if (m_buffer[startEnd - 1] == '/') {
            element.assign(m_buffer, open, startEnd + 1 - open);
            m_pos = startEnd + 1;
            return true;
        }
        const std::string closing = "</" + std::string(name);
        std::size_t close = startEnd;
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
            m_pos = open;
            if (!fill()) {
                damaged();
            }
            continue;
        }
        element.assign(m_buffer, open, end + 1 - open);
        m_pos = end + 1;
        return true;
    }
}

} // namespace relawas::core

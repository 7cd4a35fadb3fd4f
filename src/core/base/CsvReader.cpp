#include "core/base/CsvReader.h"

#include "core/base/Error.h"

#include <algorithm>

namespace relawas::core {

CsvReader::CsvReader(std::istream& in, char delimiter, CsvLimits limits)
    : m_in(in)
    , m_delimiter(delimiter)
    , m_limits(limits)
{}

bool CsvReader::get(char& c)
{
    if (!m_pending.empty()) {
        c = m_pending.front();
        m_pending.erase(0, 1);
        return true;
    }
    return static_cast<bool>(m_in.get(c));
}

int CsvReader::peek()
{
    return m_pending.empty() ? m_in.peek() : static_cast<unsigned char>(m_pending.front());
}

bool CsvReader::next(std::vector<std::string>& fields)
{
    fields.clear();
    if (m_atStart) {
        m_atStart = false;
        // A UTF-8 byte-order mark is no text. Bytes that only begin like one (a full-width letter, U+FF03) are the
        // file's first text: they are read again from m_pending, since a decoding stream cannot seek back.
        static constexpr std::string_view bom = "\xEF\xBB\xBF";
        char c = 0;
        while (m_pending.size() < bom.size() && m_in.peek() == static_cast<unsigned char>(bom[m_pending.size()]) &&
               m_in.get(c)) {
            m_pending += c;
        }
        if (m_pending == bom) {
            m_pending.clear();
        }
    }
    if (peek() == std::char_traits<char>::eof()) {
        return false;
    }

    m_recordLine = m_line;
    m_droppedFields = false;
    m_tooLarge = false;
    std::size_t recordBytes = 0;
    std::string field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    const auto append = [this, &field, &recordBytes](char c) {
        if (recordBytes == m_limits.recordBytes) {
            m_tooLarge = true;
        } else if (field.size() < m_limits.fieldBytes) {
            field += c;
            ++recordBytes;
        }
    };
    const auto endField = [this, &field, &fields, &fieldWasQuoted]() {
        if (fields.size() < m_limits.fields) {
            fields.push_back(std::move(field));
        } else {
            m_droppedFields = true;
        }
        field.clear();
        fieldWasQuoted = false;
    };
    char c = 0;
    while (get(c)) {
        if (quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    get(c);
                    append('"');
                } else {
                    quoted = false;
                }
            } else {
                // A line break inside quotes: LF, CRLF, or a CR alone (old Mac files).
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    ++m_line;
                }
                append(c);
            }
            continue;
        }
        if (c == '"' && field.empty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == m_delimiter) {
            endField();
        } else if (c == '\n' || c == '\r') {
            // The record ends at LF, CRLF or a CR alone.
            if (c == '\r' && peek() == '\n') {
                get(c);
            }
            ++m_line;
            endField();
            return true;
        } else {
            append(c);
        }
    }
    if (quoted) {
        throw Error(ErrorKind::UserInput, "csv.unterminated_quote", "a quoted field is never closed", {},
                    {std::to_string(m_recordLine)});
    }
    endField();
    return true;
}

std::string csvField(const std::string& value, char delimiter)
{
    if (value.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string::npos) {
        return value;
    }
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"') {
            quoted += '"';
        }
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string spreadsheetText(const std::string& value)
{
    if (value.empty()) {
        return value;
    }
    const char first = value.front();
    bool formula = first == '=' || first == '@' || first == '\t' || first == '\r';
    if (first == '+' || first == '-') {
        // "+62 812-3456-7890" is a phone; "+SUM(A1)", "-2+3" and "-" followed by anything else may be run.
        formula = value.size() > 1 && !std::all_of(value.begin() + 1, value.end(), [](char c) {
                      return (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '(' || c == ')';
                  });
    }
    return formula ? "'" + value : value;
}

std::string csvTextField(const std::string& value, char delimiter)
{
    return csvField(spreadsheetText(value), delimiter);
}

} // namespace relawas::core

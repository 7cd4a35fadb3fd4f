#include "core/base/CsvReader.h"

#include "core/base/Error.h"

#include <algorithm>

namespace relawas::core {

CsvReader::CsvReader(std::istream& in, char delimiter, CsvLimits limits)
    : m_in(in)
    , m_delimiter(delimiter)
    , m_limits(limits)
{}

bool CsvReader::next(std::vector<std::string>& fields)
{
    fields.clear();
    if (m_atStart) {
        m_atStart = false;
        static constexpr char bom[] = "\xEF\xBB\xBF";
        if (m_in.peek() == static_cast<unsigned char>(bom[0])) {
            char head[3] = {};
            m_in.read(head, 3);
            if (std::string_view(head, 3) != std::string_view(bom, 3)) {
                m_in.clear();
                m_in.seekg(0);
            }
        }
    }
    if (m_in.peek() == std::char_traits<char>::eof()) {
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
    while (m_in.get(c)) {
        if (quoted) {
            if (c == '"') {
                if (m_in.peek() == '"') {
                    m_in.get(c);
                    append('"');
                } else {
                    quoted = false;
                }
            } else {
                // A line break inside quotes: LF, CRLF, or a CR alone (old Mac files).
                if (c == '\n' || (c == '\r' && m_in.peek() != '\n')) {
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
            if (c == '\r' && m_in.peek() == '\n') {
                m_in.get(c);
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

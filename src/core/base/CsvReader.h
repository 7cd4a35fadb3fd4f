#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace relawas::core {

// Reads RFC 4180 CSV one record at a time from a stream: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF or LF, and a UTF-8 byte-order mark at the start. It keeps the line number where each record starts so that
// every message can name the place. Streaming keeps memory flat however large the file.
class CsvReader
{
public:
    explicit CsvReader(std::istream& in, char delimiter = ',');

    // Fills `fields` with the next record; false at the end of the input. Throws Error on an unterminated quote.
    bool next(std::vector<std::string>& fields);

    // The 1-based line on which the record last returned by next() started.
    std::size_t line() const { return m_recordLine; }

private:
    std::istream& m_in;
    char m_delimiter;
    std::size_t m_line = 1;
    std::size_t m_recordLine = 0;
    bool m_atStart = true;
};

// Quotes a field for CSV output when it holds the delimiter, a quote or a line break.
std::string csvField(const std::string& value, char delimiter = ',');

// Text from people or from a stranger's file, for a spreadsheet to show: a value that would start a formula there
// (=, @, a tab or CR, or + and - unless a phone number follows) gets a leading apostrophe, which spreadsheets show as
// text and do not run.
std::string spreadsheetText(const std::string& value);

// spreadsheetText, then quoted as csvField does: a field of such text in a CSV a spreadsheet will open.
std::string csvTextField(const std::string& value, char delimiter = ',');

} // namespace relawas::core

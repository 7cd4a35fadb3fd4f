#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace relawas::core {

// How much of a record a CsvReader keeps: the first `fieldBytes` of each field (the rest is read and dropped: ask for
// one byte more than you accept to tell a field that was cut), the first `fields` fields, and `recordBytes` of text
// in all.
struct CsvLimits
{
    std::size_t fieldBytes = static_cast<std::size_t>(-1);
    std::size_t fields = static_cast<std::size_t>(-1);
    std::size_t recordBytes = static_cast<std::size_t>(-1);
};

// Reads RFC 4180 CSV one record at a time from a stream: quoted fields, doubled quotes, line breaks inside quotes,
// CRLF, LF or CR alone, and a UTF-8 byte-order mark at the start. It keeps the line number where each record starts
// so that every message can name the place. Streaming keeps memory flat however large the file, and the limits keep
// it flat however large a record.
class CsvReader
{
public:
    explicit CsvReader(std::istream& in, char delimiter = ',', CsvLimits limits = {});

    // Fills `fields` with the next record; false at the end of the input. Throws Error on an unterminated quote.
    bool next(std::vector<std::string>& fields);

    // The 1-based line on which the record last returned by next() started.
    std::size_t line() const { return m_recordLine; }
    // Whether the record last returned had fields past the limit, which were dropped; more text than recordBytes,
    // which was dropped.
    bool droppedFields() const { return m_droppedFields; }
    bool tooLarge() const { return m_tooLarge; }

private:
    bool get(char& c);
    int peek();

    std::istream& m_in;
    std::string m_pending; // bytes read ahead at the start that turned out to be no byte-order mark
    char m_delimiter;
    CsvLimits m_limits;
    bool m_droppedFields = false;
    bool m_tooLarge = false;
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

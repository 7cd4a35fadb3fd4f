#include "core/import/sheet/DelimitedReader.h"

#include "core/base/Error.h"
#include "core/import/sheet/ReadLimits.h"

#include <map>
#include <sstream>
#include <utility>

namespace relawas::core {

namespace {

constexpr std::size_t kSniffBytes = 65536;
constexpr std::size_t kSniffRecords = 30;

} // namespace

char sniffDelimiter(const std::filesystem::path& file, TextEncoding encoding)
{
    DecodingStreamBuf buffer(file, encoding);
    std::istream in(&buffer);
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.size() == kSniffBytes) {
        // A record cut in half would count too few fields; drop it.
        if (const auto lastBreak = head.rfind('\n'); lastBreak != std::string::npos) {
            head.resize(lastBreak + 1);
        }
    }

    // The delimiter that splits the most lines into the same number (above one) of fields: a table has a constant
    // width, while a comma or semicolon inside a name or an address splits a line here and there.
    char best = ',';
    std::pair<std::size_t, std::size_t> bestScore{0, 0}; // how many records share the width, the width
    for (const char candidate : {';', ',', '\t'}) {
        std::istringstream text(head);
        CsvReader reader(text, candidate);
        std::vector<std::string> fields;
        std::map<std::size_t, std::size_t> widths; // fields per record -> records
        try {
            for (std::size_t record = 0; record < kSniffRecords && reader.next(fields); ++record) {
                if (fields.size() > 1) {
                    ++widths[fields.size()];
                }
            }
        } catch (const Error&) {
            // an unterminated quote within the first lines: judge by the records before it
        }
        for (const auto& [width, records] : widths) {
            const std::pair<std::size_t, std::size_t> score{records, width};
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
    }
    return best;
}

DelimitedReader::DelimitedReader(const std::filesystem::path& file, TextEncoding encoding, char delimiter)
    : m_buffer(file, encoding)
    , m_stream(&m_buffer)
    , m_reader(m_stream, delimiter, CsvLimits{kMaxCellBytes + 1, kMaxColumns, kMaxRowXmlBytes})
{}

bool DelimitedReader::next(SheetRow& row)
{
    row.cells.clear();
    row.damage.clear();
    if (m_finished) {
        return false;
    }
    try {
        if (!m_reader.next(m_fields)) {
            m_finished = true;
            return false;
        }
    } catch (const Error& error) {
        // A quote opened and never closed swallowed the rest of the file into one field: report it as one damaged
        // row on the line where it started, and stop.
        m_finished = true;
        row.line = error.args().empty() ? m_reader.line() : std::stoul(error.args().front());
        row.damage = error.code();
        return true;
    }
    row.line = m_reader.line();
    row.cells.reserve(m_fields.size());
    for (auto& field : m_fields) {
        row.cells.push_back({std::move(field), SheetCell::Kind::Text});
        limitCellText(row.cells.back());
    }
    if (m_reader.tooLarge()) {
        row.damage = "sheet.row_too_large";
        row.cells.clear();
    } else if (m_reader.droppedFields()) {
        row.damage = "sheet.too_many_columns";
    }
    return true;
}

} // namespace relawas::core

// What the import does with the rows of a file once they are read: finds the header (detectHeader, mapColumns),
// checks the mapping, keeps it as the settings do (JSON), and converts every row after the header into a person
// (cellFindings, RowConverter) against the real Kabupaten Batu Bara. The input is a table: lines split at LF, cells at
// the delimiter of the first line (`;`, `,` or tab, whichever it has most of). A cell may say what kind of cell an
// XLSX would have made it by its first character: `#` a number, `!` a date, `?` a boolean, `=` a formula's result
// (the rest is its text). The input's length modulo 4 picks the import's options (a default role, a default
// kecamatan), so that every seed reaches both with a few bytes more.
#include "FuzzRegions.h"
#include "FuzzSupport.h"
#include "core/base/Error.h"
#include "core/base/TextUtil.h"
#include "core/import/CellFindings.h"
#include "core/import/ColumnMapping.h"
#include "core/import/RowConverter.h"

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace relawas::core;
using relawas::fuzz::expect;

namespace {

char delimiterOf(std::string_view firstLine)
{
    char best = ';';
    long most = 0;
    for (const char candidate : {';', ',', '\t'}) {
        const long count = std::count(firstLine.begin(), firstLine.end(), candidate);
        if (count > most) {
            best = candidate;
            most = count;
        }
    }
    return best;
}

SheetCell cellOf(std::string_view text)
{
    SheetCell cell;
    const char marker = text.empty() ? '\0' : text.front();
    const bool marked = marker == '#' || marker == '!' || marker == '?' || marker == '=';
    if (marked) {
        text.remove_prefix(1);
    }
    cell.text = std::string(text);
    cell.kind = marker == '#'   ? SheetCell::Kind::Number
                : marker == '!' ? SheetCell::Kind::CalendarDate
                : marker == '?' ? SheetCell::Kind::Boolean
                                : SheetCell::Kind::Text;
    cell.formula = marker == '=';
    limitCellText(cell);
    return cell;
}

std::vector<SheetRow> rowsOf(std::string_view bytes)
{
    const auto lines = relawas::fuzz::splitAt(bytes, '\n');
    const char delimiter = delimiterOf(lines.front());
    std::vector<SheetRow> rows;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        SheetRow row;
        row.line = i + 1;
        std::string_view line = lines[i];
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        for (const auto text : relawas::fuzz::splitAt(line, delimiter)) {
            row.cells.push_back(cellOf(text));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

// The mapping as the settings keep it, read back.
void expectJsonRoundTrip(const ColumnMapping& mapping)
{
    const std::string stored = mappingToJson(mapping).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    const ColumnMapping back = mappingFromJson(nlohmann::json::parse(stored));
    const bool utf8 = std::all_of(mapping.headers.begin(), mapping.headers.end(),
                                  [](const std::string& header) { return isValidUtf8(header); });
    expect(!utf8 || back == mapping, "a mapping kept as JSON reads back the same");
}

RowContext contextFor(std::size_t inputSize)
{
    RowContext context;
    context.regions = &relawas::fuzz::batuBaraResolver();
    context.regionKnown = [](const std::string& code) { return relawas::fuzz::realRegionCodes().contains(code); };
    context.today = std::chrono::year{2024} / 9 / 15;          // the Rakernis in Sei Balai
    context.referenceDate = std::chrono::year{2024} / 11 / 27; // the 2024 Pilkada
    if (inputSize % 2 == 1) {
        context.defaultRole = RoleKind::Relawan;
    }
    if (inputSize % 4 >= 2) {
        context.defaultKecamatanCode = "12.19.07"; // Sei Balai
    }
    return context;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    relawas::fuzz::batuBaraResolver();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::vector<SheetRow> rows = rowsOf(relawas::fuzz::bytesOf(data, size));
    const std::vector<SheetRow> head(rows.begin(), rows.begin() + std::min(rows.size(), kHeaderSearchLines));
    ColumnMapping mapping;
    if (const auto detected = detectHeader(head)) {
        mapping = *detected;
        expect(mapping.headerLine >= 1 && mapping.headerLine <= head.size(), "the header is one of the rows given");
    } else {
        std::vector<std::string> headers;
        for (const auto& cell : rows.front().cells) {
            headers.push_back(cell.text);
        }
        mapping = mapColumns(1, headers);
    }
    expect(mapping.fields.size() == mapping.headers.size(), "every column of the header has an entry");
    try {
        expectJsonRoundTrip(mapping);
    } catch (const Error&) {
        expect(false, "mappingFromJson refuses what mappingToJson wrote");
    }
    checkMapping(mapping);

    const RowConverter converter(mapping, contextFor(size));
    for (const auto& row : rows) {
        if (row.line <= mapping.headerLine) {
            continue;
        }
        cellFindings(row, mapping);
        const ConvertedRow converted = converter.convert(row);
        for (const auto& message : converted.messages) {
            expect(!message.code.empty(), "every message has a code");
        }
    }
    return 0;
}

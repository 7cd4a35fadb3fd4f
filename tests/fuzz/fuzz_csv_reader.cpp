// The text-file path of the import: CsvReader on a string with each delimiter, and with limits; then the bytes as a
// file through DecodingStreamBuf in every encoding, and through detectTextEncoding, sniffDelimiter and DelimitedReader
// as the import reads it.
// Besides the sanitizers it checks what the readers promise: records start on rising lines and keep to their limits,
// a record written back with csvField reads the same, the stream buffer decodes exactly as a whole-buffer decoder
// does (also across its 64 KB chunks), a CSV reads the same from the file as from memory, and text decoded from
// Windows-1252 or UTF-16 is valid UTF-8.
#include "FuzzSupport.h"
#include "core/base/CsvReader.h"
#include "core/base/Error.h"
#include "core/base/TextUtil.h"
#include "core/import/sheet/DecodingStreamBuf.h"
#include "core/import/sheet/DelimitedReader.h"
#include "core/import/sheet/TextDecoding.h"

#include <istream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace relawas::core;
using relawas::fuzz::expect;

namespace {

constexpr char kDelimiters[] = {',', ';', '\t'};
constexpr TextEncoding kEncodings[] = {TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Utf16Le,
                                       TextEncoding::Utf16Be};

// Every record of a stream, or the code of the Error that ended it.
struct Records
{
    std::vector<std::vector<std::string>> fields;
    std::vector<std::size_t> lines;
    std::optional<std::string> error;

    bool operator==(const Records&) const = default;
};

Records readRecords(std::istream& in, char delimiter, CsvLimits limits = {})
{
    Records records;
    CsvReader reader(in, delimiter, limits);
    std::vector<std::string> fields;
    try {
        while (reader.next(fields)) {
            expect(records.lines.empty() || reader.line() > records.lines.back(), "records start on rising lines");
            expect(fields.size() <= limits.fields, "at most `fields` fields");
            std::size_t bytes = 0;
            for (const auto& field : fields) {
                expect(field.size() <= limits.fieldBytes, "a field keeps at most `fieldBytes`");
                bytes += field.size();
            }
            expect(bytes <= limits.recordBytes, "a record keeps at most `recordBytes`");
            records.fields.push_back(fields);
            records.lines.push_back(reader.line());
        }
    } catch (const Error& error) {
        records.error = error.code();
    }
    return records;
}

Records readText(const std::string& text, char delimiter, CsvLimits limits = {})
{
    std::istringstream in(text);
    return readRecords(in, delimiter, limits);
}

// Writes the records back with csvField and reads them again: they must come back as they were. A first record
// "x" keeps a field that starts like a byte-order mark away from the start of the text.
void expectRoundTrip(const Records& records, char delimiter)
{
    std::string text = "x\n";
    for (const auto& fields : records.fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            text += (i == 0 ? "" : std::string(1, delimiter)) + csvField(fields[i], delimiter);
        }
        text += '\n';
    }
    Records again = readText(text, delimiter);
    expect(!again.error && !again.fields.empty(), "csvField output reads without an error");
    again.fields.erase(again.fields.begin());
    expect(again.fields == records.fields, "a record written with csvField reads back the same");
}

// UTF-16 decoded in one piece, as DecodingStreamBuf promises to decode it chunk by chunk: the byte-order mark of its
// own byte order dropped at the start, a lone surrogate as U+FFFD, an odd last byte dropped.
std::string decodeUtf16Whole(std::string_view bytes, bool bigEndian)
{
    if (bytes.starts_with(bigEndian ? "\xFE\xFF" : "\xFF\xFE")) {
        bytes.remove_prefix(2);
    }
    std::vector<char16_t> units;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        units.push_back(static_cast<char16_t>(bigEndian ? (first << 8) | second : first | (second << 8)));
    }
    std::string text;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const char16_t unit = units[i];
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        if (high && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
            appendUtf8(text, 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(units[i + 1]) - 0xDC00));
            ++i;
        } else {
            appendUtf8(text, unit >= 0xD800 && unit <= 0xDFFF ? char32_t(0xFFFD) : char32_t(unit));
        }
    }
    return text;
}

std::string decodeWhole(std::string_view bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return std::string(bytes);
    case TextEncoding::Windows1252:
        return windows1252ToUtf8(bytes);
    case TextEncoding::Utf16Le:
        return decodeUtf16Whole(bytes, false);
    case TextEncoding::Utf16Be:
        return decodeUtf16Whole(bytes, true);
    }
    return {};
}

void fuzzFile(std::string_view bytes)
{
    const auto file = relawas::fuzz::writeScratchFile("input.csv", bytes);
    for (const TextEncoding encoding : kEncodings) {
        DecodingStreamBuf buffer(file, encoding);
        std::istream in(&buffer);
        const std::string decoded{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        expect(decoded == decodeWhole(bytes, encoding), "DecodingStreamBuf decodes as the whole-buffer decoder");
        expect(buffer.bytesRead() == bytes.size(), "DecodingStreamBuf counts every byte of the file");
    }

    // The rest as the import reads a file: in the encoding and with the delimiter found.
    const TextEncoding encoding = detectTextEncoding(file);
    const char delimiter = sniffDelimiter(file, encoding);
    const std::string text = decodeWhole(bytes, encoding);
    {
        DecodingStreamBuf buffer(file, encoding);
        std::istream in(&buffer);
        expect(readRecords(in, delimiter) == readText(text, delimiter),
               "a CSV reads the same from its file as from memory");
    }
    DelimitedReader rows(file, encoding, delimiter);
    if (encoding == TextEncoding::Utf8) {
        relawas::fuzz::readEveryRow(rows);
        return;
    }
    SheetRow row;
    while (rows.next(row)) {
        for (const auto& cell : row.cells) {
            expect(isValidUtf8(cell.text), "text decoded from Windows-1252 or UTF-16 is UTF-8");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = relawas::fuzz::bytesOf(data, size);
    const std::string text(bytes);
    for (const char delimiter : kDelimiters) {
        const Records records = readText(text, delimiter);
        if (!records.error) {
            expectRoundTrip(records, delimiter);
        }
    }
    readText(text, ';', CsvLimits{4, 3, 10});
    try {
        fuzzFile(bytes);
    } catch (const Error&) {
        // a file the readers refuse, with a message: what they are for
    }
    return 0;
}

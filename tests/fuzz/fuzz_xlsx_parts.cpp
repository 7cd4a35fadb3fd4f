// The XML of a workbook: the input holds its parts, separated by the byte 0x1E, in this order: xl/workbook.xml,
// xl/_rels/workbook.xml.rels, xl/worksheets/sheet1.xml, xl/sharedStrings.xml, xl/styles.xml (an empty or missing
// part is left out of the archive). They are stored uncompressed into a fresh ZIP archive and read as the import reads
// an XLSX, so that mutations reach the XML readers (rows, shared strings, styles, relationships) instead of breaking
// the archive's checksums. tests/fuzz/fuzz_xlsx_reader.cpp fuzzes the archive itself.
#include "FuzzSupport.h"
#include "core/base/Error.h"
#include "core/import/sheet/SpreadsheetFile.h"

#include <array>
#include <cstdio>
#include <cstdlib>

#include <zip.h>

using namespace relawas::core;

namespace {

constexpr char kPartSeparator = '\x1E';
constexpr std::array kPartNames = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
                                   "xl/sharedStrings.xml", "xl/styles.xml"};

[[noreturn]] void cannotWrite(const char* why)
{
    // Not a finding of the reader: the archive could not be made, and no input after this one would fare better.
    std::fprintf(stderr, "fuzz: cannot write the workbook: %s\n", why);
    std::_Exit(2);
}

std::filesystem::path writeWorkbook(std::string_view bytes)
{
    const auto file = relawas::fuzz::scratchFolder() / "parts.xlsx";
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) {
        cannotWrite("zip_open");
    }
    const auto parts = relawas::fuzz::splitAt(bytes, kPartSeparator);
    for (std::size_t i = 0; i < parts.size() && i < kPartNames.size(); ++i) {
        if (parts[i].empty()) {
            continue;
        }
        zip_source_t* source = zip_source_buffer(archive, parts[i].data(), parts[i].size(), 0);
        const zip_int64_t index = source ? zip_file_add(archive, kPartNames[i], source, 0) : -1;
        if (index < 0) {
            zip_source_free(source);
            cannotWrite(zip_strerror(archive));
        }
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0) {
        cannotWrite(zip_strerror(archive));
    }
    return file;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = writeWorkbook(relawas::fuzz::bytesOf(data, size));
    try {
        const SpreadsheetInfo info = inspectSpreadsheet(file);
        relawas::fuzz::readEveryRow(*openSpreadsheet(file, info));
    } catch (const Error&) {
        // refused with a message: what the import shows the user
    }
    return 0;
}

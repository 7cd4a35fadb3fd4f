// A spreadsheet file as a stranger sends it: the bytes as a file, told apart by inspectSpreadsheet (ZIP or text,
// Excel 97-2003, OpenDocument) and read to the end by the reader openSpreadsheet picks. Seeds are workbooks that
// libxlsxwriter wrote the way Excel does (deflated parts), so mutations reach libzip's archive handling and the checks
// around it (sizes, zip bombs, damaged entries); tests/fuzz/fuzz_xlsx_parts.cpp fuzzes the XML inside.
#include "FuzzSupport.h"
#include "core/base/Error.h"
#include "core/import/sheet/SpreadsheetFile.h"

using namespace relawas::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto file = relawas::fuzz::writeScratchFile("input.xlsx", relawas::fuzz::bytesOf(data, size));
    try {
        const SpreadsheetInfo info = inspectSpreadsheet(file);
        relawas::fuzz::readEveryRow(*openSpreadsheet(file, info));
    } catch (const Error&) {
        // refused with a message: what the import shows the user
    }
    return 0;
}

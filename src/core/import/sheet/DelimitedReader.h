#pragma once

#include "core/base/CsvReader.h"
#include "core/import/sheet/DecodingStreamBuf.h"
#include "core/import/sheet/SheetRows.h"
#include "core/import/sheet/TextDecoding.h"

#include <filesystem>
#include <istream>
#include <string>
#include <vector>

namespace relawas::core {

// Guesses the delimiter of a CSV file from its first lines: the one of `;`, `,` and tab that splits the most lines
// into the same number of fields (a table's width), quotes respected. Excel in an Indonesian locale writes `;`, in an
// English one `,`; "Text (Tab delimited)" and "Unicode Text" use tabs. A file of single-column lines reads as `,`.
char sniffDelimiter(const std::filesystem::path& file, TextEncoding encoding);

// The rows of a CSV or tab-delimited text file in any TextEncoding, streamed.
class DelimitedReader final : public SheetRows
{
public:
    DelimitedReader(const std::filesystem::path& file, TextEncoding encoding, char delimiter);

    bool next(SheetRow& row) override;
    std::uint64_t bytesRead() const override { return m_buffer.bytesRead(); }
    std::uint64_t bytesTotal() const override { return m_buffer.fileSize(); }

private:
    DecodingStreamBuf m_buffer;
    std::istream m_stream;
    CsvReader m_reader;
    std::vector<std::string> m_fields;
    bool m_finished = false;
};

} // namespace relawas::core

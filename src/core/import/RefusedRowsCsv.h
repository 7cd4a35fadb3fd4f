#pragma once

#include "core/import/ColumnMapping.h"
#include "core/import/ImportMessage.h"
#include "core/import/sheet/SheetRows.h"

#include <functional>
#include <string>
#include <vector>

namespace relawas::core {

// Collects refused rows as CSV to fix and import again: the file's header with one more column holding the reasons
// (replacing that column when the file is itself such a CSV), then each refused row's original cells. Written for
// Excel: a UTF-8 byte-order mark, CRLF line ends, and NIK and phone cells as ="…" so that opening the file does not
// turn them into numbers (the import unwraps ="…" again). The reasons are in the words `describe` gives (the user's
// language), else the messages' own English.
class RefusedRowsCsv
{
public:
    using Describe = std::function<std::string(const ImportMessage&)>;

    RefusedRowsCsv(const ColumnMapping& mapping, char delimiter, std::string reasonHeader, Describe describe = {});

    void add(const SheetRow& row, const std::vector<ImportMessage>& messages);

    // Empty when no row was added.
    std::string text() const;
    std::size_t count() const { return m_count; }

private:
    std::string line(const std::vector<std::string>& cells) const;

    std::vector<std::size_t> m_columns; // the columns of the file that are copied, in order
    std::vector<bool> m_keepAsText;     // per copied column: protect digits from Excel
    char m_delimiter;
    Describe m_describe;
    std::string m_header;
    std::string m_body;
    std::size_t m_count = 0;
};

} // namespace relawas::core

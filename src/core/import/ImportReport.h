#pragma once

#include "core/import/ColumnMapping.h"
#include "core/import/ImportMessage.h"
#include "core/import/sheet/SpreadsheetFile.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

enum class RowStatus
{
    Accepted,  // imported (or would be, in a dry run) without remarks
    Warning,   // imported, with warnings worth a look (a shared phone, a NIK from another district, ...)
    Duplicate, // not imported: the NIK is already registered, or on an earlier line of the file
    Refused,   // not imported: an error in the row; it goes to the refused-rows CSV
    Skipped    // a blank line
};

std::string_view rowStatusId(RowStatus status); // "accepted", "warning", "duplicate", "refused", "skipped"

struct RowResult
{
    std::size_t line = 0;     // in the file (the header is line 1 when it is the first line)
    std::size_t lastLine = 0; // a run of blank lines: its last (0 for one line)
    RowStatus status = RowStatus::Accepted;
    std::vector<ImportMessage> messages;
    std::string personUuid;          // the record written (real run only)
    std::string duplicateOfUuid;     // a duplicate of this stored person...
    std::size_t duplicateOfLine = 0; // ...or of this earlier line
};

struct ImportSummary
{
    std::size_t accepted = 0;
    std::size_t warning = 0;
    std::size_t duplicate = 0;
    std::size_t refused = 0;
    std::size_t skipped = 0;
    std::size_t written = 0; // people stored; 0 in a dry run

    bool operator==(const ImportSummary&) const = default;
};

struct ImportReport
{
    SpreadsheetInfo spreadsheet;
    ColumnMapping mapping;
    bool dryRun = true;
    std::vector<RowResult> rows; // every line after the header but trailing blank ones, in line order; a run of blank
                                 // lines is one entry
    ImportSummary summary;
    // The refused rows under the file's own header, with a last column giving the reasons, as CSV text ready to be
    // fixed in a spreadsheet and imported again; empty when no row was refused.
    std::string refusedCsv;
};

// {"rows": [{"line": 3, "status": "warning", "messages": ["..."]}, {"line": 4, "last_line": 9, "status": "skipped",
// "messages": []}], "summary": {"accepted": 1, "warning": 1,
// "duplicate": 0, "refused": 0, "skipped": 0, "written": 2}} - the English messages, for the CLI.
nlohmann::ordered_json importReportToJson(const ImportReport& report);

} // namespace relawas::core

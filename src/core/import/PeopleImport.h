#pragma once

#include "core/base/Clock.h"
#include "core/base/Progress.h"
#include "core/import/ColumnMapping.h"
#include "core/import/ImportReport.h"
#include "core/import/sheet/SheetRows.h"
#include "core/import/sheet/SpreadsheetFile.h"
#include "core/people/Person.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

struct ImportOptions
{
    std::string actor = "import";                // who the audit log says wrote the records
    SpreadsheetOptions spreadsheet;              // force an encoding or a delimiter
    std::optional<ColumnMapping> remembered;     // a mapping the user made before, applied to headers of the same name
    std::optional<Date> today;                   // default: todayUtc()
    std::optional<Date> referenceDate;           // for the roles' minimum ages (the election day); default: today
    std::optional<RoleKind> defaultRole;         // for rows whose role cell is empty (or without a role column)
    std::string defaultKecamatanCode;            // for rows whose kecamatan cell is empty ("12.19.07")
    std::string reasonHeader = "Reason refused"; // the last column of the refused-rows CSV
    // The reasons written in the refused-rows CSV, in the user's language; default: the messages' English. Called on
    // the thread the import runs on.
    std::function<std::string(const ImportMessage&)> describeReason;
};

// Imports people from a spreadsheet (CSV in UTF-8, Windows-1252 or UTF-16 with `;`, `,` or tabs, or XLSX) into the
// registry. Made for a wizard to drive, and for the CLI:
//   1. construct it: it reads how the file is to be read, its first lines, and finds the header and column mapping;
//   2. let the user check or change the mapping (or the header line), then `dryRun` it: every row after the header
//      is converted and checked - NIK, phone, e-mail, dates, gender, the village within its kecamatan of the working
//      kabupaten, roles and their minimum age, duplicates - and nothing is written;
//   3. `run` it: the same, and the accepted and warned rows are written in one transaction (a savepoint, so it can
//      itself be part of a caller's). Cancelled through the Progress, nothing is written.
// No row makes it throw and no number of errors stops it; each row gets a status and messages. It throws Error
// for what concerns the whole file: unreadable, no header, a mapping without the full name, no working kabupaten.
class PeopleImport
{
public:
    // Throws Error (UserInput) "import.unreadable", "import.empty", "import.xls_unsupported", "import.not_xlsx",
    // "import.xlsx_damaged". A file without a recognisable header is not an error here: detectedMapping() is empty.
    PeopleImport(Database& db, std::filesystem::path file, ImportOptions options = {});

    const std::filesystem::path& file() const { return m_file; }
    const SpreadsheetInfo& spreadsheet() const { return m_spreadsheet; }
    // The first kHeaderSearchLines rows of the file, for the wizard to show.
    const std::vector<SheetRow>& firstRows() const { return m_firstRows; }
    const std::optional<ColumnMapping>& detectedMapping() const { return m_detected; }
    // The detected mapping; throws Error "import.no_header" naming the file when there is none.
    ColumnMapping mappingOrThrow() const;

    // A mapping for another header line the user picked among firstRows(), mapped as detection would map it.
    ColumnMapping mappingForHeaderLine(std::size_t line) const;

    // Throws Error "import.bad_mapping" (the mapping has an error, see checkMapping), "import.no_working_kabupaten",
    // or kind Cancelled when `progress` says so.
    ImportReport dryRun(const ColumnMapping& mapping, const Progress& progress = {});
    ImportReport run(const ColumnMapping& mapping, const Progress& progress = {});

private:
    ImportReport execute(const ColumnMapping& mapping, const Progress& progress, bool write);

    Database& m_db;
    std::filesystem::path m_file;
    ImportOptions m_options;
    SpreadsheetInfo m_spreadsheet;
    std::vector<SheetRow> m_firstRows;
    std::optional<ColumnMapping> m_detected;
};

} // namespace relawas::core

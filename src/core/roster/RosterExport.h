#pragma once

#include "core/base/Progress.h"
#include "core/roster/RosterQuery.h"

#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;

// What a roster file can hold, one column each.
enum class RosterField
{
    Name,
    Nik,
    Gender,
    BirthDate,
    Age,
    VillageCode,
    Village,
    Kecamatan,
    Roles,
    Phone,
    Trainings
};

// "name", "nik", "gender", "birth_date", "age", "village_code", "village", "kecamatan", "roles", "phone", "trainings"
std::string_view rosterFieldId(RosterField field);

// The person's completed years on `reference`, or nothing without a birth date.
std::optional<int> rosterAge(const RosterRow& row, const Date& reference);

struct RosterExportOptions
{
    std::vector<RosterField> fields{RosterField::Name,      RosterField::Nik,       RosterField::Gender,
                                    RosterField::BirthDate, RosterField::Age,       RosterField::VillageCode,
                                    RosterField::Village,   RosterField::Kecamatan, RosterField::Roles,
                                    RosterField::Phone,     RosterField::Trainings};
    std::vector<std::string> headers; // one per field, in the user's language; empty: the field ids
    bool fullNik = false;             // false: masked
    // Who receives a file with full NIKs: a completed export of that kind is written to the audit log (one "reveal"
    // of the roster, with the filter and the row count) under this name. Empty: not logged.
    std::string revealedTo;
    // Words for the ids in the data: genders ("L", "P") and roles ("pkd", ...). An id without one is written as is.
    std::map<std::string, std::string> labels;
};

// The text of one field of one row, as a CSV or a table prints it. Ages count on the filter's reference date.
std::string rosterFieldText(const RosterRow& row, RosterField field, const RosterExportOptions& options,
                            const Date& referenceDate);

// Writes the header and every row matching `filter` as CSV (RFC 4180, LF line ends) to `out`, streaming from the
// database. Returns the number of rows. Progress counts rows against `total` (0 when not known).
long long writeRosterCsv(std::ostream& out, Database& db, const RosterFilter& filter, const RosterSort& sort,
                         const RosterExportOptions& options, const Progress& progress = {}, long long total = 0);

// The same into files, for a spreadsheet user: CSV in UTF-8 with a byte-order mark (so that Excel reads the names
// right), or XLSX with the NIK and phone as text (so that Excel cannot turn them into 1.21907E+15) and birth dates
// as dates. Each file is written under a temporary name and renamed when complete: a failed or cancelled export
// leaves no half file and keeps an older file of that name. Throws Error "export.write_failed" (args: path),
// "export.too_many_rows" (XLSX holds 1,048,575 rows; args: rows, limit) or, when cancelled, kind Cancelled.
long long exportRosterCsv(const std::filesystem::path& file, Database& db, const RosterFilter& filter,
                          const RosterSort& sort, const RosterExportOptions& options, const Progress& progress = {});
long long exportRosterXlsx(const std::filesystem::path& file, Database& db, const RosterFilter& filter,
                           const RosterSort& sort, const RosterExportOptions& options, const Progress& progress = {});

// Writes one "reveal" of the roster to the audit log when `options.fullNik` and `options.revealedTo` are set: who took
// which people (the filter), how many, and where to (a file name, or "standard output"). The exports above call it.
void recordFullNikExport(Database& db, const std::string& destination, const RosterFilter& filter,
                         const RosterExportOptions& options, long long rows);

inline constexpr long long kXlsxMaximumRows = 1048575; // rows below the header row

} // namespace relawas::core

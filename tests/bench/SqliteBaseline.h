#pragma once

// The scripts the benchmark gives the sqlite3 command-line shell: to write its CSV files out of a Relawas database, and
// the baselines themselves, the same people written the fastest plain way SQLite offers (`.import` into a temporary
// table, then one INSERT ... SELECT per table) into the same schema, with everything Relawas writes per person.

#include <filesystem>
#include <string>

namespace relawas::bench {

// Run against a database of generated people: writes up to `rows` of them to `csv` as a clerk's spreadsheet of one
// kabupaten (Indonesian headers, dd/mm/yyyy dates, phones as 08..., names of village and kecamatan, one role), leaving
// out anyone whose NIK a living person of `otherDb` holds, so that the file imports whole into that database too.
std::string exportSpreadsheetSql(const std::filesystem::path& csv, const std::filesystem::path& otherDb,
                                 long long rows);

// Run against a database of generated people: writes all of them to `csv` as stored (codes, ISO dates, E.164 phones)
// with their roles, for the baseline of `demo generate`.
std::string exportStoredPeopleSql(const std::filesystem::path& csv);

// The baseline of `people import`: loads the spreadsheet written by exportSpreadsheetSql(), finds each village by its
// name within its kecamatan of `kabupaten`, converts dates and phones, and writes person, person_role, the search
// index and the audit log (a batch entry, one compact entry per record) in one transaction.
std::string importBaselineSql(const std::filesystem::path& csv, const std::string& kabupaten);

// The baseline of `demo generate`: loads the file written by exportStoredPeopleSql() and writes the same tables.
std::string generateBaselineSql(const std::filesystem::path& csv);

} // namespace relawas::bench

#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 12: a merge base that is the record as this database holds it keeps no copy of it. Most bases are
// records taken whole from a report and not changed since, and their copies were nearly half of a district's database.
// `exchange_base.fields` may be NULL for them, and the table is keyed by record first, so that the bases of a record
// are found when it is about to change and get their copy then.
void letBasesPointAtRecords(SQLite::Database& db);

} // namespace relawas::core

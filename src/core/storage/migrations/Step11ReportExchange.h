#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 11: what the exchange of reports remembers. Per sender and record, the version both sides last agreed
// on (the base of a three-way merge); every report offered, merged or held; and the conflicts a merge found, the
// hard ones waiting for a person.
void createReportExchange(SQLite::Database& db);

} // namespace relawas::core

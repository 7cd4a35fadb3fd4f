#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 7: the person writer keeps the search index itself (the triggers of step 5 are dropped), the audit log
// groups the entries of one import or generation under a batch entry, and a role can say why it ended.
void letWritersKeepTheIndex(SQLite::Database& db);

} // namespace relawas::core

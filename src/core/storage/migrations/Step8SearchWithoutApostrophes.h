#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 8: the roster's search index holds names without apostrophes, so "nuraini" and "nur'aini" find
// "Nur’aini". The index rows of the names written with one are written again; no other row changes.
void searchWithoutApostrophes(SQLite::Database& db);

} // namespace relawas::core

#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 5: the roster search index keyed in name order (see NameOrder.h), names sorted without regard to case.
void orderSearchIndexByName(SQLite::Database& db);

} // namespace relawas::core

#pragma once

#include <string>

namespace SQLite {
class Database;
}

namespace relawas::core {

// A transaction that nests: a SAVEPOINT rolled back on destruction unless released. A repository call is atomic on
// its own and, inside a caller's savepoint (an import of 500 rows), part of the caller's all-or-nothing.
// The outermost one begins the transaction as a writer (BEGIN IMMEDIATE): it waits its turn behind another writer
// (the GUI and the CLI on one database, two imports) for the busy timeout, instead of reading first and then failing
// at once when its first write finds the database changed since its read began.
class Savepoint
{
public:
    Savepoint(SQLite::Database& db, std::string name);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    void release();

private:
    SQLite::Database& m_db;
    std::string m_name;
    bool m_done = false;
    bool m_ownsTransaction = false; // began the transaction: commits or rolls it back too
};

} // namespace relawas::core

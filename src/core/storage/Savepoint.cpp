#include "core/storage/Savepoint.h"

#include <SQLiteCpp/Database.h>
#include <sqlite3.h>

namespace relawas::core {

Savepoint::Savepoint(SQLite::Database& db, std::string name)
    : m_db(db)
    , m_name(std::move(name))
{
    if (sqlite3_get_autocommit(m_db.getHandle()) != 0) {
        m_db.exec("BEGIN IMMEDIATE");
        m_ownsTransaction = true;
    }
    try {
        m_db.exec("SAVEPOINT " + m_name);
    } catch (...) {
        if (m_ownsTransaction) {
            m_db.exec("ROLLBACK");
        }
        throw;
    }
}

Savepoint::~Savepoint()
{
    if (m_done) {
        return;
    }
    try {
        m_db.exec("ROLLBACK TO " + m_name);
        m_db.exec("RELEASE " + m_name);
    } catch (...) {
        // Nothing sensible is left to do in a destructor; SQLite rolls back an unfinished transaction itself.
    }
    if (m_ownsTransaction && sqlite3_get_autocommit(m_db.getHandle()) == 0) {
        try {
            m_db.exec("ROLLBACK"); // the transaction it began, even when its savepoint is gone (a failed COMMIT)
        } catch (...) {
        }
    }
}

void Savepoint::release()
{
    m_db.exec("RELEASE " + m_name);
    if (m_ownsTransaction) {
        m_db.exec("COMMIT");
    }
    m_done = true;
}

} // namespace relawas::core

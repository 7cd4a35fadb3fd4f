#include "core/storage/Savepoint.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

Savepoint::Savepoint(SQLite::Database& db, std::string name)
    : m_db(db)
    , m_name(std::move(name))
{
    m_db.exec("SAVEPOINT " + m_name);
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
}

void Savepoint::release()
{
    m_db.exec("RELEASE " + m_name);
    m_done = true;
}

} // namespace relawas::core

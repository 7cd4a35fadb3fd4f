#include "core/storage/CachedStatement.h"

#include <SQLiteCpp/Statement.h>

namespace relawas::core {

CachedStatement::CachedStatement(SQLite::Statement& cached, bool& lent)
    : m_statement(&cached)
    , m_lent(&lent)
{
    lent = true;
}

CachedStatement::CachedStatement(std::unique_ptr<SQLite::Statement> own)
    : m_statement(own.get())
    , m_own(std::move(own))
{}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : m_statement(other.m_statement)
    , m_lent(other.m_lent)
    , m_own(std::move(other.m_own))
{
    other.m_statement = nullptr;
    other.m_lent = nullptr;
}

CachedStatement::~CachedStatement()
{
    if (m_lent == nullptr || m_statement == nullptr) {
        return;
    }
    try {
        m_statement->reset();
        m_statement->clearBindings();
    } catch (...) {
        // reset() repeats the error of the last step, which its caller has already seen; the statement is clean.
    }
    *m_lent = false;
}

} // namespace relawas::core

#pragma once

#include <memory>

namespace SQLite {
class Statement;
}

namespace relawas::core {

// A prepared statement lent by Database::prepared(): reset and unbound when the lease ends, so the next caller finds
// it clean. A statement the database had to prepare afresh (its cached twin was still lent) is owned by the lease.
class CachedStatement
{
public:
    CachedStatement(SQLite::Statement& cached, bool& lent);
    explicit CachedStatement(std::unique_ptr<SQLite::Statement> own);
    ~CachedStatement();
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    CachedStatement& operator=(CachedStatement&&) = delete;

    SQLite::Statement& operator*() const { return *m_statement; }
    SQLite::Statement* operator->() const { return m_statement; }

private:
    SQLite::Statement* m_statement;
    bool* m_lent = nullptr;
    std::unique_ptr<SQLite::Statement> m_own;
};

} // namespace relawas::core

#pragma once

namespace relawas::core {

class Database;

// A larger page cache for the connection while bulk work runs (an import, a report written or taken in): the pages
// of the tables and indexes it walks stay in memory instead of being read again with a system call each. The cache
// size the connection had comes back when the scope ends.
class PageCacheScope
{
public:
    static constexpr long long kBulkKiB = 64 * 1024;

    explicit PageCacheScope(Database& db, long long kib = kBulkKiB);
    ~PageCacheScope();
    PageCacheScope(const PageCacheScope&) = delete;
    PageCacheScope& operator=(const PageCacheScope&) = delete;

private:
    Database& m_db;
    long long m_previous = 0;
};

} // namespace relawas::core

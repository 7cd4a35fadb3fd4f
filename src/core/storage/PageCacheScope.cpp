#include "core/storage/PageCacheScope.h"

#include "core/storage/Database.h"

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

namespace relawas::core {

PageCacheScope::PageCacheScope(Database& db, long long kib)
    : m_db(db)
    , m_previous(db.connection().execAndGet("PRAGMA cache_size").getInt64())
{
    // Negative: in KiB, as SQLite counts it.
    db.connection().exec(fmt::format("PRAGMA cache_size = {}", -kib));
}

PageCacheScope::~PageCacheScope()
{
    try {
        m_db.connection().exec(fmt::format("PRAGMA cache_size = {}", m_previous));
    } catch (...) {
        // The cache size is a setting of this connection only; a failure to restore it costs memory, not data.
    }
}

} // namespace relawas::core

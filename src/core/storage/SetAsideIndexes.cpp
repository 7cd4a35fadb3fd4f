#include "core/storage/SetAsideIndexes.h"

#include "core/storage/Database.h"
#include "core/storage/PageCacheScope.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

// SQLite sorts an index's rows in pieces as large as the page cache, on top of the cache itself: a smaller cache
// while the indexes are built keeps the import's peak memory where the writing of the rows had it.
constexpr long long kIndexBuildKiB = 16 * 1024;

std::string quoted(const std::string& name)
{
    std::string text = "\"";
    for (const char c : name) {
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return text + "\"";
}

} // namespace

SetAsideIndexes::SetAsideIndexes(Database& db)
    : m_db(db)
{}

void SetAsideIndexes::setAsideForMany(std::string_view table, std::size_t incoming, std::size_t from)
{
    if (incoming < from) {
        return;
    }
    const auto held = m_db.connection().execAndGet("SELECT count(*) FROM " + quoted(std::string(table))).getInt64();
    if (static_cast<long long>(incoming) <= held) {
        return;
    }
    // The indexes a statement made (sql IS NULL: a UNIQUE or PRIMARY KEY constraint's) stay, as do unique ones.
    SQLite::Statement indexes(m_db.connection(), "SELECT s.name, s.sql FROM sqlite_schema s "
                                                 "JOIN pragma_index_list(?1) l ON l.name = s.name "
                                                 "WHERE s.type = 'index' AND s.sql IS NOT NULL AND l.\"unique\" = 0");
    indexes.bind(1, std::string(table));
    std::vector<std::string> names;
    while (indexes.executeStep()) {
        names.push_back(indexes.getColumn(0).getString());
        m_definitions.push_back(indexes.getColumn(1).getString());
    }
    for (const std::string& name : names) {
        m_db.connection().exec("DROP INDEX " + quoted(name));
    }
}

void SetAsideIndexes::restore()
{
    if (m_definitions.empty()) {
        return;
    }
    const PageCacheScope cache(m_db, kIndexBuildKiB);
    for (const std::string& definition : m_definitions) {
        m_db.connection().exec(definition);
    }
    m_definitions.clear();
}

} // namespace relawas::core

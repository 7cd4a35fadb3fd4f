#pragma once

#include "core/storage/BeforeCommit.h"
#include "core/storage/CachedStatement.h"

#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>

namespace SQLite {
class Database;
class Statement;
} // namespace SQLite

namespace relawas::core {

// Owns the one SQLite connection of a Relawas database file. Opening sets WAL, foreign keys and a busy timeout,
// and (unless told not to) brings the schema up to the newest version through the migration ladder.
class Database
{
public:
    enum class Upgrade
    {
        ToLatest,
        No
    };

    explicit Database(const std::filesystem::path& path, Upgrade upgrade = Upgrade::ToLatest);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    SQLite::Database& connection() { return *m_connection; }
    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion() const;
    // The version of the SQLite library in use ("3.40.1"), for Help -> About.
    static std::string sqliteVersion();

    // `sql` prepared once for this connection and kept: a batch of 100,000 rows parses each of its statements once.
    // The statement comes back reset and unbound when the lease ends. `sql` is one statement with bound values only.
    CachedStatement prepared(const std::string& sql);

    // The units of work open on this connection (UnitOfWork keeps it).
    OpenUnits& openUnits() { return m_units; }

private:
    struct Prepared
    {
        std::unique_ptr<SQLite::Statement> statement;
        bool lent = false;
    };

    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_connection;
    // Declared after the connection, so the statements are finalised before it closes.
    std::unordered_map<std::string, Prepared> m_prepared;
    OpenUnits m_units;
};

} // namespace relawas::core

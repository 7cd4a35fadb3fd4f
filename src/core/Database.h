#pragma once

#include <filesystem>
#include <memory>

namespace SQLite {
class Database;
}

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

private:
    std::filesystem::path m_path;
    std::unique_ptr<SQLite::Database> m_connection;
};

} // namespace relawas::core

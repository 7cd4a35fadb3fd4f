#include "core/storage/Database.h"

#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/storage/migrations/Migrations.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <unistd.h>

namespace relawas::core {

Database::Database(const std::filesystem::path& path, Upgrade upgrade)
    : m_path(path)
{
    try {
        // Personal data: the folder made for it and the file are its owner's alone. SQLite gives the -wal and -shm
        // the database file's mode; a file an earlier version made readable by everyone is made private.
        if (path.has_parent_path()) {
            createPrivateFolders(path.parent_path());
        }
        // Made private only when new: opening and closing a file this process holds open through SQLite would drop
        // the POSIX locks of its other connections (a worker's connection beside the window's), and with them the
        // guard of the write-ahead log.
        if (const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600); fd >= 0) {
            ::close(fd);
        }
        for (const char* suffix : {"", "-wal", "-shm"}) {
            keepPrivate(path.string() + suffix);
        }
        m_connection = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        // A second window or the CLI may hold the file for a moment; wait instead of failing at once.
        m_connection->setBusyTimeout(5000);
        m_connection->exec("PRAGMA journal_mode = WAL");
        m_connection->exec("PRAGMA synchronous = NORMAL");
        m_connection->exec("PRAGMA foreign_keys = ON");
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorKind::UserInput, "database.open_failed", std::string("cannot open the database: ") + e.what(),
                    path.string(), {e.what()});
    } catch (const std::filesystem::filesystem_error& e) {
        throw Error(ErrorKind::UserInput, "database.open_failed", std::string("cannot open the database: ") + e.what(),
                    path.string(), {e.what()});
    }
    if (upgrade == Upgrade::ToLatest) {
        upgradeSchema(*m_connection, migrationLadder(), latestSchemaVersion());
    }
}

Database::~Database() = default;

int Database::schemaVersion() const
{
    return schemaVersionOf(*m_connection);
}

std::string Database::sqliteVersion()
{
    return SQLite::getLibVersion();
}

CachedStatement Database::prepared(const std::string& sql)
{
    auto [entry, inserted] = m_prepared.try_emplace(sql);
    if (inserted) {
        try {
            entry->second.statement = std::make_unique<SQLite::Statement>(*m_connection, sql);
        } catch (...) {
            m_prepared.erase(entry);
            throw;
        }
    }
    if (entry->second.lent) {
        return CachedStatement(std::make_unique<SQLite::Statement>(*m_connection, sql));
    }
    return CachedStatement(*entry->second.statement, entry->second.lent);
}

} // namespace relawas::core

// The window's connection and a worker's beside it, as every long task of the GUI opens one. Opening the worker's
// connection must not drop the locks the window's connection holds on the database file: another program (the CLI, the
// sqlite3 shell) closing its own connection would then take itself for the last one and remove the write-ahead log
// from under the window, whose next read finds "file is not a database".
#include "TempDir.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace relawas::core;
using relawas::tests::TempDir;

namespace {

// Whether some process holds a lock on SQLite's shared-lock bytes of `file`, as another process sees it: a child
// process asks the system (a process never sees its own locks).
bool sharedLockHeld(const std::filesystem::path& file)
{
    const pid_t child = ::fork();
    if (child == 0) {
        const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
        struct flock probe
        {};
        probe.l_type = F_WRLCK;
        probe.l_whence = SEEK_SET;
        probe.l_start = 0x40000002; // SQLite's SHARED_FIRST: PENDING_BYTE + 2
        probe.l_len = 510;          // SHARED_SIZE
        const bool held = fd >= 0 && ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
        ::_exit(held ? 0 : 1);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

TEST_CASE("A worker's connection opened and closed beside the window's leaves the window's locks held", "[database]")
{
    TempDir dir;
    const auto file = dir / "relawas.db";
    Database window(file);
    window.connection().exec("CREATE TABLE item (n INTEGER NOT NULL)");
    window.connection().exec("INSERT INTO item VALUES (1)");
    // In write-ahead-log mode a connection holds its shared lock for as long as it is open.
    REQUIRE(sharedLockHeld(file));
    {
        Database worker(file);
        worker.connection().exec("INSERT INTO item VALUES (2)");
    }
    CHECK(sharedLockHeld(file));
    CHECK(window.connection().execAndGet("SELECT count(*) FROM item").getInt64() == 2);
}

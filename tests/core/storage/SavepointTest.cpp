// Two writers on one database, as the GUI and the CLI, or two imports started together: the second waits its turn
// (within the busy timeout) instead of failing as soon as its first write finds the database changed meanwhile.
#include "core/storage/Savepoint.h"

#include "TempDir.h"
#include "core/storage/Database.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

using namespace relawas::core;
using relawas::tests::TempDir;
using namespace std::chrono_literals;

TEST_CASE("A second writer waits for the first and then writes, having read after it", "[database][savepoint]")
{
    TempDir dir;
    const auto file = dir / "relawas.db";
    Database first(file);
    first.connection().exec("CREATE TABLE counter (n INTEGER NOT NULL); INSERT INTO counter VALUES (0)");
    Database second(file);

    std::atomic<bool> firstWriting = false;
    std::thread writer([&] {
        Savepoint unit(first.connection(), "first");
        first.connection().exec("UPDATE counter SET n = n + 1");
        firstWriting = true;
        std::this_thread::sleep_for(300ms); // a batch of rows being written
        unit.release();
    });
    while (!firstWriting) {
        std::this_thread::yield();
    }

    // Reads the counter, then writes what it read plus one: a lost update or a "database is locked" would show.
    std::string failure;
    try {
        Savepoint unit(second.connection(), "second");
        const int n = second.connection().execAndGet("SELECT n FROM counter").getInt();
        SQLite::Statement update(second.connection(), "UPDATE counter SET n = ?");
        update.bind(1, n + 1);
        update.exec();
        unit.release();
    } catch (const std::exception& e) {
        failure = e.what();
    }
    writer.join();
    CHECK(failure.empty());
    CHECK(first.connection().execAndGet("SELECT n FROM counter").getInt() == 2);
}

TEST_CASE("A savepoint inside another is part of the outer one: rolled back with it", "[database][savepoint]")
{
    TempDir dir;
    Database db(dir / "relawas.db");
    db.connection().exec("CREATE TABLE note (text TEXT)");
    {
        Savepoint outer(db.connection(), "outer");
        {
            Savepoint inner(db.connection(), "inner");
            db.connection().exec("INSERT INTO note VALUES ('a')");
            inner.release();
        }
        // outer is not released: everything goes
    }
    CHECK(db.connection().execAndGet("SELECT count(*) FROM note").getInt() == 0);
    {
        Savepoint outer(db.connection(), "outer");
        db.connection().exec("INSERT INTO note VALUES ('b')");
        outer.release();
    }
    CHECK(db.connection().execAndGet("SELECT count(*) FROM note").getInt() == 1);
    CHECK(sqlite3_get_autocommit(db.connection().getHandle()) != 0); // no transaction left open
}

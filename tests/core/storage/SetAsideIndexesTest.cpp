// A long write into (nearly) empty tables sets their indexes aside and builds them again at its end: unique indexes
// stay, the others come back exactly as defined, and a write taken back brings them back with it.
#include "core/storage/SetAsideIndexes.h"

#include "TempDir.h"
#include "core/storage/Database.h"
#include "core/storage/Savepoint.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using relawas::tests::TempDir;

namespace {

// The indexes of table `t`, each as its name and definition.
std::vector<std::string> indexesOf(Database& db)
{
    SQLite::Statement query(db.connection(), "SELECT name || ': ' || coalesce(sql, '(constraint)') FROM sqlite_schema "
                                             "WHERE type = 'index' AND tbl_name = 't' ORDER BY name");
    std::vector<std::string> indexes;
    while (query.executeStep()) {
        indexes.push_back(query.getColumn(0).getString());
    }
    return indexes;
}

struct IndexedTable
{
    TempDir dir;
    Database db{dir / "relawas.db"};

    IndexedTable()
    {
        db.connection().exec("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, name TEXT, code TEXT);"
                             "CREATE INDEX t_by_name ON t (name COLLATE NOCASE) WHERE name <> '';"
                             "CREATE INDEX \"t by code\" ON t (code, name);"
                             "CREATE UNIQUE INDEX t_code_once ON t (code) WHERE code IS NOT NULL;");
    }

    void add(int rows)
    {
        for (int i = 0; i < rows; ++i) {
            db.connection().exec("INSERT INTO t (uuid, name, code) VALUES (hex(randomblob(16)), 'x', NULL)");
        }
    }
};

} // namespace

TEST_CASE("Indexes set aside for many rows come back as they were defined; unique ones never leave",
          "[database][indexes]")
{
    IndexedTable t;
    const auto before = indexesOf(t.db);
    REQUIRE(before.size() == 4);

    Savepoint write(t.db.connection(), "write");
    SetAsideIndexes indexes(t.db);
    indexes.setAsideForMany("t", 50, 10);
    CHECK_FALSE(indexes.empty());
    const auto during = indexesOf(t.db);
    REQUIRE(during.size() == 2); // the uuid's constraint and the unique code
    CHECK(during[0].rfind("sqlite_autoindex_t_1: ", 0) == 0);
    CHECK(during[1].rfind("t_code_once: ", 0) == 0);

    t.add(50);
    indexes.restore();
    CHECK(indexes.empty());
    write.release();
    CHECK(indexesOf(t.db) == before);
    CHECK(t.db.connection().execAndGet("PRAGMA integrity_check").getString() == "ok");
    // The rebuilt index holds the rows written meanwhile.
    CHECK(t.db.connection()
              .execAndGet("SELECT count(*) FROM t INDEXED BY t_by_name WHERE name = 'x' COLLATE NOCASE AND name <> ''")
              .getInt() == 50);
}

TEST_CASE("A write taken back brings its set-aside indexes back with it", "[database][indexes]")
{
    IndexedTable t;
    const auto before = indexesOf(t.db);
    {
        Savepoint write(t.db.connection(), "write");
        SetAsideIndexes indexes(t.db);
        indexes.setAsideForMany("t", 50, 10);
        t.add(3);
        CHECK(indexesOf(t.db).size() == 2);
    } // not released: rolled back
    CHECK(indexesOf(t.db) == before);
    CHECK(t.db.connection().execAndGet("SELECT count(*) FROM t").getInt() == 0);
}

TEST_CASE("Indexes stay for a few rows, or for rows fewer than the table holds", "[database][indexes]")
{
    IndexedTable t;
    const auto before = indexesOf(t.db);
    SetAsideIndexes indexes(t.db);
    indexes.setAsideForMany("t", 9, 10); // fewer than are worth it
    CHECK(indexes.empty());
    t.add(20);
    indexes.setAsideForMany("t", 15, 10); // fewer than the table holds
    CHECK(indexes.empty());
    CHECK(indexesOf(t.db) == before);
    indexes.setAsideForMany("t", 21, 10);
    CHECK(indexesOf(t.db).size() == 2);
    indexes.restore();
    CHECK(indexesOf(t.db) == before);
}

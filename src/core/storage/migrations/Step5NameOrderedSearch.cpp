#include "core/storage/migrations/Step5NameOrderedSearch.h"

#include "core/base/NameOrder.h"

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// The values a row of `side` ("new" or "old") puts in the index: its key, name, NIK and phone without +62.
std::string indexedValues(const std::string& side)
{
    return fmt::format("({}) << {} | {}.id, {}.full_name, coalesce({}.nik, ''), "
                       "CASE WHEN {}.phone LIKE '+62%' THEN substr({}.phone, 4) ELSE {}.phone END",
                       nameBucketSql(side + ".full_name"), kSearchKeyIdBits, side, side, side, side, side, side);
}

} // namespace

void orderSearchIndexByName(SQLite::Database& db)
{
    db.exec(R"sql(
        DROP TRIGGER person_search_insert;
        DROP TRIGGER person_search_delete;
        DROP TRIGGER person_search_update;
        DROP TABLE person_search;
        DROP INDEX person_name_by_id;
        DROP INDEX person_by_name;
        DROP INDEX person_by_village;
        -- The roster's order: names without regard to case, then id.
        CREATE INDEX person_by_name ON person (full_name COLLATE NOCASE) WHERE deleted_at IS NULL;
        CREATE INDEX person_by_village ON person (village_code, full_name COLLATE NOCASE);

        -- Substring search over name, NIK and phone: trigrams answer '%...%' from an index. The row id is the
        -- person's search key (name bucket above id), so matches come out nearly in name order; the index stores
        -- no text of its own.
        CREATE VIRTUAL TABLE person_search USING fts5 (full_name, nik, phone, content = '', tokenize = 'trigram');
    )sql");
    // Only living people are in the index: a tombstone leaves it. An Indonesian phone is indexed without its +62,
    // which every number shares and no search should have to read.
    const std::string newValues = indexedValues("new");
    const std::string oldValues = indexedValues("old");
    db.exec(fmt::format(R"sql(
        INSERT INTO person_search (rowid, full_name, nik, phone)
        SELECT {all} FROM person WHERE deleted_at IS NULL;
        CREATE TRIGGER person_search_insert AFTER INSERT ON person WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO person_search (rowid, full_name, nik, phone) VALUES ({new});
        END;
        CREATE TRIGGER person_search_delete AFTER DELETE ON person WHEN old.deleted_at IS NULL BEGIN
            INSERT INTO person_search (person_search, rowid, full_name, nik, phone) VALUES ('delete', {old});
        END;
        CREATE TRIGGER person_search_update AFTER UPDATE OF full_name, nik, phone, deleted_at ON person BEGIN
            INSERT INTO person_search (person_search, rowid, full_name, nik, phone)
            SELECT 'delete', {old} WHERE old.deleted_at IS NULL;
            INSERT INTO person_search (rowid, full_name, nik, phone)
            SELECT {new} WHERE new.deleted_at IS NULL;
        END;
        -- The key keeps {bits} bits for the id: a person beyond them could not be found.
        CREATE TRIGGER person_id_limit AFTER INSERT ON person WHEN new.id > {maxId} BEGIN
            SELECT RAISE(ABORT, 'person.too_many');
        END;
    )sql",
                        fmt::arg("all", indexedValues("person")), fmt::arg("new", newValues),
                        fmt::arg("old", oldValues), fmt::arg("bits", kSearchKeyIdBits),
                        fmt::arg("maxId", kMaxSearchablePersonId)));
}

} // namespace relawas::core

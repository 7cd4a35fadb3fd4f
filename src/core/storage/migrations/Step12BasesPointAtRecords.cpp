#include "core/storage/migrations/Step12BasesPointAtRecords.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void letBasesPointAtRecords(SQLite::Database& db)
{
    db.exec(R"sql(
        -- The version of a record this database and a peer last agreed on. `fields` is the record's canonical JSON
        -- without its uuid, revision and who/when; NULL when it is the record as this database holds it at
        -- `revision` (taken whole from the peer): before the record changes here, it gets its copy.
        CREATE TABLE exchange_base_12 (
            uuid         TEXT NOT NULL CHECK (length(uuid) = 36),
            peer_id      TEXT NOT NULL CHECK (length(peer_id) = 36),
            record_table TEXT NOT NULL,
            revision     INTEGER NOT NULL CHECK (revision >= 1),
            fields       TEXT,
            PRIMARY KEY (uuid, peer_id)
        ) WITHOUT ROWID;
        INSERT INTO exchange_base_12 (uuid, peer_id, record_table, revision, fields)
            SELECT uuid, peer_id, record_table, revision, fields FROM exchange_base ORDER BY uuid, peer_id;
        DROP TABLE exchange_base;
        ALTER TABLE exchange_base_12 RENAME TO exchange_base;
    )sql");
}

} // namespace relawas::core

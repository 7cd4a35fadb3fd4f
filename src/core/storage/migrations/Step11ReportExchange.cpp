#include "core/storage/migrations/Step11ReportExchange.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void createReportExchange(SQLite::Database& db)
{
    db.exec(R"sql(
        -- The version of a record this database and a peer last agreed on: what the peer sent, as it was taken.
        -- A later report from that peer is merged against it, field by field. `fields` is the record's canonical
        -- JSON without its uuid, revision and who/when.
        CREATE TABLE exchange_base (
            peer_id      TEXT NOT NULL CHECK (length(peer_id) = 36),
            uuid         TEXT NOT NULL CHECK (length(uuid) = 36),
            record_table TEXT NOT NULL,
            revision     INTEGER NOT NULL CHECK (revision >= 1),
            fields       TEXT NOT NULL,
            PRIMARY KEY (peer_id, uuid)
        ) WITHOUT ROWID;

        -- Every report offered: merged, or held until the report it continues has arrived.
        CREATE TABLE report_import (
            id                INTEGER PRIMARY KEY,
            at                TEXT NOT NULL,
            actor             TEXT NOT NULL,
            file_name         TEXT NOT NULL,
            installation_id   TEXT NOT NULL,
            installation_name TEXT NOT NULL,
            scope_code        TEXT NOT NULL,
            kind              TEXT NOT NULL CHECK (kind IN ('full', 'changes')),
            sequence          INTEGER NOT NULL,
            previous_sequence INTEGER,
            digest            TEXT NOT NULL CHECK (length(digest) IN (0, 64)), -- '' while the report is read
            status            TEXT NOT NULL CHECK (status IN ('merged', 'held')),
            counts            TEXT NOT NULL -- JSON: new, updated, unchanged, conflicts, ...
        );
        CREATE INDEX report_import_by_sender ON report_import (installation_id, sequence);
        CREATE INDEX report_import_by_digest ON report_import (digest);

        -- What a merge found: a field both sides changed (hard, for a person to decide), a field merged from one side
        -- (soft, decided), an edit against a removal, a day checked in on two laptops, a NIK under another uuid.
        -- Values are JSON; the losing one stays here.
        CREATE TABLE sync_conflict (
            id           INTEGER PRIMARY KEY,
            import_id    INTEGER NOT NULL REFERENCES report_import (id),
            record_table TEXT NOT NULL,
            uuid         TEXT NOT NULL,
            label        TEXT NOT NULL, -- the record as a person knows it: a name, a title, a village code
            field        TEXT NOT NULL, -- '' when the conflict is about the whole record
            kind         TEXT NOT NULL CHECK (kind IN ('hard', 'soft', 'removed', 'double_checkin', 'duplicate')),
            base_value   TEXT,
            ours         TEXT,
            theirs       TEXT,
            status       TEXT NOT NULL CHECK (status IN ('open', 'resolved')),
            resolution   TEXT,
            resolved_at  TEXT,
            resolved_by  TEXT
        );
        CREATE INDEX sync_conflict_open ON sync_conflict (status, id);
        CREATE INDEX sync_conflict_by_record ON sync_conflict (uuid);
    )sql");
}

} // namespace relawas::core

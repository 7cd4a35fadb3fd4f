#include "core/storage/migrations/Step9CheckInDesk.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void createCheckInDesk(SQLite::Database& db)
{
    db.exec(R"sql(
        ALTER TABLE training ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity > 0);
        ALTER TABLE training ADD COLUMN notes TEXT NOT NULL DEFAULT '';
        ALTER TABLE training ADD COLUMN pass_mark REAL NOT NULL DEFAULT 70 CHECK (pass_mark BETWEEN 0 AND 100);

        -- Who is expected at a training, and as what. Taking someone off the list cancels the invitation: the row
        -- stays, so a cancelled person scanning their card at the door is told so.
        CREATE TABLE invitation (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            training_uuid TEXT NOT NULL REFERENCES training (uuid),
            person_uuid   TEXT NOT NULL REFERENCES person (uuid),
            part          TEXT NOT NULL CHECK (part IN ('peserta', 'narasumber', 'panitia')),
            status        TEXT NOT NULL CHECK (status IN ('invited', 'confirmed', 'declined', 'cancelled')),
            walk_in       INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)), -- added at the door
            revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at    TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            updated_by    TEXT NOT NULL,
            deleted_at    TEXT
        );
        CREATE UNIQUE INDEX invitation_once ON invitation (training_uuid, person_uuid) WHERE deleted_at IS NULL;
        CREATE INDEX invitation_by_person ON invitation (person_uuid) WHERE deleted_at IS NULL;

        -- The code on a person's card. Re-issuing revokes the old one, which stays so that it is never handed out
        -- again and a scan of it can be told apart from a typo.
        CREATE TABLE card_code (
            id          INTEGER PRIMARY KEY,
            uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            code        TEXT NOT NULL UNIQUE CHECK (length(code) = 8),
            person_uuid TEXT NOT NULL REFERENCES person (uuid),
            revoked_at  TEXT,
            revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            updated_by  TEXT NOT NULL,
            deleted_at  TEXT
        );
        CREATE UNIQUE INDEX card_code_current ON card_code (person_uuid)
            WHERE revoked_at IS NULL AND deleted_at IS NULL;

        -- A check-in found to be a mistake is annulled: kept, with who, when and why; it no longer counts.
        ALTER TABLE attendance ADD COLUMN annulled_at TEXT;
        ALTER TABLE attendance ADD COLUMN annulled_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE attendance ADD COLUMN annul_reason TEXT NOT NULL DEFAULT '';
        DROP INDEX attendance_once_a_day;
        CREATE UNIQUE INDEX attendance_once_a_day ON attendance (training_uuid, person_uuid, day)
            WHERE deleted_at IS NULL AND annulled_at IS NULL;
        CREATE INDEX attendance_by_day ON attendance (training_uuid, day, checked_in_at) WHERE deleted_at IS NULL;

        -- Every attempt at the door, whatever came of it: facts that are written once and never changed. The input
        -- is kept as typed except a NIK, which is masked.
        CREATE TABLE checkin_attempt (
            id              INTEGER PRIMARY KEY,
            uuid            TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            training_uuid   TEXT NOT NULL REFERENCES training (uuid),
            day             TEXT NOT NULL,
            at              TEXT NOT NULL,
            method          TEXT NOT NULL CHECK (method IN ('scan', 'nik', 'name', 'walk-in')),
            input           TEXT NOT NULL,
            result          TEXT NOT NULL CHECK (result IN ('checked_in', 'already_checked_in', 'not_invited',
                                                            'unknown', 'cancelled', 'wrong_day', 'ambiguous',
                                                            'revoked_card')),
            person_uuid     TEXT REFERENCES person (uuid),
            attendance_uuid TEXT REFERENCES attendance (uuid),
            actor           TEXT NOT NULL
        );
        CREATE INDEX checkin_attempt_by_day ON checkin_attempt (training_uuid, day, id);

        -- The graded parts of a training (P2P: pretest 15, audio-visual 30, module 5, deepening 30, posttest 20) and
        -- each participant's score on them, 0 to 100.
        CREATE TABLE score_component (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            training_uuid TEXT NOT NULL REFERENCES training (uuid),
            name          TEXT NOT NULL CHECK (name <> ''),
            weight        REAL NOT NULL CHECK (weight >= 0 AND weight <= 100),
            position      INTEGER NOT NULL,
            revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at    TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            updated_by    TEXT NOT NULL,
            deleted_at    TEXT
        );
        CREATE INDEX score_component_by_training ON score_component (training_uuid, position) WHERE deleted_at IS NULL;
        CREATE TABLE score (
            id             INTEGER PRIMARY KEY,
            uuid           TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            component_uuid TEXT NOT NULL REFERENCES score_component (uuid),
            person_uuid    TEXT NOT NULL REFERENCES person (uuid),
            value          REAL NOT NULL CHECK (value >= 0 AND value <= 100),
            revision       INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at     TEXT NOT NULL,
            created_by     TEXT NOT NULL,
            updated_at     TEXT NOT NULL,
            updated_by     TEXT NOT NULL,
            deleted_at     TEXT
        );
        CREATE UNIQUE INDEX score_once ON score (component_uuid, person_uuid) WHERE deleted_at IS NULL;
        CREATE INDEX score_by_person ON score (person_uuid) WHERE deleted_at IS NULL;

        -- A certificate handed out, by its number, which anyone holding the paper can have looked up.
        CREATE TABLE certificate (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            number        TEXT NOT NULL UNIQUE,
            training_uuid TEXT NOT NULL REFERENCES training (uuid),
            person_uuid   TEXT NOT NULL REFERENCES person (uuid),
            revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at    TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            updated_by    TEXT NOT NULL,
            deleted_at    TEXT
        );
        CREATE UNIQUE INDEX certificate_once ON certificate (training_uuid, person_uuid) WHERE deleted_at IS NULL;
        CREATE INDEX certificate_by_person ON certificate (person_uuid) WHERE deleted_at IS NULL;
    )sql");
}

} // namespace relawas::core

#include "core/storage/migrations/Step6Trainings.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void createTrainings(SQLite::Database& db)
{
    db.exec(R"sql(
        CREATE TABLE training (
            id         INTEGER PRIMARY KEY,
            uuid       TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            kind       TEXT NOT NULL CHECK (kind IN ('rakernis', 'p2p', 'forum-warga', 'sosialisasi', 'bimtek')),
            title      TEXT NOT NULL CHECK (title <> ''),
            scope_code TEXT REFERENCES region (code),
            venue      TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date   TEXT NOT NULL CHECK (end_date >= start_date), -- trainings can span several days
            revision   INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            deleted_at TEXT
        );
        CREATE INDEX training_by_start ON training (start_date) WHERE deleted_at IS NULL;

        -- Attendance is counted per day: one row per participant and day present.
        CREATE TABLE attendance (
            id            INTEGER PRIMARY KEY,
            uuid          TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            training_uuid TEXT NOT NULL REFERENCES training (uuid),
            person_uuid   TEXT NOT NULL REFERENCES person (uuid),
            day           TEXT NOT NULL,
            checked_in_at TEXT NOT NULL,
            revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at    TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            updated_by    TEXT NOT NULL,
            deleted_at    TEXT
        );
        CREATE UNIQUE INDEX attendance_once_a_day ON attendance (training_uuid, person_uuid, day)
            WHERE deleted_at IS NULL;
        -- The roster's trainings column and its trained / not trained filter read a person's attendance by this.
        CREATE INDEX attendance_by_person ON attendance (person_uuid, training_uuid) WHERE deleted_at IS NULL;
    )sql");
}

} // namespace relawas::core

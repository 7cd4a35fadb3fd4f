#include "core/storage/migrations/Step13VillageTally.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void createVillageTally(SQLite::Database& db)
{
    db.exec(R"sql(
        -- The living people of a village (person.village_code; '' when none) who hold a relawan role on the day of
        -- village_tally_state, and its PKD holders. A row only for a village with one or the other.
        CREATE TABLE village_tally (
            village_code    TEXT PRIMARY KEY,
            men             INTEGER NOT NULL CHECK (men >= 0),
            women           INTEGER NOT NULL CHECK (women >= 0),
            others          INTEGER NOT NULL CHECK (others >= 0), -- gender not recorded
            first_time      INTEGER NOT NULL CHECK (first_time >= 0),
            with_disability INTEGER NOT NULL CHECK (with_disability >= 0),
            pkd             INTEGER NOT NULL CHECK (pkd >= 0),
            -- the volunteers' age bands on that day, youngest first, then the birth date not recorded: men and
            -- women of each, as numbers separated by spaces
            ages            TEXT NOT NULL
        ) WITHOUT ROWID;
        -- The living villages in code order, for the figures: 83,762 codes read in a moment.
        CREATE INDEX region_living_villages ON region (code) WHERE level IN ('desa', 'kelurahan') AND
            retired_in IS NULL;
        -- The day the tally counts roles and ages on; no row: not counted yet.
        CREATE TABLE village_tally_state (
            id             INTEGER PRIMARY KEY CHECK (id = 1),
            reference_date TEXT NOT NULL
        );
    )sql");
}

} // namespace relawas::core

#include "core/storage/migrations/Step7WritersKeepTheIndex.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void letWritersKeepTheIndex(SQLite::Database& db)
{
    db.exec(R"sql(
        -- The triggers computed the name-ordered key in SQL four times over; the person writer computes it once in
        -- C++ (core/base/NameOrder) and writes the index row with the person. The index rows stay as they are.
        DROP TRIGGER person_search_insert;
        DROP TRIGGER person_search_delete;
        DROP TRIGGER person_search_update;
        -- A trigger makes every insert of a person open a statement journal, and FTS5 writes its pending rows out
        -- at each: a batch of people became a segment per person. The writer refuses an id beyond the key itself.
        DROP TRIGGER person_id_limit;

        -- An import or a generated set of people is one audit entry (its file, digest and counts); the entry of each
        -- record it created points at it instead of copying the record whole.
        ALTER TABLE audit_log ADD COLUMN batch_id INTEGER REFERENCES audit_log (id);

        -- Why a role ended: a term over, a move, resigned.
        ALTER TABLE person_role ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';
    )sql");
}

} // namespace relawas::core

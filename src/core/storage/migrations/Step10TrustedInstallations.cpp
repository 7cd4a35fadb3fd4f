#include "core/storage/migrations/Step10TrustedInstallations.h"

#include <SQLiteCpp/Database.h>

namespace relawas::core {

void createTrustedInstallations(SQLite::Database& db)
{
    db.exec(R"sql(
        -- A sender of reports a person has trusted after comparing its key's fingerprint. A report signed by another
        -- key under the same installation id is refused: that is what a forged report looks like.
        CREATE TABLE trusted_installation (
            installation_id TEXT PRIMARY KEY CHECK (length(installation_id) = 36),
            name            TEXT NOT NULL,
            scope_code      TEXT NOT NULL DEFAULT '',
            public_key      TEXT NOT NULL CHECK (length(public_key) = 44), -- base64 of 32 bytes
            trusted_at      TEXT NOT NULL,
            trusted_by      TEXT NOT NULL,
            last_sequence   INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0)
        ) WITHOUT ROWID;
    )sql");
}

} // namespace relawas::core

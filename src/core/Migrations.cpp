#include "Migrations.h"

#include "Error.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

void createRegions(SQLite::Database& db)
{
    db.exec(R"sql(
        CREATE TABLE setting (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Every region list ever loaded; the newest row is the list this database uses.
        CREATE TABLE code_list (
            id           INTEGER PRIMARY KEY,
            name         TEXT NOT NULL,
            version      TEXT NOT NULL,
            source       TEXT NOT NULL,
            region_count INTEGER NOT NULL,
            loaded_at    TEXT NOT NULL
        );

        CREATE TABLE region (
            code        TEXT PRIMARY KEY,
            name        TEXT NOT NULL CHECK (name <> ''),
            level       TEXT NOT NULL CHECK (level IN ('provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa',
                                                       'kelurahan')),
            parent_code TEXT REFERENCES region (code) DEFERRABLE INITIALLY DEFERRED
        ) WITHOUT ROWID;
        CREATE INDEX region_by_parent ON region (parent_code, code);
    )sql");
}

void createKampungProgramme(SQLite::Database& db)
{
    db.exec(R"sql(
        -- The Kampung Pengawasan Partisipatif status of a village. A village without a row is not in the programme.
        CREATE TABLE kampung_programme (
            uuid             TEXT PRIMARY KEY CHECK (length(uuid) = 36),
            village_code     TEXT NOT NULL UNIQUE REFERENCES region (code),
            status           TEXT NOT NULL CHECK (status IN ('candidate', 'assessed', 'designated', 'launched',
                                                             'inactive')),
            sk_number        TEXT NOT NULL DEFAULT '',
            sk_date          TEXT,
            assessment_score REAL CHECK (assessment_score BETWEEN 0 AND 100),
            vulnerability    TEXT CHECK (vulnerability IN ('rendah', 'sedang', 'tinggi')),
            mou_end_date     TEXT,
            notes            TEXT NOT NULL DEFAULT '',
            revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at       TEXT NOT NULL,
            created_by       TEXT NOT NULL,
            updated_at       TEXT NOT NULL,
            updated_by       TEXT NOT NULL,
            deleted_at       TEXT
        );
        CREATE INDEX kampung_programme_by_status ON kampung_programme (status);
    )sql");
}

void trackRetiredRegions(SQLite::Database& db)
{
    // Codes that a newer list no longer has stay (programme data may point at them) but are marked retired.
    db.exec(R"sql(
        ALTER TABLE region ADD COLUMN retired_in INTEGER REFERENCES code_list (id);
        CREATE INDEX region_by_level ON region (level, code);
    )sql");
}

} // namespace

const std::vector<MigrationStep>& migrationLadder()
{
    static const std::vector<MigrationStep> ladder{
        {1, "settings, code lists and regions", createRegions},
        {2, "Kampung Pengawasan Partisipatif programme status", createKampungProgramme},
        {3, "retired region codes and lookups by level", trackRetiredRegions},
    };
    return ladder;
}

int latestSchemaVersion()
{
    return migrationLadder().back().version;
}

int schemaVersionOf(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

void upgradeSchema(SQLite::Database& db, const std::vector<MigrationStep>& ladder, int target)
{
    const int current = schemaVersionOf(db);
    if (current > target) {
        throw Error(
            ErrorKind::UserInput, "database.too_new",
            fmt::format("the database has schema version {}, newer than this program knows ({})", current, target),
            db.getFilename(), {std::to_string(current), std::to_string(target)});
    }
    for (const auto& step : ladder) {
        if (step.version <= current || step.version > target) {
            continue;
        }
        try {
            SQLite::Transaction transaction(db);
            step.apply(db);
            db.exec(fmt::format("PRAGMA user_version = {}", step.version));
            transaction.commit();
        } catch (const SQLite::Exception& e) {
            throw Error(ErrorKind::Internal, "database.migration_failed",
                        fmt::format("upgrading the schema to version {} ({}) failed: {}", step.version,
                                    step.description, e.what()),
                        db.getFilename(), {std::to_string(step.version), e.what()});
        }
    }
}

} // namespace relawas::core

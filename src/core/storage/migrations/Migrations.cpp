#include "core/storage/migrations/Migrations.h"

#include "core/base/Error.h"
#include "core/storage/migrations/Step10TrustedInstallations.h"
#include "core/storage/migrations/Step11ReportExchange.h"
#include "core/storage/migrations/Step12BasesPointAtRecords.h"
#include "core/storage/migrations/Step13VillageTally.h"
#include "core/storage/migrations/Step5NameOrderedSearch.h"
#include "core/storage/migrations/Step6Trainings.h"
#include "core/storage/migrations/Step7WritersKeepTheIndex.h"
#include "core/storage/migrations/Step8SearchWithoutApostrophes.h"
#include "core/storage/migrations/Step9CheckInDesk.h"

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

void createPeople(SQLite::Database& db)
{
    db.exec(R"sql(
        CREATE TABLE person (
            id                   INTEGER PRIMARY KEY, -- local row id, the key of the search index
            uuid                 TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            nik                  TEXT CHECK (nik IS NULL OR (length(nik) = 16 AND nik NOT GLOB '*[^0-9]*')),
            full_name            TEXT NOT NULL COLLATE NOCASE CHECK (full_name <> ''),
            gender               TEXT CHECK (gender IN ('L', 'P')),
            birth_date           TEXT,
            birth_place          TEXT NOT NULL DEFAULT '',
            village_code         TEXT REFERENCES region (code),
            dusun                TEXT NOT NULL DEFAULT '',
            rt                   TEXT NOT NULL DEFAULT '',
            rw                   TEXT NOT NULL DEFAULT '',
            phone                TEXT NOT NULL DEFAULT '',
            email                TEXT NOT NULL DEFAULT '',
            occupation           TEXT NOT NULL DEFAULT '',
            education            TEXT NOT NULL DEFAULT '',
            has_disability       INTEGER NOT NULL DEFAULT 0 CHECK (has_disability IN (0, 1)),
            disability_kind      TEXT NOT NULL DEFAULT '',
            target_groups        TEXT NOT NULL DEFAULT '', -- ids separated by spaces
            organisation         TEXT NOT NULL DEFAULT '',
            no_party_declared_on TEXT,
            consent_on           TEXT,
            notes                TEXT NOT NULL DEFAULT '',
            revision             INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at           TEXT NOT NULL,
            created_by           TEXT NOT NULL,
            updated_at           TEXT NOT NULL,
            updated_by           TEXT NOT NULL,
            deleted_at           TEXT
        );
        -- One living record per NIK: a second one is a duplicate to merge, not a new person.
        CREATE UNIQUE INDEX person_by_nik ON person (nik) WHERE nik IS NOT NULL AND deleted_at IS NULL;
        -- Living people by name: the roster's default order, and small enough to skip through for a deep page.
        CREATE INDEX person_by_name ON person (full_name) WHERE deleted_at IS NULL;
        -- The name of a living person by id, compact: sorting thousands of search matches by name reads only this.
        CREATE INDEX person_name_by_id ON person (id, full_name) WHERE deleted_at IS NULL;
        CREATE INDEX person_by_village ON person (village_code, full_name);
        CREATE INDEX person_by_phone ON person (phone) WHERE phone <> '';
        -- Duplicate checks look for similar names born on the same day.
        CREATE INDEX person_names_by_birth_date ON person (birth_date, full_name) WHERE deleted_at IS NULL;

        CREATE TABLE person_role (
            id          INTEGER PRIMARY KEY,
            uuid        TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
            person_uuid TEXT NOT NULL REFERENCES person (uuid),
            role        TEXT NOT NULL CHECK (role IN ('relawan', 'koordinator-kampung', 'pkd', 'ptps',
                                                      'anggota-panwascam', 'staf-sekretariat', 'narasumber',
                                                      'pelatih')),
            scope_code  TEXT REFERENCES region (code),
            start_date  TEXT,
            end_date    TEXT,
            revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL,
            updated_at  TEXT NOT NULL,
            updated_by  TEXT NOT NULL,
            deleted_at  TEXT
        );
        CREATE INDEX person_role_by_person ON person_role (person_uuid);
        CREATE INDEX person_role_by_role ON person_role (role, scope_code);

        -- Who changed what, when, with the record before and after as JSON.
        CREATE TABLE audit_log (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            actor       TEXT NOT NULL,
            entity      TEXT NOT NULL,
            entity_uuid TEXT NOT NULL,
            action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete', 'merge', 'reveal')),
            before_json TEXT,
            after_json  TEXT
        );
        CREATE INDEX audit_by_entity ON audit_log (entity, entity_uuid, id);

        -- Substring search over name, NIK and phone: trigrams answer '%...%' from an index.
        CREATE VIRTUAL TABLE person_search USING fts5 (
            full_name, nik, phone, content = 'person', content_rowid = 'id', tokenize = 'trigram'
        );
        -- Only living people are in the index: a tombstone leaves it, a search never has to skip the dead. An
        -- Indonesian phone is indexed without its +62, which every number shares and no search should have to read.
        CREATE TRIGGER person_search_insert AFTER INSERT ON person WHEN new.deleted_at IS NULL BEGIN
            INSERT INTO person_search (rowid, full_name, nik, phone)
            VALUES (new.id, new.full_name, coalesce(new.nik, ''),
                    CASE WHEN new.phone LIKE '+62%' THEN substr(new.phone, 4) ELSE new.phone END);
        END;
        CREATE TRIGGER person_search_delete AFTER DELETE ON person WHEN old.deleted_at IS NULL BEGIN
            INSERT INTO person_search (person_search, rowid, full_name, nik, phone)
            VALUES ('delete', old.id, old.full_name, coalesce(old.nik, ''),
                    CASE WHEN old.phone LIKE '+62%' THEN substr(old.phone, 4) ELSE old.phone END);
        END;
        CREATE TRIGGER person_search_update AFTER UPDATE OF full_name, nik, phone, deleted_at ON person BEGIN
            INSERT INTO person_search (person_search, rowid, full_name, nik, phone)
            SELECT 'delete', old.id, old.full_name, coalesce(old.nik, ''),
                   CASE WHEN old.phone LIKE '+62%' THEN substr(old.phone, 4) ELSE old.phone END
            WHERE old.deleted_at IS NULL;
            INSERT INTO person_search (rowid, full_name, nik, phone)
            SELECT new.id, new.full_name, coalesce(new.nik, ''),
                   CASE WHEN new.phone LIKE '+62%' THEN substr(new.phone, 4) ELSE new.phone END
            WHERE new.deleted_at IS NULL;
        END;
    )sql");
}

} // namespace

const std::vector<MigrationStep>& migrationLadder()
{
    static const std::vector<MigrationStep> ladder{
        {1, "settings, code lists and regions", createRegions},
        {2, "Kampung Pengawasan Partisipatif programme status", createKampungProgramme},
        {3, "retired region codes and lookups by level", trackRetiredRegions},
        {4, "people, their roles, the audit log and the roster search index", createPeople},
        {5, "the roster search index in name order, names sorted without regard to case", orderSearchIndexByName},
        {6, "trainings and their attendance, day by day", createTrainings},
        {7, "the person writer keeps the search index, import batches in the audit log, why a role ended",
         letWritersKeepTheIndex},
        {8, "the roster search index holds names without apostrophes", searchWithoutApostrophes},
        {9, "invitations, card codes, check-in attempts, annulled check-ins, scores and certificates",
         createCheckInDesk},
        {10, "the installations whose reports this database accepts", createTrustedInstallations},
        {11, "the bases of three-way merges, the reports taken in and the conflicts they found", createReportExchange},
        {12, "a merge base that is the record as stored keeps no copy of it", letBasesPointAtRecords},
        {13, "the volunteers of each village counted ahead for the figures", createVillageTally},
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

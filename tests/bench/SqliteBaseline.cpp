#include "SqliteBaseline.h"

#include "core/base/NameOrder.h"

#include <fmt/format.h>

namespace relawas::bench {

namespace {

// A column of the spreadsheet: its header, the name of its column in the baseline's temporary table, and how the
// export writes it from a stored person `p`, their village `v` and kecamatan `k`.
struct SheetColumn
{
    const char* header;
    const char* name;
    const char* exported;
};

constexpr const char* kRoleLabel =
    "CASE r.role WHEN 'pkd' THEN 'PKD' WHEN 'ptps' THEN 'PTPS' WHEN 'koordinator-kampung' THEN 'Koordinator Kampung' "
    "WHEN 'anggota-panwascam' THEN 'Anggota Panwascam' WHEN 'staf-sekretariat' THEN 'Staf Sekretariat' "
    "ELSE upper(substr(r.role, 1, 1)) || substr(r.role, 2) END";

// The stored ids ("pemilih-pemula perempuan") as a clerk writes them ("Pemilih Pemula, Perempuan").
constexpr const char* kTargetGroupLabels =
    "rtrim(replace(replace(replace(replace(replace(replace(replace(replace(replace(p.target_groups || ' ', "
    "'pemilih-pemula ', 'Pemilih Pemula, '), 'perempuan ', 'Perempuan, '), 'disabilitas ', 'Disabilitas, '), "
    "'lansia ', 'Lansia, '), 'tokoh-agama ', 'Tokoh Agama, '), 'tokoh-adat ', 'Tokoh Adat, '), "
    "'pemuda ', 'Pemuda, '), 'mahasiswa-pelajar ', 'Mahasiswa/Pelajar, '), 'ormas ', 'Ormas, '), ', ')";

const SheetColumn kSheet[] = {
    {"Nama Lengkap", "full_name", "p.full_name"},
    {"NIK", "nik", "p.nik"},
    {"Jenis Kelamin", "gender", "p.gender"},
    {"Tempat Lahir", "birth_place", "p.birth_place"},
    {"Tanggal Lahir", "birth_date", "strftime('%d/%m/%Y', p.birth_date)"},
    {"No HP/WA", "phone", "CASE WHEN p.phone LIKE '+62%' THEN '0' || substr(p.phone, 4) ELSE p.phone END"},
    {"Email", "email", "p.email"},
    {"Desa/Kelurahan", "village", "v.name"},
    {"Kecamatan", "kecamatan", "k.name"},
    {"Dusun", "dusun", "p.dusun"},
    {"RT", "rt", "p.rt"},
    {"RW", "rw", "p.rw"},
    {"Pekerjaan", "occupation", "p.occupation"},
    {"Pendidikan", "education", "p.education"},
    {"Disabilitas", "disability", "CASE WHEN p.has_disability THEN 'Ya' ELSE 'Tidak' END"},
    {"Jenis Disabilitas", "disability_kind", "p.disability_kind"},
    {"Kelompok Sasaran", "target_groups", kTargetGroupLabels},
    {"Organisasi", "organisation", "p.organisation"},
    {"Peran", "role",
     "(SELECT {role} FROM person_role r WHERE r.person_uuid = p.uuid AND r.deleted_at IS NULL ORDER BY r.id LIMIT 1)"},
    {"Tgl Pernyataan Bukan Anggota Parpol", "no_party", "strftime('%d/%m/%Y', p.no_party_declared_on)"},
    {"Tgl Persetujuan", "consent", "strftime('%d/%m/%Y', p.consent_on)"},
};

// The person's columns as stored, for the baseline of `demo generate`; its file adds the first role (kind, scope,
// start) and the kind of a second one (one volunteer in 25 is also a koordinator kampung).
constexpr const char* kStoredPersonColumns =
    "nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone, email, occupation, "
    "education, has_disability, disability_kind, target_groups, organisation, no_party_declared_on, consent_on, notes";

// A path as SQL text, for ATTACH. The shell's dot-commands read a single-quoted path up to the next quote, without
// escapes: the benchmark's temporary folder must have no quote in its name.
std::string sqlText(const std::filesystem::path& path)
{
    std::string text = "'";
    for (const char c : path.string()) {
        text += c == '\'' ? std::string("''") : std::string(1, c);
    }
    return text + "'";
}

// The connection as Relawas opens it (WAL is kept in the file) and as its batches set the page cache.
constexpr const char* kSession = R"sql(.bail on
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
PRAGMA cache_size = -65536;
)sql";

// A UUID of the shape Relawas writes (version 7: the time first), ordered by `n` so that the unique index on uuid
// grows at its end, as it does for Relawas's time-ordered ids; the rest is random.
std::string uuidSql(const std::string& n)
{
    return fmt::format("printf('%08x-%04x-7%03x-%04x-%012x', r.ms >> 16, r.ms & 65535, (({0}) >> 14) & 4095, "
                       "32768 | (({0}) & 16383), random() & 281474976710655)",
                       n);
}

// What every baseline does first: the run's clock and first ids, the batch's audit entry.
std::string openBatchSql(const std::string& kind, const std::filesystem::path& csv)
{
    return fmt::format(R"sql(
CREATE TEMP TABLE run AS SELECT
    (SELECT coalesce(max(id), 0) FROM person) AS first_person,
    (SELECT coalesce(max(id), 0) FROM person_role) AS first_role,
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS now,
    CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) AS ms,
    0 AS batch;
INSERT INTO audit_log (at, actor, entity, entity_uuid, action, after_json)
    SELECT r.now, 'sqlite3', '{kind}', {uuid}, 'create', json_object('file', {file}) FROM run r;
UPDATE run SET batch = last_insert_rowid();
)sql",
                       fmt::arg("kind", kind), fmt::arg("uuid", uuidSql("0")),
                       fmt::arg("file", sqlText(csv.filename())));
}

// What every baseline does last: the search index and the audit entries of the new people and roles, the batch's
// counts, the commit.
std::string closeBatchSql()
{
    return fmt::format(R"sql(
INSERT INTO person_search (rowid, full_name, nik, phone)
    SELECT ({bucket}) << {bits} | p.id, p.full_name, coalesce(p.nik, ''),
           CASE WHEN p.phone LIKE '+62%' THEN substr(p.phone, 4) ELSE p.phone END
    FROM run r JOIN person p ON p.id > r.first_person ORDER BY p.id;
INSERT INTO audit_log (at, actor, entity, entity_uuid, action, batch_id)
    SELECT r.now, 'sqlite3', 'person', p.uuid, 'create', r.batch FROM run r JOIN person p ON p.id > r.first_person
    ORDER BY p.id;
INSERT INTO audit_log (at, actor, entity, entity_uuid, action, batch_id)
    SELECT r.now, 'sqlite3', 'person_role', pr.uuid, 'create', r.batch
    FROM run r JOIN person_role pr ON pr.id > r.first_role ORDER BY pr.id;
UPDATE audit_log SET after_json = json_set(after_json, '$.written',
        (SELECT count(*) FROM run r JOIN person p ON p.id > r.first_person))
    WHERE id = (SELECT batch FROM run);
COMMIT;
)sql",
                       fmt::arg("bucket", core::nameBucketSql("p.full_name")),
                       fmt::arg("bits", core::kSearchKeyIdBits));
}

// How a dd/mm/yyyy cell becomes a stored date; an empty cell stays NULL.
std::string isoDate(const std::string& cell)
{
    return fmt::format("nullif(substr({0}, 7, 4) || '-' || substr({0}, 4, 2) || '-' || substr({0}, 1, 2), '--')", cell);
}

} // namespace

std::string exportSpreadsheetSql(const std::filesystem::path& csv, const std::filesystem::path& otherDb, long long rows)
{
    std::string select;
    for (const auto& column : kSheet) {
        select += fmt::format("{}{} AS \"{}\"", select.empty() ? "" : ",\n    ",
                              fmt::format(fmt::runtime(column.exported), fmt::arg("role", kRoleLabel)), column.header);
    }
    return fmt::format(R"sql(.bail on
ATTACH {other} AS other;
.headers on
.mode csv
.once {csv}
SELECT {select}
FROM person p JOIN region v ON v.code = p.village_code JOIN region k ON k.code = v.parent_code
WHERE p.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM other.person o WHERE o.nik = p.nik AND o.deleted_at IS NULL)
ORDER BY p.id LIMIT {rows};
)sql",
                       fmt::arg("other", sqlText(otherDb)), fmt::arg("csv", sqlText(csv)), fmt::arg("select", select),
                       fmt::arg("rows", rows));
}

std::string exportStoredPeopleSql(const std::filesystem::path& csv)
{
    return fmt::format(R"sql(.bail on
.headers on
.mode csv
.once {csv}
SELECT {columns}, r.role, r.scope_code, r.start_date,
    coalesce((SELECT r2.role FROM person_role r2 WHERE r2.person_uuid = p.uuid AND r2.id > r.id
              ORDER BY r2.id LIMIT 1), '') AS second_role
FROM person p JOIN person_role r
    ON r.id = (SELECT min(id) FROM person_role WHERE person_uuid = p.uuid AND deleted_at IS NULL)
WHERE p.deleted_at IS NULL ORDER BY p.id;
)sql",
                       fmt::arg("csv", sqlText(csv)), fmt::arg("columns", kStoredPersonColumns));
}

std::string importBaselineSql(const std::filesystem::path& csv, const std::string& kabupaten)
{
    std::string columns;
    for (const auto& column : kSheet) {
        columns += fmt::format("{}{} TEXT", columns.empty() ? "" : ", ", column.name);
    }
    return kSession +
           fmt::format(R"sql(BEGIN;
CREATE TEMP TABLE sheet ({columns});
.import --csv --skip 1 {csv} sheet
-- A village is found by its name within its kecamatan, as the import finds it.
CREATE TEMP TABLE village AS
    SELECT k.name AS kecamatan, v.name AS village, v.code AS code
    FROM region k JOIN region v ON v.parent_code = k.code WHERE k.parent_code = {kabupaten};
CREATE UNIQUE INDEX temp.village_by_name ON village (kecamatan, village);
{open}
INSERT INTO person (id, uuid, nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone,
        email, occupation, education, has_disability, disability_kind, target_groups, organisation,
        no_party_declared_on, consent_on, notes, revision, created_at, created_by, updated_at, updated_by)
    SELECT r.first_person + s.rowid, {personUuid}, nullif(s.nik, ''), s.full_name, nullif(s.gender, ''),
        {birthDate}, s.birth_place, v.code, s.dusun, s.rt, s.rw,
        CASE WHEN s.phone LIKE '0%' THEN '+62' || substr(s.phone, 2) ELSE s.phone END, s.email, s.occupation,
        s.education, s.disability = 'Ya', s.disability_kind,
        replace(replace(replace(replace(lower(s.target_groups), ', ', ','), ' ', '-'), '/', '-'), ',', ' '),
        s.organisation, {noParty}, {consent}, '', 1, r.now, 'sqlite3', r.now, 'sqlite3'
    FROM run r, sheet s JOIN village v ON v.kecamatan = s.kecamatan AND v.village = s.village
    ORDER BY s.rowid;
-- One role per row, scoped as the import scopes it: the village, the kecamatan of its staff, else the kabupaten.
INSERT INTO person_role (id, uuid, person_uuid, role, scope_code, revision, created_at, created_by, updated_at,
        updated_by)
    SELECT r.first_role + s.rowid, {roleUuid}, p.uuid, lower(replace(s.role, ' ', '-')),
        CASE WHEN s.role IN ('Anggota Panwascam', 'Staf Sekretariat') THEN substr(p.village_code, 1, 8)
             WHEN s.role IN ('Narasumber', 'Pelatih') THEN {kabupaten} ELSE p.village_code END,
        1, r.now, 'sqlite3', r.now, 'sqlite3'
    FROM run r, sheet s JOIN person p ON p.id = r.first_person + s.rowid ORDER BY s.rowid;
{close})sql",
                       fmt::arg("columns", columns), fmt::arg("csv", sqlText(csv)),
                       fmt::arg("kabupaten", sqlText(kabupaten)), fmt::arg("open", openBatchSql("import", csv)),
                       fmt::arg("personUuid", uuidSql("r.first_person + s.rowid")),
                       fmt::arg("roleUuid", uuidSql("r.first_role + s.rowid")),
                       fmt::arg("birthDate", isoDate("s.birth_date")), fmt::arg("noParty", isoDate("s.no_party")),
                       fmt::arg("consent", isoDate("s.consent")), fmt::arg("close", closeBatchSql()));
}

std::string generateBaselineSql(const std::filesystem::path& csv)
{
    return kSession + fmt::format(R"sql(BEGIN;
CREATE TEMP TABLE stored ({columns}, role, scope_code, start_date, second_role);
.import --csv --skip 1 {csv} stored
{open}
INSERT INTO person (id, uuid, {columns}, revision, created_at, created_by, updated_at, updated_by)
    SELECT r.first_person + s.rowid, {personUuid}, nullif(s.nik, ''), s.full_name, nullif(s.gender, ''),
        nullif(s.birth_date, ''), s.birth_place, nullif(s.village_code, ''), s.dusun, s.rt, s.rw, s.phone, s.email,
        s.occupation, s.education, s.has_disability, s.disability_kind, s.target_groups, s.organisation,
        nullif(s.no_party_declared_on, ''), nullif(s.consent_on, ''), s.notes, 1, r.now, 'sqlite3', r.now, 'sqlite3'
    FROM run r, stored s ORDER BY s.rowid;
INSERT INTO person_role (id, uuid, person_uuid, role, scope_code, start_date, revision, created_at, created_by,
        updated_at, updated_by)
    SELECT r.first_role + s.rowid, {roleUuid}, p.uuid, s.role, nullif(s.scope_code, ''), nullif(s.start_date, ''),
        1, r.now, 'sqlite3', r.now, 'sqlite3'
    FROM run r, stored s JOIN person p ON p.id = r.first_person + s.rowid ORDER BY s.rowid;
INSERT INTO person_role (uuid, person_uuid, role, scope_code, start_date, revision, created_at, created_by,
        updated_at, updated_by)
    SELECT {secondUuid}, p.uuid, s.second_role, nullif(s.scope_code, ''), nullif(s.start_date, ''),
        1, r.now, 'sqlite3', r.now, 'sqlite3'
    FROM run r, stored s JOIN person p ON p.id = r.first_person + s.rowid WHERE s.second_role <> ''
    ORDER BY s.rowid;
{close})sql",
                                  fmt::arg("columns", kStoredPersonColumns), fmt::arg("csv", sqlText(csv)),
                                  fmt::arg("open", openBatchSql("demo", csv)),
                                  fmt::arg("personUuid", uuidSql("r.first_person + s.rowid")),
                                  fmt::arg("roleUuid", uuidSql("r.first_role + s.rowid")),
                                  fmt::arg("secondUuid", uuidSql("r.first_role + 16777216 + s.rowid")),
                                  fmt::arg("close", closeBatchSql()));
}

} // namespace relawas::bench

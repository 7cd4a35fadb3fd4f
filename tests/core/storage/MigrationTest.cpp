#include "TempDir.h"
#include "core/base/Error.h"
#include "core/base/NameOrder.h"
#include "core/base/TextUtil.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/migrations/Migrations.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using relawas::tests::TempDir;

namespace {

// What a laptop running the version-1 program could have stored: its settings and a small region list.
void storeVersion1Data(SQLite::Database& db)
{
    db.exec(R"sql(
        INSERT INTO setting (key, value) VALUES ('working_kabupaten', '12.19');
        INSERT INTO code_list (name, version, source, region_count, loaded_at)
            VALUES ('idn-area-data', '3.1.0', '/usr/share/idn-area-data', 4, '2024-01-15T08:00:00.000Z');
        INSERT INTO region (code, name, level, parent_code) VALUES
            ('12', 'Sumatera Utara', 'provinsi', NULL),
            ('12.19', 'Kabupaten Batu Bara', 'kabupaten', '12'),
            ('12.19.01', 'Medang Deras', 'kecamatan', '12.19'),
            ('12.19.01.2004', 'Durian', 'desa', '12.19.01');
    )sql");
}

// What the version-2 program adds: the programme status of a village.
void storeVersion2Data(SQLite::Database& db)
{
    db.exec(R"sql(
        INSERT INTO kampung_programme (uuid, village_code, status, sk_number, sk_date, assessment_score, vulnerability,
                                       revision, created_at, created_by, updated_at, updated_by)
            VALUES ('01890a5d-ac96-774b-bcce-b302099a8057', '12.19.01.2004', 'designated', '188.45/12/BB/2024',
                    '2024-03-01', 72.5, 'sedang', 3, '2024-02-01T09:00:00.000Z', 'staf.medang-deras',
                    '2024-03-02T10:00:00.000Z', 'staf.medang-deras');
    )sql");
}

} // namespace

TEST_CASE("The migration ladder climbs one version at a time from 1", "[migrations]")
{
    const auto& ladder = migrationLadder();
    REQUIRE_FALSE(ladder.empty());
    for (std::size_t i = 0; i < ladder.size(); ++i) {
        CHECK(ladder[i].version == int(i) + 1);
        CHECK_FALSE(ladder[i].description.empty());
    }
    CHECK(latestSchemaVersion() == ladder.back().version);
}

TEST_CASE("A database made by any earlier version opens at the latest schema with its data intact", "[migrations]")
{
    const int oldVersion = GENERATE(range(0, latestSchemaVersion()));
    CAPTURE(oldVersion);
    TempDir dir;
    const auto file = dir / "relawas.db";

    {
        Database old(file, Database::Upgrade::No);
        upgradeSchema(old.connection(), migrationLadder(), oldVersion);
        REQUIRE(old.schemaVersion() == oldVersion);
        if (oldVersion >= 1) {
            storeVersion1Data(old.connection());
        }
        if (oldVersion >= 2) {
            storeVersion2Data(old.connection());
        }
    }

    Database db(file);
    CHECK(db.schemaVersion() == latestSchemaVersion());

    const RegionRepository regions(db);
    const KampungRepository programmes(db);
    if (oldVersion == 0) {
        CHECK(regions.countAll() == 0);
        CHECK_FALSE(regions.currentCodeList());
        return;
    }

    CHECK(SettingsStore(db).workingKabupaten() == "12.19");
    const auto codeList = regions.currentCodeList();
    REQUIRE(codeList);
    CHECK(codeList->version == "3.1.0");
    CHECK(codeList->regionCount == 4);
    const auto durian = regions.find("12.19.01.2004");
    REQUIRE(durian);
    CHECK(durian->name == "Durian");
    CHECK(durian->level == RegionLevel::Desa);
    CHECK(durian->parentCode == "12.19.01");
    CHECK_FALSE(durian->retired);
    CHECK(regions.countAll() == 4);

    const auto programme = programmes.find("12.19.01.2004");
    if (oldVersion < 2) {
        CHECK_FALSE(programme);
        return;
    }
    REQUIRE(programme);
    CHECK(programme->meta.uuid == "01890a5d-ac96-774b-bcce-b302099a8057");
    CHECK(programme->meta.revision == 3);
    CHECK(programme->stage == KampungStage::Designated);
    CHECK(programme->skNumber == "188.45/12/BB/2024");
    CHECK(programme->skDate == parseIsoDate("2024-03-01"));
    CHECK(programme->assessmentScore == 72.5);
    CHECK(programme->vulnerability == Vulnerability::Sedang);
    CHECK(programme->meta.createdBy == "staf.medang-deras");
}

TEST_CASE("A migration step that fails halfway leaves the file at the last good version", "[migrations]")
{
    TempDir dir;
    const auto file = dir / "relawas.db";
    const std::vector<MigrationStep> ladder{
        migrationLadder().front(),
        {2, "a step with a typo in its second statement",
         [](SQLite::Database& db) {
             db.exec("CREATE TABLE half_done (id INTEGER PRIMARY KEY)");
             db.exec("ALTER TABLE no_such_table ADD COLUMN oops TEXT");
         }},
    };

    {
        Database db(file, Database::Upgrade::No);
        try {
            upgradeSchema(db.connection(), ladder, 2);
            FAIL("the broken step was accepted");
        } catch (const Error& e) {
            CHECK(e.code() == "database.migration_failed");
            CHECK(e.kind() == ErrorKind::Internal);
            REQUIRE_FALSE(e.args().empty());
            CHECK(e.args().front() == "2");
        }
        CHECK(db.schemaVersion() == 1);
        CHECK(db.connection().tableExists("setting"));
        CHECK_FALSE(db.connection().tableExists("half_done"));
    }

    // The real ladder still takes the rolled-back file the rest of the way.
    Database db(file);
    CHECK(db.schemaVersion() == latestSchemaVersion());
    CHECK_FALSE(db.connection().tableExists("half_done"));
}

TEST_CASE("A database from a newer program is refused and left alone", "[migrations]")
{
    TempDir dir;
    const auto file = dir / "from-the-future.db";
    const int newer = latestSchemaVersion() + 1;
    {
        Database db(file, Database::Upgrade::No);
        db.connection().exec("PRAGMA user_version = " + std::to_string(newer));
    }

    try {
        Database db(file);
        FAIL("a newer schema was opened");
    } catch (const Error& e) {
        CHECK(e.code() == "database.too_new");
        CHECK(e.kind() == ErrorKind::UserInput);
    }

    Database untouched(file, Database::Upgrade::No);
    CHECK(untouched.schemaVersion() == newer);
}

TEST_CASE("An open database runs in WAL mode and enforces foreign keys", "[migrations]")
{
    TempDir dir;
    Database db(dir / "relawas.db");
    SQLite::Database& connection = db.connection();

    CHECK(connection.execAndGet("PRAGMA journal_mode").getString() == "wal");
    CHECK(connection.execAndGet("PRAGMA foreign_keys").getInt() == 1);

    // Foreign keys are not only switched on but enforced: a programme row for a village that does not exist fails.
    CHECK_THROWS_AS(connection.exec("INSERT INTO kampung_programme (uuid, village_code, status, created_at, "
                                    "created_by, updated_at, updated_by) VALUES "
                                    "('01890a5d-ac96-774b-bcce-b302099a8057', '99.99.99.2999', 'candidate', "
                                    "'2024-01-01T00:00:00.000Z', 'x', '2024-01-01T00:00:00.000Z', 'x')"),
                    SQLite::Exception);
}

TEST_CASE("A file that is not a Relawas database is refused, not overwritten", "[migrations]")
{
    TempDir dir;
    const auto file = dir / "laporan.xlsx";
    const std::string bytes(4096, 'x');
    {
        std::ofstream out(file, std::ios::binary);
        out << bytes;
    }

    try {
        Database db(file);
        FAIL("a spreadsheet was opened as a database");
    } catch (const Error& e) {
        CHECK(e.code() == "database.open_failed");
        CHECK(e.place() == file.string());
    }

    std::ifstream in(file, std::ios::binary);
    const std::string after((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(after == bytes);
}

TEST_CASE("Step 8 writes the search rows of names with an apostrophe again, folded; the others stay", "[migrations]")
{
    TempDir dir;
    const auto file = dir / "relawas.db";
    const std::string names[] = {"Nur’aini Lubis", "Rahmat Ja'far", "Budi Santoso"};
    {
        Database old(file, Database::Upgrade::No);
        upgradeSchema(old.connection(), migrationLadder(), 7);
        long long id = 0;
        for (const std::string& name : names) {
            ++id;
            SQLite::Statement person(
                old.connection(), "INSERT INTO person (id, uuid, full_name, phone, created_at, created_by, "
                                  "updated_at, updated_by) VALUES (?, ?, ?, '+6281377770001', '2026-01-01T00:00:00Z',"
                                  " 'staf', '2026-01-01T00:00:00Z', 'staf')");
            person.bind(1, static_cast<int64_t>(id));
            person.bind(2, "01890a5d-ac96-774b-bcce-b302099a805" + std::to_string(id));
            person.bind(3, name);
            person.exec();
            // As the version-7 person writer wrote it: the name as written, the phone without +62.
            SQLite::Statement index(old.connection(), "INSERT INTO person_search (rowid, full_name, nik, phone) "
                                                      "VALUES (?, ?, '', '81377770001')");
            index.bind(1, static_cast<int64_t>(searchKey(name, id)));
            index.bind(2, name);
            index.exec();
        }
    }

    Database db(file);
    REQUIRE(db.schemaVersion() >= 8);
    const auto matches = [&db](const std::string& phrase) {
        SQLite::Statement q(db.connection(), "SELECT count(*) FROM person_search WHERE person_search MATCH ?");
        q.bind(1, "\"" + phrase + "\"");
        q.executeStep();
        return q.getColumn(0).getInt();
    };
    CHECK(matches("nuraini") == 1);
    CHECK(matches("rahmat jafar") == 1);
    CHECK(matches("ja'far") == 0);
    CHECK(matches("budi santoso") == 1);
    CHECK(matches("813777") == 3);
    // The old rows are gone, not left beside the new: a removal with the folded values leaves the index empty.
    SQLite::Statement all(db.connection(), "SELECT id, full_name FROM person");
    while (all.executeStep()) {
        const std::string name = all.getColumn(1).getString();
        SQLite::Statement remove(db.connection(), "INSERT INTO person_search (person_search, rowid, full_name, nik, "
                                                  "phone) VALUES ('delete', ?, ?, '', '81377770001')");
        remove.bind(1, static_cast<int64_t>(searchKey(name, all.getColumn(0).getInt64())));
        remove.bind(2, withoutApostrophes(name));
        remove.exec();
    }
    CHECK(matches("813777") == 0);
    CHECK(matches("aini") == 0);
}

TEST_CASE("The database, its -wal and -shm and the folder made for them are their owner's alone", "[database]")
{
    TempDir dir;
    const auto folder = dir / "share" / "Relawas";
    const auto file = folder / "relawas.db";
    const auto modeOf = [](const std::filesystem::path& path) {
        return std::filesystem::status(path).permissions() & std::filesystem::perms::all;
    };
    using std::filesystem::perms;
    const perms shared =
        perms::owner_all | perms::group_read | perms::group_exec | perms::others_read | perms::others_exec;
    std::filesystem::create_directory(dir / "share");
    std::filesystem::permissions(dir / "share", shared);
    {
        Database db(file);
        db.connection().exec("CREATE TABLE note (text TEXT); INSERT INTO note VALUES ('1219070101900001')");
        CHECK(modeOf(file) == (perms::owner_read | perms::owner_write));
        REQUIRE(std::filesystem::exists(file.string() + "-wal"));
        CHECK(modeOf(file.string() + "-wal") == (perms::owner_read | perms::owner_write));
        CHECK(modeOf(file.string() + "-shm") == (perms::owner_read | perms::owner_write));
        CHECK(modeOf(folder) == perms::owner_all);
        CHECK(modeOf(dir / "share") == shared); // a folder that existed keeps its mode
    }
    SECTION("a database an earlier version left readable by everyone is made private when opened")
    {
        std::filesystem::permissions(file,
                                     perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
        Database again(file);
        CHECK(modeOf(file) == (perms::owner_read | perms::owner_write));
    }
}

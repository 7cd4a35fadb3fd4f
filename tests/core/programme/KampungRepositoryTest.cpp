#include "core/programme/KampungRepository.h"

#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr Date kToday = 2024y / std::chrono::November / 28d;

KampungProgramme assessedDurian()
{
    KampungProgramme p;
    p.villageCode = "12.19.01.2004"; // Durian, Medang Deras, Batu Bara
    p.stage = KampungStage::Assessed;
    p.assessmentScore = 64.0;
    p.vulnerability = Vulnerability::Tinggi;
    p.notes = "Dua kelompok tani dan satu majelis taklim aktif";
    return p;
}

long long rowCount(Database& db)
{
    return db.connection().execAndGet("SELECT count(*) FROM kampung_programme").getInt64();
}

// Everything stored about the programme of one village, tombstones included.
std::string storedRow(Database& db, const std::string& villageCode)
{
    SQLite::Statement query(db.connection(), "SELECT * FROM kampung_programme WHERE village_code = ?");
    query.bind(1, villageCode);
    std::string row;
    while (query.executeStep()) {
        for (int i = 0; i < query.getColumnCount(); ++i) {
            row += query.getColumn(i).isNull() ? std::string("NULL") : query.getColumn(i).getString();
            row += '|';
        }
    }
    return row;
}

} // namespace

TEST_CASE("The first save of a village's programme mints its record", "[kampung-repository]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    KampungRepository programmes(db);

    const auto saved = programmes.save(assessedDurian(), "staf.medang-deras", kToday);

    CHECK(isUuid(saved.meta.uuid));
    CHECK(saved.meta.uuid[14] == '7');
    CHECK(saved.meta.revision == 1);
    CHECK(saved.meta.createdBy == "staf.medang-deras");
    CHECK(saved.meta.updatedBy == "staf.medang-deras");
    CHECK_FALSE(saved.meta.createdAt.empty());
    CHECK(saved.meta.updatedAt == saved.meta.createdAt);

    const auto found = programmes.find("12.19.01.2004");
    REQUIRE(found);
    CHECK(found->sameContent(assessedDurian()));
    CHECK(found->meta.uuid == saved.meta.uuid);
    CHECK(found->meta.revision == 1);
    CHECK(found->meta.createdAt == saved.meta.createdAt);
    CHECK_FALSE(programmes.find("12.19.07.2004")); // the other Durian is not in the programme
}

TEST_CASE("Two people edit the same village: the second, stale save is refused", "[kampung-repository]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    KampungRepository programmes(db);
    const auto first = programmes.save(assessedDurian(), "staf.medang-deras", kToday);

    SECTION("a save based on the current revision goes through")
    {
        // The form knows only the facts on screen and the revision it was loaded at.
        KampungProgramme edit = assessedDurian();
        edit.meta.revision = first.meta.revision;
        edit.stage = KampungStage::Designated;
        edit.skNumber = "188.45/12/BB/2024";
        edit.skDate = 2024y / std::chrono::March / 1d;
        const auto second = programmes.save(edit, "koordinator.kabupaten", kToday);

        CHECK(second.meta.revision == 2);
        CHECK(second.meta.uuid == first.meta.uuid);
        CHECK(second.meta.createdAt == first.meta.createdAt);
        CHECK(second.meta.createdBy == "staf.medang-deras");
        CHECK(second.meta.updatedBy == "koordinator.kabupaten");
        CHECK(programmes.find("12.19.01.2004")->stage == KampungStage::Designated);
        CHECK(rowCount(db) == 1);
    }

    SECTION("a save made from a copy read before the first save is refused and changes nothing")
    {
        const std::string before = storedRow(db, "12.19.01.2004");
        KampungProgramme stale = assessedDurian(); // revision 0: "not in the programme yet"
        stale.vulnerability = Vulnerability::Rendah;

        try {
            programmes.save(stale, "staf.sei-balai", kToday);
            FAIL("the stale save overwrote the record");
        } catch (const Error& e) {
            CHECK(e.code() == "kampung.stale");
        }
        CHECK(storedRow(db, "12.19.01.2004") == before);
        CHECK(programmes.find("12.19.01.2004")->vulnerability == Vulnerability::Tinggi);
    }
}

TEST_CASE("A save that breaks a rule names the field and writes nothing", "[kampung-repository]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    KampungRepository programmes(db);

    KampungProgramme noDecree = assessedDurian();
    noDecree.stage = KampungStage::Designated; // but no SK number or date

    SECTION("for a village not yet in the programme")
    {
        try {
            programmes.save(noDecree, "staf.medang-deras", kToday);
            FAIL("a designated village without its decree was saved");
        } catch (const Error& e) {
            CHECK(e.code() == "kampung.sk_number_required");
            CHECK(e.place() == "sk_number");
            CHECK(e.kind() == ErrorKind::UserInput);
        }
        CHECK_FALSE(programmes.find("12.19.01.2004"));
        CHECK(rowCount(db) == 0);
    }

    SECTION("for a village already in it")
    {
        const auto saved = programmes.save(assessedDurian(), "staf.medang-deras", kToday);
        const std::string before = storedRow(db, "12.19.01.2004");
        noDecree.meta = saved.meta;
        noDecree.skNumber = "188.45/12/BB/2024";
        noDecree.skDate = 2025y / std::chrono::January / 2d; // after `today`

        try {
            programmes.save(noDecree, "staf.medang-deras", kToday);
            FAIL("a decree dated in the future was saved");
        } catch (const Error& e) {
            CHECK(e.code() == "kampung.sk_date_future");
            CHECK(e.place() == "sk_date");
        }
        CHECK(storedRow(db, "12.19.01.2004") == before);
    }
}

TEST_CASE("Only a desa or kelurahan can join the programme", "[kampung-repository]")
{
    const std::string code = GENERATE(as<std::string>{}, "12.19.01", "12.19", "12.19.01.2999");
    CAPTURE(code);
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    KampungRepository programmes(db);
    KampungProgramme programme = assessedDurian();
    programme.villageCode = code;

    try {
        programmes.save(programme, "staf.medang-deras", kToday);
        FAIL("a region that is not a village joined the programme");
    } catch (const Error& e) {
        CHECK(e.code() == "region.not_village");
        CHECK(e.place() == "village_code");
    }
    CHECK(rowCount(db) == 0);

    // A kelurahan may.
    programme.villageCode = "12.19.01.1001";
    CHECK(programmes.save(programme, "staf.medang-deras", kToday).meta.revision == 1);
}

TEST_CASE("Taking a village out of the programme leaves a tombstone, and it can come back", "[kampung-repository]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    KampungRepository programmes(db);
    const auto saved = programmes.save(assessedDurian(), "staf.medang-deras", kToday);

    programmes.remove("12.19.01.2004", "koordinator.kabupaten");

    CHECK_FALSE(programmes.find("12.19.01.2004"));
    CHECK(programmes.stagesUnder("12.19").empty());
    SQLite::Statement tombstone(db.connection(), "SELECT uuid, revision, updated_by, deleted_at IS NOT NULL "
                                                 "FROM kampung_programme WHERE village_code = '12.19.01.2004'");
    REQUIRE(tombstone.executeStep());
    CHECK(tombstone.getColumn(0).getString() == saved.meta.uuid);
    const long long removedRevision = tombstone.getColumn(1).getInt64();
    CHECK(removedRevision > saved.meta.revision);
    CHECK(tombstone.getColumn(2).getString() == "koordinator.kabupaten");
    CHECK(tombstone.getColumn(3).getInt() == 1);
    tombstone.reset();

    // Removing it again is a no-op.
    programmes.remove("12.19.01.2004", "koordinator.kabupaten");
    REQUIRE(tombstone.executeStep());
    CHECK(tombstone.getColumn(1).getInt64() == removedRevision);
    tombstone.reset();

    // The village joins again as if new (revision 0), and keeps its identity for sync.
    const auto revived = programmes.save(assessedDurian(), "staf.medang-deras", kToday);
    CHECK(revived.meta.uuid == saved.meta.uuid);
    CHECK(revived.meta.revision > removedRevision);
    const auto found = programmes.find("12.19.01.2004");
    REQUIRE(found);
    CHECK(found->meta.revision == revived.meta.revision);
    CHECK(rowCount(db) == 1);
}

TEST_CASE("The Wilayah tree sees the stage of every village in the programme below a region", "[kampung-repository]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    KampungRepository programmes(db);

    const auto saveAs = [&](const std::string& code, KampungStage stage) {
        KampungProgramme p;
        p.villageCode = code;
        p.stage = stage;
        if (stage != KampungStage::Candidate) {
            p.assessmentScore = 55.0;
            p.vulnerability = Vulnerability::Sedang;
        }
        programmes.save(p, "koordinator.kabupaten", kToday);
    };
    saveAs("12.19.01.2004", KampungStage::Assessed);  // Durian, Medang Deras
    saveAs("12.19.07.2004", KampungStage::Candidate); // Durian, Sei Balai
    saveAs("12.19.06.1001", KampungStage::Candidate); // Tanjung Tiram, removed again below
    saveAs("12.71.01.1001", KampungStage::Assessed);  // Pasar Baru, Kota Medan
    saveAs("12.20.04.2051", KampungStage::Candidate); // another Tanjung Tiram, in Padang Lawas Utara
    programmes.remove("12.19.06.1001", "koordinator.kabupaten");

    using Stages = std::map<std::string, KampungStage>;
    CHECK(programmes.stagesUnder("12.19") ==
          Stages{{"12.19.01.2004", KampungStage::Assessed}, {"12.19.07.2004", KampungStage::Candidate}});
    CHECK(programmes.stagesUnder("12.19.07") == Stages{{"12.19.07.2004", KampungStage::Candidate}});
    CHECK(programmes.stagesUnder("12").size() == 4);
    CHECK(programmes.stagesUnder("13").empty());
}

#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::vector<std::string> codesOf(const std::vector<Region>& regions)
{
    std::vector<std::string> codes;
    for (const auto& region : regions) {
        codes.push_back(region.code);
    }
    return codes;
}

RegionFilter below(const std::string& code, std::optional<RegionLevel> level = {}, bool includeRetired = false)
{
    RegionFilter filter;
    filter.under = code;
    filter.level = level;
    filter.includeRetired = includeRetired;
    return filter;
}

const Date kToday = parseIsoDate("2024-11-28").value();

KampungProgramme designated(const std::string& villageCode, const std::string& skNumber)
{
    KampungProgramme programme;
    programme.villageCode = villageCode;
    programme.stage = KampungStage::Designated;
    programme.skNumber = skNumber;
    programme.skDate = parseIsoDate("2024-03-01");
    programme.assessmentScore = 72.5;
    programme.vulnerability = Vulnerability::Sedang;
    programme.mouEndDate = parseIsoDate("2027-03-01");
    programme.notes = "MoU dengan pemerintah desa";
    return programme;
}

void checkSameRecord(const std::optional<KampungProgramme>& actual, const KampungProgramme& expected)
{
    REQUIRE(actual);
    CHECK(actual->sameContent(expected));
    CHECK(actual->meta.uuid == expected.meta.uuid);
    CHECK(actual->meta.revision == expected.meta.revision);
    CHECK(actual->meta.createdAt == expected.meta.createdAt);
    CHECK(actual->meta.updatedAt == expected.meta.updatedAt);
    CHECK(actual->meta.updatedBy == expected.meta.updatedBy);
}

} // namespace

TEST_CASE("The official list loads every province, kabupaten, kota, kecamatan and village", "[region-import]")
{
    const RegionList& list = realRegionList();
    CHECK(list.name == "idn-area-data");
    CHECK(list.version == "4.0.1");
    CHECK(list.entries.size() == 91599);

    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    const RegionRepository regions(db);

    const auto counts = regions.countByLevel();
    CHECK(counts.at(RegionLevel::Provinsi) == 38);
    CHECK(counts.at(RegionLevel::Kabupaten) == 416);
    CHECK(counts.at(RegionLevel::Kota) == 98);
    CHECK(counts.at(RegionLevel::Kecamatan) == 7285);
    CHECK(counts.at(RegionLevel::Desa) == 75266);
    CHECK(counts.at(RegionLevel::Kelurahan) == 8496);
    CHECK(regions.countAll() == 91599);

    const auto codeList = regions.currentCodeList();
    REQUIRE(codeList);
    CHECK(codeList->name == "idn-area-data");
    CHECK(codeList->version == "4.0.1");
    CHECK(codeList->regionCount == 91599);
    CHECK(codeList->source == defaultRegionListPath().string());
}

TEST_CASE("Batu Bara lists twelve kecamatan and 151 villages, told apart by code where names repeat", "[region-import]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    const RegionRepository regions(db);

    const auto batuBara = regions.find("12.19");
    REQUIRE(batuBara);
    CHECK(batuBara->name == "Kabupaten Batu Bara");
    CHECK(batuBara->level == RegionLevel::Kabupaten);
    CHECK(regions.find("12.71")->level == RegionLevel::Kota);

    const auto inBatuBara = regions.list(below("12.19"));
    CHECK(inBatuBara.size() == 12 + 151);
    for (const auto& region : inBatuBara) {
        CHECK(region.code.starts_with("12.19."));
    }
    CHECK(regions.list(below("12.19", RegionLevel::Kecamatan)).size() == 12);
    CHECK(regions.children("12.19").size() == 12);

    const auto counts = regions.countByLevel("12.19");
    CHECK(counts.at(RegionLevel::Kecamatan) == 12);
    CHECK(counts.at(RegionLevel::Desa) == 141);
    CHECK(counts.at(RegionLevel::Kelurahan) == 10);
    CHECK(counts.at(RegionLevel::Provinsi) == 0);

    std::vector<Region> durian;
    for (const auto& region : inBatuBara) {
        if (region.name == "Durian") {
            durian.push_back(region);
        }
    }
    REQUIRE(durian.size() == 2);
    CHECK(codesOf(durian) == std::vector<std::string>{"12.19.01.2004", "12.19.07.2004"});
    CHECK(regions.find(durian[0].parentCode)->name == "Medang Deras");
    CHECK(regions.find(durian[1].parentCode)->name == "Sei Balai");

    // Tanjung Tiram is both a kecamatan and a kelurahan in it.
    CHECK(regions.find("12.19.06")->name == "Tanjung Tiram");
    CHECK(regions.find("12.19.06.1001")->name == "Tanjung Tiram");
    CHECK(regions.find("12.19.06.1001")->level == RegionLevel::Kelurahan);
}

TEST_CASE("A list in the single-CSV format code,name,level,parent_code loads too", "[region-import]")
{
    TempDir dir;
    const auto file = dir / "wilayah.csv";
    writeText(file, "code,name,level,parent_code\r\n"
                    "12,Sumatera Utara,provinsi,\r\n"
                    "12.19,Kabupaten Batu Bara,kabupaten,12\r\n"
                    "12.19.01,Medang Deras,kecamatan,12.19\r\n"
                    "12.19.01.1001,Pangkalan Dodek,kelurahan,12.19.01\r\n"
                    "12.19.01.2004,Durian,desa,12.19.01\r\n"
                    "12.71,Kota Medan,kota,12\r\n"
                    "12.71.01,Medan Kota,kecamatan,12.71\r\n"
                    "12.71.01.1001,\"Pasar  Baru\",kelurahan,12.71.01\r\n");

    const RegionList list = readRegionList(file);
    CHECK(list.name == "wilayah.csv");
    CHECK(list.version.starts_with("sha256:"));
    CHECK(list.version.size() == std::string("sha256:").size() + 16);
    REQUIRE(list.entries.size() == 8);
    CHECK(list.entries[7].line == 9);

    Database db(dir / "relawas.db");
    const auto result = importRegionList(db, list);
    CHECK(result.added == 8);
    CHECK(result.changed == 0);
    CHECK(result.retired == 0);

    const RegionRepository regions(db);
    const auto counts = regions.countByLevel();
    CHECK(counts.at(RegionLevel::Provinsi) == 1);
    CHECK(counts.at(RegionLevel::Kabupaten) == 1);
    CHECK(counts.at(RegionLevel::Kota) == 1);
    CHECK(counts.at(RegionLevel::Kecamatan) == 2);
    CHECK(counts.at(RegionLevel::Desa) == 1);
    CHECK(counts.at(RegionLevel::Kelurahan) == 2);
    CHECK(regions.find("12.71.01.1001")->name == "Pasar Baru"); // runs of spaces fold into one
    CHECK(regions.currentCodeList()->version == list.version);

    // The version names the content: another file gives another version.
    writeText(file, "code,name,level,parent_code\n12,Sumatera Utara,provinsi,\n");
    CHECK(readRegionList(file).version != list.version);
}

TEST_CASE("Loading the same list twice changes no region", "[region-import]")
{
    TempDir dir;
    const auto package = writePackage(dir / "idn-area-data", batuBaraPackage());
    Database db(dir / "relawas.db");

    const auto first = importRegionList(db, readRegionList(package));
    CHECK(first.added == 8);

    const auto second = importRegionList(db, readRegionList(package));
    CHECK(second.added == 0);
    CHECK(second.changed == 0);
    CHECK(second.unchanged == 8);
    CHECK(second.retired == 0);
    CHECK(second.codeListId == first.codeListId + 1);
    CHECK(RegionRepository(db).countAll() == 8);
}

TEST_CASE("A newer list renames, adds and retires villages without touching the programme", "[region-import]")
{
    TempDir dir;
    PackageFiles listA = batuBaraPackage();
    listA.version = "1.0.0";
    PackageFiles listB = listA;
    listB.version = "1.1.0";
    listB.villages = "code,district_code,name\n"
                     "12.19.01.1001,12.19.01,Pangkalan Dodek\n"
                     "12.19.01.2004,12.19.01,Durian Sei Buah\n" // renamed
                     "12.19.07.2004,12.19.07,Durian\n"
                     "12.19.07.2005,12.19.07,Perkebunan Sei Balai\n"; // new; 12.19.01.2003 Aek Nauli is gone

    Database db(dir / "relawas.db");
    importRegionList(db, readRegionList(writePackage(dir / "list-a", listA)));

    KampungRepository programmes(db);
    const auto durian = programmes.save(designated("12.19.01.2004", "188.45/12/BB/2024"), "staf.medang-deras", kToday);
    const auto aekNauli =
        programmes.save(designated("12.19.01.2003", "188.45/13/BB/2024"), "staf.medang-deras", kToday);

    const auto result = importRegionList(db, readRegionList(writePackage(dir / "list-b", listB)));
    CHECK(result.added == 1);
    CHECK(result.changed == 1);
    CHECK(result.retired == 1);
    CHECK(result.unchanged == 6);

    const RegionRepository regions(db);
    CHECK(regions.find("12.19.01.2004")->name == "Durian Sei Buah");
    const auto added = regions.find("12.19.07.2005");
    REQUIRE(added);
    CHECK(added->name == "Perkebunan Sei Balai");
    CHECK_FALSE(added->retired);

    const auto dropped = regions.find("12.19.01.2003");
    REQUIRE(dropped);
    CHECK(dropped->name == "Aek Nauli");
    CHECK(dropped->retired);
    CHECK(regions.countByLevel("12.19.01").at(RegionLevel::Desa) == 1);
    CHECK(regions.countAll() == 8);
    CHECK(codesOf(regions.list(below("12.19.01"))) == std::vector<std::string>{"12.19.01.1001", "12.19.01.2004"});
    CHECK(codesOf(regions.list(below("12.19.01", {}, true))) ==
          std::vector<std::string>{"12.19.01.1001", "12.19.01.2003", "12.19.01.2004"});
    CHECK(codesOf(regions.children("12.19.01")) == std::vector<std::string>{"12.19.01.1001", "12.19.01.2004"});

    // What people entered stays exactly as it was, for the renamed village and the retired one alike.
    checkSameRecord(programmes.find("12.19.01.2004"), durian);
    checkSameRecord(programmes.find("12.19.01.2003"), aekNauli);

    const auto codeList = regions.currentCodeList();
    REQUIRE(codeList);
    CHECK(codeList->version == "1.1.0");
    CHECK(codeList->id == result.codeListId);

    SECTION("a retired village keeps its record and can still be edited, but a retired code cannot join anew")
    {
        auto edited = *programmes.find("12.19.01.2003");
        edited.notes = "Kode lama, menunggu pemutakhiran.";
        CHECK(programmes.save(edited, "staf.medang-deras", kToday).meta.revision == aekNauli.meta.revision + 1);

        programmes.remove("12.19.01.2003", "staf.medang-deras");
        const std::string before = contentDump(db);
        CHECK_THROWS_MATCHES(
            programmes.save(designated("12.19.01.2003", "188.45/13/BB/2024"), "staf.medang-deras", kToday), Error,
            Catch::Predicate<Error>([](const Error& e) { return e.code() == "region.retired"; }));
        CHECK(contentDump(db) == before);
    }

    SECTION("a later list that has the retired code again brings it back")
    {
        const auto back = importRegionList(db, readRegionList(dir / "list-a"));
        CHECK(back.added == 0);
        CHECK(back.changed == 2); // the name of 12.19.01.2004, and 12.19.01.2003 no longer retired
        CHECK(back.retired == 1); // 12.19.07.2005
        CHECK_FALSE(regions.find("12.19.01.2003")->retired);
        CHECK(regions.find("12.19.07.2005")->retired);
        CHECK(regions.find("12.19.01.2004")->name == "Durian");
    }
}

TEST_CASE("Cancelling the load of the official list leaves the database as it was", "[region-import]")
{
    TempDir dir;
    Database db(dir / "relawas.db");
    importRegionList(db, readRegionList(writePackage(dir / "idn-area-data", batuBaraPackage())));
    const std::string before = contentDump(db);

    int asked = 0;
    const Progress cancelSoon{{}, [&asked] { return ++asked > 3; }};

    SECTION("while the list is written")
    {
        try {
            importRegionList(db, realRegionList(), cancelSoon);
            FAIL("the import ran to the end");
        } catch (const Error& e) {
            CHECK(e.kind() == ErrorKind::Cancelled);
        }
        CHECK(asked == 4);
        CHECK(contentDump(db) == before);

        // Nothing is left half-done either: the same import runs through afterwards.
        std::size_t lastDone = 0;
        std::size_t lastTotal = 0;
        const Progress watch{[&](std::size_t done, std::size_t total) {
                                 lastDone = done;
                                 lastTotal = total;
                             },
                             {}};
        const auto result = importRegionList(db, realRegionList(), watch);
        CHECK(lastDone == 91599);
        CHECK(lastTotal == 91599);
        CHECK(result.added == 91599 - 8); // the small list is a corner of the real one, name for name
        CHECK(result.unchanged == 8);
        CHECK(result.changed == 0);
        CHECK(RegionRepository(db).countAll() == 91599);
    }

    SECTION("while the list is read")
    {
        try {
            importRegionList(db, readRegionList(defaultRegionListPath(), cancelSoon));
            FAIL("the list was read to the end");
        } catch (const Error& e) {
            CHECK(e.kind() == ErrorKind::Cancelled);
        }
        CHECK(contentDump(db) == before);
    }
}

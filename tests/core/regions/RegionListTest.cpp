#include "core/regions/RegionList.h"

#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

constexpr const char* kSingleCsv = "wilayah.csv";

// A region list someone downloaded or edited by hand, with one thing wrong in one file.
struct BrokenList
{
    std::string story;
    std::string file; // the package file replaced by `content`, or kSingleCsv for a list in that format
    std::string content;
    std::string code;    // the Error code expected
    std::string place;   // where the message must point
    std::string mention; // something else the message must name, if anything
};

constexpr const char* kVillagesHeader = "code,district_code,name\n";
constexpr const char* kFirstVillage = "12.19.01.1001,12.19.01,Pangkalan Dodek\n";
constexpr const char* kOtherVillages = "12.19.01.2004,12.19.01,Durian\n"
                                       "12.19.07.2004,12.19.07,Durian\n";
constexpr const char* kDistricts = "code,regency_code,name\n"
                                   "12.19.01,12.19,Medang Deras\n"
                                   "12.19.07,12.19,Sei Balai\n";

std::string villagesWithLine3(const std::string& line3)
{
    return std::string(kVillagesHeader) + kFirstVillage + line3 + "\n" + kOtherVillages;
}

std::filesystem::path writeBrokenList(const TempDir& dir, const BrokenList& broken)
{
    if (broken.file == kSingleCsv) {
        writeText(dir / kSingleCsv, broken.content);
        return dir / kSingleCsv;
    }
    PackageFiles files = batuBaraPackage();
    files.version = "9.9.9";
    if (broken.file == "provinces.csv") {
        files.provinces = broken.content;
    } else if (broken.file == "regencies.csv") {
        files.regencies = broken.content;
    } else if (broken.file == "districts.csv") {
        files.districts = broken.content;
    } else {
        files.villages = broken.content;
    }
    return writePackage(dir / "idn-area-data", files);
}

} // namespace

TEST_CASE("A broken region list is refused at the line that is wrong, and the database keeps its list", "[region-list]")
{
    const BrokenList broken = GENERATE(values<BrokenList>({
        {"a code with a letter in it", "villages.csv", villagesWithLine3("12.19.01.20x3,12.19.01,Aek Nauli"),
         "region.bad_code", "villages.csv:3", "12.19.01.20x3"},
        {"a segment of zeros", "districts.csv", std::string(kDistricts) + "12.19.00,12.19,Nol\n", "region.bad_code",
         "districts.csv:4", "12.19.00"},
        {"a kecamatan whose kabupaten is not in the list", "districts.csv",
         std::string(kDistricts) + "12.20.01,12.20,Meranti\n", "region.unknown_parent", "districts.csv:4", "12.20"},
        {"the same code twice", "villages.csv", villagesWithLine3("12.19.01.1001,12.19.01,Pangkalan Dodek Baru"),
         "region.duplicate_code", "villages.csv:3", "villages.csv:2"},
        {"a header in another language", "villages.csv",
         "kode,kode_kecamatan,nama\n" + std::string(kFirstVillage) + kOtherVillages, "region.bad_header",
         "villages.csv:1", ""},
        {"a row cut short", "villages.csv", villagesWithLine3("12.19.01.2003,12.19.01"), "region.field_count",
         "villages.csv:3", ""},
        {"a kecamatan among the villages", "villages.csv", villagesWithLine3("12.19.02,12.19,Sei Suka"),
         "region.wrong_level", "villages.csv:3", "12.19.02"},
        {"a parent column that contradicts the code", "villages.csv",
         villagesWithLine3("12.19.01.2003,12.19.07,Aek Nauli"), "region.parent_mismatch", "villages.csv:3", "12.19.07"},
        {"a quote that is never closed", "villages.csv", villagesWithLine3("12.19.01.2003,12.19.01,\"Aek Nauli"),
         "csv.unterminated_quote", "villages.csv:3", ""},
        {"a name of nothing but spaces", "villages.csv", villagesWithLine3("12.19.01.2003,12.19.01,\"   \""),
         "region.empty_name", "villages.csv:3", ""},
        {"a level column that contradicts the code", kSingleCsv,
         "code,name,level,parent_code\n"
         "12,Sumatera Utara,provinsi,\n"
         "12.19,Kabupaten Batu Bara,kota,12\n",
         "region.level_mismatch", "wilayah.csv:3", "12.19"},
        {"a parent column that contradicts the code, in the single-CSV format", kSingleCsv,
         "code,name,level,parent_code\n"
         "12,Sumatera Utara,provinsi,\n"
         "12.19,Kabupaten Batu Bara,kabupaten,12\n"
         "12.19.01,Medang Deras,kecamatan,12\n",
         "region.parent_mismatch", "wilayah.csv:4", "12.19.01"},
    }));
    CAPTURE(broken.story);

    TempDir dir;
    Database db(dir / "relawas.db");
    importRegionList(db, readRegionList(writePackage(dir / "current", batuBaraPackage())));
    const std::string before = contentDump(db);
    const auto path = writeBrokenList(dir, broken);

    try {
        importRegionList(db, readRegionList(path));
        FAIL("the broken list was loaded");
    } catch (const Error& e) {
        CHECK(e.code() == broken.code);
        CHECK(e.kind() == ErrorKind::UserInput);
        CHECK(e.place() == broken.place);
        CHECK_THAT(e.what(), Catch::Contains(broken.place));
        if (!broken.mention.empty()) {
            CHECK_THAT(e.message(), Catch::Contains(broken.mention));
        }
    }

    CHECK(contentDump(db) == before);
    CHECK(RegionRepository(db).currentCodeList()->version == "1.0.0");
}

TEST_CASE("A package folder without villages.csv is refused, naming the missing file", "[region-list]")
{
    TempDir dir;
    Database db(dir / "relawas.db");
    importRegionList(db, readRegionList(writePackage(dir / "current", batuBaraPackage())));
    const std::string before = contentDump(db);

    PackageFiles files = batuBaraPackage();
    files.version = "9.9.9";
    const auto package = writePackage(dir / "idn-area-data", files);
    std::filesystem::remove(package / "data" / "villages.csv");

    try {
        importRegionList(db, readRegionList(package));
        FAIL("a package without villages was loaded");
    } catch (const Error& e) {
        CHECK(e.code() == "region.file_missing");
        CHECK(e.kind() == ErrorKind::NotFound);
        CHECK(std::filesystem::path(e.place()).filename() == "villages.csv");
    }
    CHECK(contentDump(db) == before);
}

TEST_CASE("A single CSV that is not there is reported as missing", "[region-list]")
{
    TempDir dir;
    try {
        readRegionList(dir / "wilayah-hilang.csv");
        FAIL("a missing file was read");
    } catch (const Error& e) {
        CHECK(e.code() == "region.file_missing");
        CHECK(std::filesystem::path(e.place()).filename() == "wilayah-hilang.csv");
    }
}

TEST_CASE("A list with only a header holds no regions and is refused", "[region-list]")
{
    TempDir dir;
    writeText(dir / kSingleCsv, "code,name,level,parent_code\n");

    try {
        readRegionList(dir / kSingleCsv);
        FAIL("an empty list was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == "region.empty_list");
    }
}

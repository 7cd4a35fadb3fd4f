#include "core/storage/SettingsStore.h"

#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

TEST_CASE("A setting reads back what was last stored under its key", "[settings]")
{
    TempDir dir;
    Database db(dir / "relawas.db");
    SettingsStore settings(db);

    CHECK_FALSE(settings.get("report_sequence"));
    settings.set("report_sequence", "7");
    CHECK(settings.get("report_sequence") == "7");
    settings.set("report_sequence", "8");
    CHECK(settings.get("report_sequence") == "8");
    settings.set("empty", "");
    CHECK(settings.get("empty") == "");
}

TEST_CASE("The installation id is minted once and survives closing the database", "[settings]")
{
    TempDir dir;
    std::string id;
    {
        Database db(dir / "relawas.db");
        SettingsStore settings(db);
        id = settings.installationId();
        CHECK(isUuid(id));
        CHECK(settings.installationId() == id);
        CHECK(settings.get(SettingsStore::kInstallationId) == id);
    }

    Database reopened(dir / "relawas.db");
    CHECK(SettingsStore(reopened).installationId() == id);

    // Another database is another installation.
    Database other(dir / "other.db");
    CHECK(SettingsStore(other).installationId() != id);
}

TEST_CASE("The working kabupaten must be a kabupaten or kota of the current list", "[settings]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    SettingsStore settings(db);
    CHECK_FALSE(settings.workingKabupaten());

    settings.setWorkingKabupaten("12.19"); // Kabupaten Batu Bara
    CHECK(settings.workingKabupaten() == "12.19");
    settings.setWorkingKabupaten("12.71"); // Kota Medan
    CHECK(settings.workingKabupaten() == "12.71");

    struct Refusal
    {
        std::string code;
        std::string error;
    };
    const auto refusal = GENERATE(values<Refusal>({
        {"12.19.01", "region.not_kabupaten"}, // Medang Deras, a kecamatan
        {"12", "region.not_kabupaten"},       // Sumatera Utara, a provinsi
        {"12.19.01.2004", "region.not_kabupaten"},
        {"12.98", "region.unknown_code"},
        {"", "region.unknown_code"},
    }));
    CAPTURE(refusal.code);
    try {
        settings.setWorkingKabupaten(refusal.code);
        FAIL("a region that is not a kabupaten or kota was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == refusal.error);
        CHECK(e.place() == "kabupaten");
    }
    CHECK(settings.workingKabupaten() == "12.71");
}

TEST_CASE("A kabupaten the current list no longer has cannot become the working one", "[settings]")
{
    TempDir dir;
    Database db(dir / "relawas.db");
    writeText(dir / "old.csv", "code,name,level,parent_code\n"
                               "12,Sumatera Utara,provinsi,\n"
                               "12.19,Kabupaten Batu Bara,kabupaten,12\n"
                               "12.20,Kabupaten Padang Lawas Utara,kabupaten,12\n");
    writeText(dir / "new.csv", "code,name,level,parent_code\n"
                               "12,Sumatera Utara,provinsi,\n"
                               "12.19,Kabupaten Batu Bara,kabupaten,12\n");
    importRegionList(db, readRegionList(dir / "old.csv"));
    importRegionList(db, readRegionList(dir / "new.csv"));
    SettingsStore settings(db);

    try {
        settings.setWorkingKabupaten("12.20");
        FAIL("a retired kabupaten was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == "region.unknown_code");
    }
    CHECK_FALSE(settings.workingKabupaten());
    settings.setWorkingKabupaten("12.19");
    CHECK(settings.workingKabupaten() == "12.19");
}

TEST_CASE("Ages are counted on the election day once it is set, on today before", "[settings]")
{
    using namespace std::chrono_literals;
    TempDir dir;
    Database db(dir / "relawas.db");
    SettingsStore settings(db);
    CHECK_FALSE(settings.electionDay());
    CHECK(settings.referenceDate() == todayUtc());

    const Date votingDay = 2029y / std::chrono::February / 14d;
    settings.setElectionDay(votingDay);
    CHECK(settings.electionDay() == votingDay);
    CHECK(settings.referenceDate() == votingDay);
    CHECK(settings.get(SettingsStore::kElectionDay) == "2029-02-14");

    settings.setElectionDay(std::nullopt);
    CHECK_FALSE(settings.electionDay());
    CHECK(settings.referenceDate() == todayUtc());
}

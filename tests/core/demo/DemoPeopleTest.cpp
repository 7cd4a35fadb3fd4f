#include "core/demo/DemoPeople.h"

#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/regions/RegionCode.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {
std::string dump(Database& db)
{
    SQLite::Statement query(db.connection(),
                            "SELECT nik, full_name, gender, birth_date, village_code, phone FROM person "
                            "ORDER BY nik");
    std::string text;
    while (query.executeStep()) {
        for (int i = 0; i < 6; ++i) {
            text += query.getColumn(i).getString() + '|';
        }
        text += '\n';
    }
    return text;
}
} // namespace

TEST_CASE("Demo people look like a real kabupaten and every NIK matches its kecamatan", "[demo]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    DemoOptions options;
    options.people = 600;
    options.underCode = "12.19";
    options.today = 2026y / std::chrono::November / 28d;
    const auto result = generateDemoPeople(db, options);
    CHECK(result.people == 600);

    auto& c = db.connection();
    CHECK(c.execAndGet("SELECT count(*) FROM person_role WHERE role = 'anggota-panwascam'").getInt() == 36);
    CHECK(c.execAndGet("SELECT count(*) FROM person_role WHERE role = 'staf-sekretariat'").getInt() == 24);
    CHECK(c.execAndGet("SELECT count(*) FROM person_role WHERE role = 'pkd'").getInt() == 151);
    CHECK(c.execAndGet("SELECT count(DISTINCT scope_code) FROM person_role WHERE role = 'pkd'").getInt() == 151);
    CHECK(c.execAndGet("SELECT count(*) FROM person_role WHERE role = 'relawan'").getInt() == 600 - 36 - 24 - 151);

    SQLite::Statement people(c, "SELECT nik, gender, birth_date, village_code, phone FROM person");
    while (people.executeStep()) {
        const std::string nik = people.getColumn(0).getString();
        const std::string village = people.getColumn(3).getString();
        const std::string kecamatanDigits = village.substr(0, 2) + village.substr(3, 2) + village.substr(6, 2);
        INFO(nik << " lives in " << village);
        REQUIRE(nik.size() == 16);
        CHECK(nik.substr(0, 6) == kecamatanDigits);
        const int day = std::stoi(nik.substr(6, 2));
        const bool female = people.getColumn(1).getString() == "P";
        CHECK((female ? day - 40 : day) == std::stoi(people.getColumn(2).getString().substr(8, 2)));
        CHECK(nik.substr(8, 2) == people.getColumn(2).getString().substr(5, 2));
        CHECK(nik.substr(10, 2) == people.getColumn(2).getString().substr(2, 2));
        CHECK(nik.substr(12) != "0000");
        const std::string phone = people.getColumn(4).getString();
        CHECK(phone.rfind("+628", 0) == 0);
        CHECK(phone.size() >= 13);
        CHECK(phone.size() <= 15);
    }
    CHECK(c.execAndGet("SELECT count(DISTINCT nik) FROM person").getInt() == 600);

    SECTION("the same seed gives the same people")
    {
        TempDir other;
        Database again(copyRealRegionDatabase(other / "relawas.db"));
        generateDemoPeople(again, options);
        CHECK(dump(again) == dump(db));
    }
    SECTION("running it again adds people without a NIK clash")
    {
        generateDemoPeople(db, options);
        CHECK(c.execAndGet("SELECT count(DISTINCT nik) FROM person").getInt() == 1200);
    }
}

TEST_CASE("Demo data needs villages", "[demo]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    DemoOptions options;
    options.underCode = "99.99";
    CHECK_THROWS_AS(generateDemoPeople(db, options), Error);
}

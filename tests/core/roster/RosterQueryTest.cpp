#include "core/roster/RosterQuery.h"

#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr Date kElectionDay = 2029y / std::chrono::February / 14d;

// Batu Bara with 1,500 synthetic people (the same every run) and one person the tests know by heart.
struct Roster
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    std::string rahmatUuid;

    Roster()
    {
        DemoOptions options;
        options.people = 1500;
        options.underCode = "12.19";
        options.seed = 42;
        options.today = 2026y / std::chrono::November / 28d;
        generateDemoPeople(db, options);

        Person rahmat;
        rahmat.nik = "1219071205870003";
        rahmat.fullName = "Rahmat Ja'far Batubara";
        rahmat.gender = Gender::Male;
        rahmat.birthDate = 1987y / std::chrono::May / 12d;
        rahmat.villageCode = "12.19.07.2004"; // Durian, Sei Balai
        rahmat.phone = "+6281377770001";
        rahmat.targetGroups = {TargetGroup::TokohAdat};
        rahmatUuid = TestPeople(db).save(rahmat, "test").meta.uuid;
        PersonRole ptps;
        ptps.personUuid = rahmatUuid;
        ptps.kind = RoleKind::Ptps;
        ptps.scopeCode = "12.19.07.2004";
        TestRoles(db).save(ptps, "test");
    }
};

std::set<std::string> uuidsOf(const std::vector<RosterRow>& rows)
{
    std::set<std::string> uuids;
    for (const auto& row : rows) {
        uuids.insert(row.uuid);
    }
    return uuids;
}

// What a plain '%term%' scan finds: the oracle the index must agree with.
std::set<std::string> scan(Database& db, const std::string& term)
{
    SQLite::Statement query(db.connection(), "SELECT uuid FROM person WHERE deleted_at IS NULL AND (full_name LIKE ?1 "
                                             "OR nik LIKE ?1 OR phone LIKE ?1)");
    query.bind(1, "%" + term + "%");
    std::set<std::string> uuids;
    while (query.executeStep()) {
        uuids.insert(query.getColumn(0).getString());
    }
    return uuids;
}

std::vector<RosterRow> all(RosterQuery& roster, const RosterFilter& filter, const RosterSort& sort = {})
{
    return roster.page(filter, sort, 0, 100000);
}

} // namespace

TEST_CASE("The roster pages, counts and sorts in SQL", "[roster]")
{
    Roster fixture;
    RosterQuery roster(fixture.db);
    RosterFilter everyone;
    everyone.referenceDate = kElectionDay;
    CHECK(roster.count(everyone) == 1501);

    const auto first = roster.page(everyone, {}, 0, 50);
    const auto second = roster.page(everyone, {}, 50, 50);
    REQUIRE(first.size() == 50);
    REQUIRE(second.size() == 50);
    CHECK(first.back().fullName <= second.front().fullName);
    CHECK(uuidsOf(first).size() + uuidsOf(second).size() == 100);
    for (std::size_t i = 1; i < first.size(); ++i) {
        CHECK(Catch::toLower(first[i - 1].fullName) <= Catch::toLower(first[i].fullName));
    }

    const auto byAge = roster.page(everyone, {RosterColumn::Age, false}, 0, 20);
    for (std::size_t i = 1; i < byAge.size(); ++i) {
        CHECK(*byAge[i - 1].birthDate <= *byAge[i].birthDate); // oldest first
    }

    const auto rahmat = roster.page(
        [&] {
            RosterFilter f = everyone;
            f.search = "Ja'far";
            return f;
        }(),
        {}, 0, 10);
    REQUIRE(rahmat.size() == 1);
    CHECK(rahmat[0].villageName == "Durian");
    CHECK(rahmat[0].kecamatanName == "Sei Balai");
    CHECK(rahmat[0].roles == "ptps");
}

TEST_CASE("Search finds names, NIKs and phones anywhere in them, exactly as a full scan would", "[roster]")
{
    Roster fixture;
    RosterQuery roster(fixture.db);
    RosterFilter filter;
    filter.referenceDate = kElectionDay;
    for (const std::string term : {"siti", "NASUTION", "ahmad sy", "1219071205", "0320", "0032", "7770001", "ur b"}) {
        filter.search = term;
        INFO("search: " << term);
        CHECK(uuidsOf(all(roster, filter)) == scan(fixture.db, term));
        CHECK(roster.count(filter) == static_cast<long long>(scan(fixture.db, term).size()));
    }

    SECTION("among other filters, common matches take the other path, along the name index, with the same result")
    {
        RosterQuery alongNames(fixture.db, 10);
        filter.scopeCode = "12.19"; // everyone of the fixture lives there
        for (const std::string term : {"siti", "nasution", "nur"}) {
            filter.search = term;
            INFO("search: " << term);
            CHECK(uuidsOf(all(alongNames, filter)) == scan(fixture.db, term));
            const auto firstPage = alongNames.page(filter, {}, 0, 30);
            const auto sameFromMatches = roster.page(filter, {}, 0, 30);
            REQUIRE(firstPage.size() == sameFromMatches.size());
            for (std::size_t i = 0; i < firstPage.size(); ++i) {
                CHECK(firstPage[i].uuid == sameFromMatches[i].uuid);
            }
            const auto backwards = alongNames.page(filter, {RosterColumn::Name, false}, 0, 5);
            CHECK(backwards.front().uuid == all(roster, filter).back().uuid);
        }
    }
    SECTION("one or two letters, too few for the index, find the names that begin with them")
    {
        filter.search = "Ra";
        const auto rows = all(roster, filter);
        CHECK_FALSE(rows.empty());
        for (const auto& row : rows) {
            CHECK(Catch::toLower(row.fullName).rfind("ra", 0) == 0);
        }
    }
    SECTION("a phone typed the national way finds the stored +62 number")
    {
        filter.search = "0813-7777"; // the digits of a number written with dashes
        CHECK(uuidsOf(all(roster, filter)).count(fixture.rahmatUuid) == 1);
        // The first digits as a clerk starts typing them: the operator's prefix.
        for (const std::string start : {"0813", "08137"}) {
            filter.search = start;
            INFO("search: " << start);
            CHECK(uuidsOf(all(roster, filter)).count(fixture.rahmatUuid) == 1);
        }
        for (const std::string phone : {"081377770001", "6281377770001", "+62 813 7777 0001", "+6281377770001"}) {
            filter.search = phone;
            INFO("search: " << phone);
            CHECK(uuidsOf(all(roster, filter)) == std::set<std::string>{fixture.rahmatUuid});
        }
    }
    SECTION("an apostrophe written or not, of any kind, finds the name: Ja'far, Ja’far, jafar")
    {
        for (const std::string term : {"Ja'far", "ja’far", "jafar", "JAFAR BATU", "jaʼfar"}) {
            filter.search = term;
            INFO("search: " << term);
            CHECK(uuidsOf(all(roster, filter)) == std::set<std::string>{fixture.rahmatUuid});
            CHECK(roster.count(filter) == 1);
        }
    }
    SECTION("a removed person is no longer found")
    {
        TestPeople(fixture.db).remove(fixture.rahmatUuid, "test");
        filter.search = "Ja'far";
        CHECK(all(roster, filter).empty());
    }
}

TEST_CASE("Filters narrow the roster by scope, role, group, gender and age", "[roster]")
{
    Roster fixture;
    RosterQuery roster(fixture.db);
    RosterFilter f;
    f.referenceDate = kElectionDay;

    f.scopeCode = "12.19.07";
    for (const auto& row : all(roster, f)) {
        CHECK(row.kecamatanCode == "12.19.07");
    }
    f.scopeCode = "12.19.07.2004";
    for (const auto& row : all(roster, f)) {
        CHECK(row.villageCode == "12.19.07.2004");
    }
    f.scopeCode = "12.19";
    CHECK(roster.count(f) == 1501);

    f.role = RoleKind::Pkd;
    CHECK(roster.count(f) == 151); // one PKD per village
    f.role = RoleKind::AnggotaPanwascam;
    CHECK(roster.count(f) == 36); // three per kecamatan
    f.role.reset();

    f.gender = Gender::Female;
    for (const auto& row : all(roster, f)) {
        CHECK(row.gender == Gender::Female);
    }
    f.gender.reset();

    f.minimumAge = 21;
    f.maximumAge = 30;
    const auto young = all(roster, f);
    CHECK_FALSE(young.empty());
    for (const auto& row : young) {
        const auto age = (kElectionDay.year() - row.birthDate->year()).count() -
                         (std::chrono::month_day{kElectionDay.month(), kElectionDay.day()} <
                                  std::chrono::month_day{row.birthDate->month(), row.birthDate->day()}
                              ? 1
                              : 0);
        CHECK(age >= 21);
        CHECK(age <= 30);
    }
    f.minimumAge.reset();
    f.maximumAge.reset();

    f.targetGroup = TargetGroup::TokohAdat;
    const auto adat = uuidsOf(all(roster, f));
    CHECK(adat.count(fixture.rahmatUuid) == 1);
    const long long tokohAdat =
        fixture.db.connection()
            .execAndGet("SELECT count(*) FROM person WHERE ' ' || target_groups || ' ' LIKE '% tokoh-adat %'")
            .getInt64();
    CHECK(static_cast<long long>(adat.size()) == tokohAdat);
}

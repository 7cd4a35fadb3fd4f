// The village tallies the figures read (people/VillageTally) against the people they count: after every kind of write
// through every door (a registration, a correction that moves a person, a removal, roles added and ended, a merge, a
// batch of thousands, a refused write, a unit rolled back) the stored rows are what counting from scratch gives.
#include "core/people/VillageTally.h"

#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/people/PeopleBatch.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/people/duplicates/PersonMerge.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/UnitOfWork.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <map>
#include <random>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr Date kElectionDay = 2026y / std::chrono::June / 1d;
const std::vector<std::string> kVillages{"12.19.01.2004", "12.19.07.2002", "12.19.07.2001", "12.08.01.2001"};

struct TalliedDatabase
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    PeopleService people{db, "panwascam"};
    std::mt19937 random{20261206};

    TalliedDatabase()
    {
        SettingsStore(db).setElectionDay(kElectionDay);
        REQUIRE(refreshVillageTally(db, "test"));
    }

    std::size_t pick(std::size_t count) { return std::uniform_int_distribution<std::size_t>(0, count - 1)(random); }
    bool coin() { return pick(2) == 0; }

    Person randomPerson(int number)
    {
        Person person;
        person.fullName = "Warga Nomor " + std::to_string(number);
        const std::size_t gender = pick(3);
        if (gender < 2) {
            person.gender = gender == 0 ? Gender::Male : Gender::Female;
        }
        if (pick(5) > 0) {
            person.birthDate = Date{std::chrono::year(1950 + int(pick(60))), std::chrono::month(1 + unsigned(pick(12))),
                                    std::chrono::day(1 + unsigned(pick(28)))};
        }
        person.villageCode = kVillages[pick(kVillages.size())];
        if (coin()) {
            person.targetGroups.insert(TargetGroup::PemilihPemula);
        }
        if (coin()) {
            person.targetGroups.insert(TargetGroup::Disabilitas);
        }
        return person;
    }

    PersonRole roleIn(const std::string& village)
    {
        PersonRole role;
        role.kind = pick(4) == 0 ? RoleKind::Pkd : RoleKind::Relawan;
        role.scopeCode = village;
        return role;
    }

    std::vector<Person> living()
    {
        std::vector<Person> found;
        for (const std::string& uuid : uuids) {
            if (auto person = PersonRepository(db).find(uuid)) {
                found.push_back(*person);
            }
        }
        return found;
    }

    // One write of a random kind; a refused one (a second PKD, too young for a role) is part of the test.
    void randomWrite(int step)
    {
        const std::vector<Person> now = living();
        // Registrations most often, so that the people grow: 0-3 register, 4 correct, 5 remove, 6 add a role,
        // 7-8 end one, 9 merge two.
        const std::size_t draw = now.size() < 2 ? 0 : pick(10);
        const std::size_t kind = draw <= 3 ? 0 : draw == 4 ? 1 : draw == 5 ? 2 : draw == 6 ? 3 : draw <= 8 ? 4 : 6;
        try {
            if (kind == 0) {
                Person person = randomPerson(step);
                std::vector<PersonRole> roles;
                if (pick(3) > 0) {
                    roles.push_back(roleIn(person.villageCode));
                }
                uuids.push_back(people.registerPerson(person, roles).meta.uuid);
            } else if (kind == 1) {
                Person person = now[pick(now.size())];
                const Person changed = randomPerson(step);
                person.villageCode = changed.villageCode;
                person.gender = changed.gender;
                person.birthDate = changed.birthDate;
                person.targetGroups = changed.targetGroups;
                people.correct(person, coin() ? RolesOnMove::Stay : RolesOnMove::Follow);
            } else if (kind == 2) {
                people.remove(now[pick(now.size())].meta.uuid);
            } else if (kind == 3) {
                const Person& person = now[pick(now.size())];
                PersonRole role = roleIn(person.villageCode);
                role.personUuid = person.meta.uuid;
                people.addRole(role);
            } else if (kind == 4 || kind == 5) {
                const Person& person = now[pick(now.size())];
                const auto roles = RoleRepository(db).rolesOf(person.meta.uuid);
                if (!roles.empty()) {
                    // Before the election day (no longer counted) or after it (still counted).
                    const Date end = coin() ? 2026y / std::chrono::March / 1d : 2026y / std::chrono::December / 1d;
                    people.endRole(roles[pick(roles.size())], end, "selesai");
                }
            } else {
                const Person& keep = now[pick(now.size())];
                const Person& other = now[pick(now.size())];
                if (keep.meta.uuid != other.meta.uuid) {
                    MergeChoice choice;
                    choice.fields["village_code"] = coin() ? MergeSide::Keep : MergeSide::Other;
                    people.merge(keep.meta.uuid, keep.meta.revision, other.meta.uuid, other.meta.revision, choice);
                }
            }
        } catch (const Error& e) {
            ++refusals[e.code()];
            // refused whole; the tallies must not have moved either
        }
    }

    std::vector<std::string> uuids;
    std::map<std::string, int> refusals;
};

void requireTalliesCountThePeople(Database& db)
{
    REQUIRE(villageTallyCounts(db, kElectionDay));
    const auto stored = villageTallies(db, "", kElectionDay);
    const auto counted = countVillageTallies(db, "", kElectionDay);
    REQUIRE(stored.size() == counted.size());
    for (std::size_t i = 0; i < stored.size(); ++i) {
        INFO(counted[i].villageCode);
        CHECK(stored[i] == counted[i]);
    }
}

} // namespace

TEST_CASE("The village tallies stay what counting the people gives, write after write", "[people][tally]")
{
    TalliedDatabase t;
    for (int step = 0; step < 300; ++step) {
        INFO("step " << step);
        t.randomWrite(step);
        if (step % 10 == 9) {
            requireTalliesCountThePeople(t.db);
        }
    }
    requireTalliesCountThePeople(t.db);
    CHECK_FALSE(t.refusals.empty()); // refused writes were among them
    const auto stored = villageTallies(t.db, "", kElectionDay);
    long long volunteers = 0;
    long long pkd = 0;
    for (const VillageTally& tally : stored) {
        volunteers += tally.volunteers();
        pkd += tally.pkd;
    }
    CHECK(volunteers > 20); // the walk did reach something to count
    CHECK(pkd > 0);
}

TEST_CASE("A batch of thousands counts every village again before it commits", "[people][tally]")
{
    TalliedDatabase t;
    t.randomWrite(0);
    PeopleBatch batch(t.db, "panwascam", "import", {{"file", "relawan.xlsx"}});
    for (int i = 0; i < 2'500; ++i) {
        Person person = t.randomPerson(i);
        PersonRole role;
        role.kind = RoleKind::Relawan;
        role.scopeCode = person.villageCode;
        batch.add(person, {role});
    }
    batch.commit({{"added", 2'500}});
    requireTalliesCountThePeople(t.db);
    long long volunteers = 0;
    for (const VillageTally& tally : villageTallies(t.db, "", kElectionDay)) {
        volunteers += tally.volunteers();
    }
    CHECK(volunteers >= 2'500);
}

TEST_CASE("A unit of work rolled back leaves the tallies as they were", "[people][tally]")
{
    TalliedDatabase t;
    for (int step = 0; step < 20; ++step) {
        t.randomWrite(step);
    }
    const auto before = villageTallies(t.db, "", kElectionDay);
    {
        UnitOfWork unit(t.db, "panwascam");
        Person person = t.randomPerson(99);
        const Person stored = PersonRepository(t.db).insert(person, unit);
        PersonRole role;
        role.kind = RoleKind::Relawan;
        role.personUuid = stored.meta.uuid;
        role.scopeCode = stored.villageCode;
        RoleRepository(t.db).insert(role, unit);
        // not committed
    }
    CHECK(villageTallies(t.db, "", kElectionDay) == before);
    t.randomWrite(100); // the next unit carries nothing of the one rolled back
    requireTalliesCountThePeople(t.db);
}

TEST_CASE("Another election day makes the tallies stale until they are counted again", "[people][tally]")
{
    TalliedDatabase t;
    for (int step = 0; step < 30; ++step) {
        t.randomWrite(step);
    }
    const Date later = 2029y / std::chrono::February / 14d;
    SettingsStore(t.db).setElectionDay(later);
    CHECK_FALSE(villageTallyCounts(t.db, later));
    // Read meanwhile: counted from the people, on the new day.
    CHECK(villageTallies(t.db, "", later) == countVillageTallies(t.db, "", later));
    t.randomWrite(31); // a write meanwhile leaves them stale, not half counted
    CHECK_FALSE(villageTallyCounts(t.db, later));
    CHECK(refreshVillageTally(t.db, "test"));
    CHECK_FALSE(refreshVillageTally(t.db, "test"));
    CHECK(villageTallies(t.db, "", later) == countVillageTallies(t.db, "", later));
}

TEST_CASE("The two ways of counting, person by person and in two passes, agree", "[people][tally]")
{
    TalliedDatabase t;
    for (int step = 0; step < 120; ++step) {
        t.randomWrite(step);
    }
    for (const std::string scope : {"", "12.19", "12.19.07", "12.19.01.2004", "12"}) {
        INFO(scope);
        CHECK(countVillageTallies(t.db, scope, kElectionDay, 1'000'000) ==
              countVillageTallies(t.db, scope, kElectionDay, 0));
    }
}

#include "core/base/NameOrder.h"

#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/roster/NameOrderedSearch.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;

namespace {

// Names that share long beginnings, differ only in case, carry punctuation, digits and letters beyond ASCII: the
// ones that test a bucket's edges.
const std::vector<std::string> kAwkwardNames{
    "",
    "A",
    "a",
    "Ab",
    "Muhammad",
    "muhammad",
    "MUHAMMAD ALI",
    "Muhammad Ali",
    "Muhammad abdul",
    "Muhammadiyah",
    "Muh. Akbar",
    "Muh Akbar",
    "M. Akbar",
    "M.Akbar",
    "M Akbar",
    "M-Akbar",
    "M'Akbar",
    "Ma'ruf",
    "Ja'far",
    "Siti",
    "Siti Nur",
    "Siti Nurhaliza",
    "siti nurjanah",
    "Siti  Nur",
    "Sitinjak",
    "Sıti",
    "Ümmü Gülsüm",
    "Élodie",
    "Zulkifli",
    "zz",
    "{brace}",
    "~tilde",
    "0812 Ani",
    "9 Nine",
    "@home",
    "[bracket]",
    "_under",
    "`tick",
    "Nur\tTab",
    "Nur Hasanah",
    "Nurhasanah",
    "Nurul Hasanah",
};

struct People
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};

    void add(const std::string& name)
    {
        Person person;
        person.fullName = name;
        person.villageCode = "12.19.07.2004";
        TestPeople(db).save(person, "test");
    }
};

long long sqlBucket(SQLite::Database& db, const std::string& name)
{
    SQLite::Statement query(db, "SELECT " + nameBucketSql("?1"));
    query.bind(1, name);
    query.executeStep();
    return query.getColumn(0).getInt64();
}

// A name built from the awkward names' pieces, so that buckets fill with names that sort either way.
std::string randomName(std::mt19937& random)
{
    static const std::vector<std::string> pieces{"Muhammad", "Muh.", "M.",  "Siti",  "Nur",    "nur",
                                                 "Nurul",    "Ani",  "ANI", "Abdul", "Ja'far", "Ümmü",
                                                 "a",        "Z",    " ",   "-",     "Ali"};
    std::string name;
    const int words = std::uniform_int_distribution<int>(1, 4)(random);
    for (int i = 0; i < words; ++i) {
        name += (i == 0 ? "" : " ") + pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(random)];
    }
    return name;
}

} // namespace

TEST_CASE("The name bucket in C++ and in SQL agree, and never go against the roster's name order", "[roster][names]")
{
    People people;
    auto& db = people.db.connection();
    std::vector<std::string> names = kAwkwardNames;
    std::mt19937 random(7);
    for (int i = 0; i < 300; ++i) {
        names.push_back(randomName(random));
    }
    for (const auto& name : names) {
        INFO("name: '" << name << "'");
        CHECK(nameBucket(name) == sqlBucket(db, name));
        // Every name lies within its bucket's bounds, as SQLite compares them.
        SQLite::Statement within(db, "SELECT ?1 >= ?2 COLLATE NOCASE AND ?1 <= ?3 COLLATE NOCASE");
        within.bind(1, name);
        within.bind(2, nameBucketLowerBound(nameBucket(name)));
        within.bind(3, nameBucketUpperBound(nameBucket(name)));
        within.executeStep();
        CHECK(within.getColumn(0).getInt() == 1);
    }

    // Sorted as SQLite sorts them, the buckets never decrease, and nameOrderLess agrees with SQLite.
    db.exec("CREATE TEMP TABLE n (id INTEGER PRIMARY KEY, name TEXT)");
    SQLite::Statement insert(db, "INSERT INTO n (name) VALUES (?)");
    for (const auto& name : names) {
        insert.bind(1, name);
        insert.exec();
        insert.reset();
    }
    SQLite::Statement sorted(db, "SELECT id, name FROM n ORDER BY name COLLATE NOCASE, id");
    long long previousId = -1;
    std::string previous;
    while (sorted.executeStep()) {
        const long long id = sorted.getColumn(0).getInt64();
        const std::string name = sorted.getColumn(1).getString();
        if (previousId >= 0) {
            INFO("'" << previous << "' then '" << name << "'");
            CHECK(nameBucket(previous) <= nameBucket(name));
            CHECK(nameOrderLess(previous, previousId, name, id));
            CHECK_FALSE(nameOrderLess(name, id, previous, previousId));
        }
        previousId = id;
        previous = name;
    }
}

TEST_CASE("A search page in name order is the page a full sort of every match gives", "[roster][names]")
{
    People people;
    std::mt19937 random(11);
    for (const auto& name : kAwkwardNames) {
        if (!name.empty()) {
            people.add(name);
        }
    }
    for (int i = 0; i < 700; ++i) {
        const std::string name = randomName(random);
        if (name.find_first_not_of(" -") != std::string::npos) {
            people.add(name);
        }
    }
    auto& db = people.db.connection();

    const auto expected = [&db](const std::string& term, bool ascending, long long offset, int limit) {
        SQLite::Statement query(db, std::string("SELECT id FROM person WHERE deleted_at IS NULL AND full_name LIKE ? "
                                                "ORDER BY full_name COLLATE NOCASE ") +
                                        (ascending ? "ASC, id ASC" : "DESC, id DESC") + " LIMIT ? OFFSET ?");
        query.bind(1, "%" + term + "%");
        query.bind(2, limit);
        query.bind(3, static_cast<int64_t>(offset));
        std::vector<long long> ids;
        while (query.executeStep()) {
            ids.push_back(query.getColumn(0).getInt64());
        }
        return ids;
    };
    // Sorting a bucket's names and walking the name index through it must give the same page.
    const std::size_t bucketSortLimit = GENERATE(std::size_t(0), std::size_t(3), std::size_t(400));
    const bool ascending = GENERATE(true, false);
    for (const std::string term : {"muh", "nur", "akbar", "ani", "ali", "Ümmü", "siti nur", "zzz"}) {
        for (const auto& [offset, limit] :
             std::vector<std::pair<long long, int>>{{0, 5}, {0, 50}, {7, 20}, {60, 40}, {400, 100}, {5000, 10}}) {
            INFO("search '" << term << "' offset " << offset << " limit " << limit << " ascending " << ascending
                            << " bucket sort limit " << bucketSortLimit);
            CHECK(searchIdsInNameOrder(db, rosterSearchExpression(term), ascending, offset, limit, bucketSortLimit) ==
                  expected(term, ascending, offset, limit));
        }
    }

    SECTION("a renamed or removed person moves or leaves the index")
    {
        TestPeople repository(people.db);
        Person renamed = repository.save(
            [] {
                Person p;
                p.fullName = "!Muhammad Awal" /* before the letters */;
                p.villageCode = "12.19.07.2004";
                return p;
            }(),
            "test");
        const long long id = [&] {
            SQLite::Statement query(db, "SELECT id FROM person WHERE uuid = ?");
            query.bind(1, renamed.meta.uuid);
            query.executeStep();
            return query.getColumn(0).getInt64();
        }();
        const auto contains = [](const std::vector<long long>& ids, long long wanted) {
            return std::find(ids.begin(), ids.end(), wanted) != ids.end();
        };
        const auto firstMuh = searchIdsInNameOrder(db, rosterSearchExpression("muh"), true, 0, 20);
        CHECK(firstMuh == expected("muh", true, 0, 20));
        CHECK(contains(firstMuh, id));
        renamed.fullName = "\xC5\xB8 Muhammad"; // Ÿ: after every other name
        renamed = repository.save(renamed, "test");
        const auto lastMuh = searchIdsInNameOrder(db, rosterSearchExpression("muh"), false, 0, 20);
        CHECK(lastMuh == expected("muh", false, 0, 20));
        CHECK(contains(lastMuh, id));
        CHECK_FALSE(contains(searchIdsInNameOrder(db, rosterSearchExpression("muh"), true, 0, 20), id));
        repository.remove(renamed.meta.uuid, "test");
        CHECK(searchIdsInNameOrder(db, rosterSearchExpression("\xC5\xB8 muh"), true, 0, 10).empty());
    }
}

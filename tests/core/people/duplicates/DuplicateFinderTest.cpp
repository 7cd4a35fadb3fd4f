#include "core/people/duplicates/DuplicateFinder.h"

#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/demo/DemoPeople.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;
using namespace std::chrono_literals;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

constexpr const char* kDurian = "12.19.01.2004";   // Durian, Medang Deras
constexpr const char* kLalang = "12.19.01.2005";   // Lalang, Medang Deras
constexpr const char* kSimodong = "12.19.02.2008"; // Simodong, Sei Suka

Person personNamed(const std::string& name, std::optional<Date> born, const std::string& village,
                   std::optional<Gender> gender = std::nullopt)
{
    Person p;
    p.fullName = name;
    p.birthDate = born;
    p.villageCode = village;
    p.gender = gender;
    return p;
}

struct Registry
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    TestPeople people{db};
    DuplicateFinder finder{db};

    Person add(Person p) { return people.save(p, "panwascam.medang-deras"); }
};

std::vector<std::string> namesOf(const std::vector<DuplicateCandidate>& candidates)
{
    std::vector<std::string> names;
    for (const auto& c : candidates) {
        names.push_back(c.fullName);
    }
    return names;
}

} // namespace

TEST_CASE("A NIK already registered is a hard duplicate, whatever name was typed", "[duplicates]")
{
    Registry r;
    Person siti = personNamed("Siti Aminah Nasution", 1993y / std::chrono::September / 4d, kDurian, Gender::Female);
    siti.nik = "1219014409930032";
    const Person stored = r.add(siti);

    Person typed = personNamed("S. Aminah", std::nullopt, "");
    typed.nik = "1219014409930032";
    const auto found = r.finder.candidatesFor(typed);
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == DuplicateKind::SameNik);
    CHECK(found[0].score == 100);
    CHECK(found[0].personUuid == stored.meta.uuid);
    CHECK(found[0].nik == "1219014409930032");
    CHECK(found[0].birthDate == siti.birthDate);
    CHECK(found[0].villageCode == kDurian);
    CHECK(found[0].reasons.at(0) == "same NIK");
    CHECK_THAT(found[0].reasons.at(1), StartsWith("name ") && Contains("% alike"));

    SECTION("editing that record does not find itself")
    {
        CHECK(r.finder.candidatesFor(stored).empty());
    }
    SECTION("a tombstone is no longer anyone's duplicate")
    {
        r.people.remove(stored.meta.uuid, "staf");
        CHECK(r.finder.candidatesFor(typed).empty());
        CHECK(r.finder.candidatesFor(siti).empty());
    }
}

TEST_CASE("A phone the family shares is a warning, never a duplicate on its own", "[duplicates]")
{
    Registry r;
    Person father = personNamed("Budi Santoso", 1970y / std::chrono::March / 1d, kDurian, Gender::Male);
    father.phone = "+6281234567890";
    Person mother = personNamed("Siti Aminah", 1974y / std::chrono::June / 20d, kDurian, Gender::Female);
    mother.phone = "+6281234567890";
    r.add(father);
    r.add(mother);

    Person son = personNamed("Rizky Pratama", 2005y / std::chrono::January / 9d, kDurian, Gender::Male);
    son.phone = "+6281234567890";
    for (const int threshold : {80, 0}) {
        const auto found = r.finder.candidatesFor(son, threshold);
        REQUIRE(found.size() == 2);
        for (const auto& c : found) {
            CHECK(c.kind == DuplicateKind::SamePhone);
            CHECK(c.score < 50); // how alike the names are: not at all
            CHECK(c.reasons.at(0) == "same phone");
        }
    }

    SECTION("the same phone with the same person's name and birth date is a probable duplicate")
    {
        Person again = personNamed("Budi Santoso", 1970y / std::chrono::March / 1d, kLalang, Gender::Male);
        again.phone = "+6281234567890";
        const auto found = r.finder.candidatesFor(again);
        REQUIRE(found.size() == 2);
        CHECK(found[0].kind == DuplicateKind::SimilarName);
        CHECK(found[0].fullName == "Budi Santoso");
        CHECK(found[0].score == 100);
        CHECK(found[0].reasons == std::vector<std::string>{"name 100% alike, same birth date", "same phone"});
        CHECK(found[1].kind == DuplicateKind::SamePhone);
        CHECK(found[1].fullName == "Siti Aminah");
    }
}

TEST_CASE("A similar name with the same birth date is a probable duplicate; another birth date is not", "[duplicates]")
{
    Registry r;
    const Date born = 1998y / std::chrono::May / 12d;
    Person rizky = personNamed("Muhammad Rizky", born, kDurian, Gender::Male);
    rizky.nik = "1219011205980004";
    const Person stored = r.add(rizky);
    r.add(personNamed("Muhammad Fajar", born, kDurian, Gender::Male));
    r.add(personNamed("Muhammad Rizky", 1998y / std::chrono::May / 13d, kDurian, Gender::Male));

    const auto found = r.finder.candidatesFor(personNamed("M. Rizki", born, kLalang, Gender::Male));
    REQUIRE(found.size() == 1);
    CHECK(found[0].kind == DuplicateKind::SimilarName);
    CHECK(found[0].personUuid == stored.meta.uuid);
    CHECK(found[0].score >= 90);
    CHECK_THAT(found[0].reasons.at(0), StartsWith("name 9") && Contains("% alike, same birth date"));

    SECTION("the same village adds to the score")
    {
        const auto here = r.finder.candidatesFor(personNamed("M. Rizki", born, kDurian, Gender::Male));
        REQUIRE(here.size() == 1);
        CHECK(here[0].score > found[0].score);
        CHECK(here[0].reasons.at(1) == "same village");
    }
    SECTION("another birth date finds nobody, however alike the name")
    {
        CHECK(r.finder.candidatesFor(personNamed("Muhammad Rizky", 1998y / std::chrono::May / 14d, kDurian)).empty());
    }
    SECTION("a NIK of its own makes it less likely the same person")
    {
        Person typed = personNamed("Muhammad Rizky", born, kDurian, Gender::Male);
        typed.nik = "1219011205980005";
        const auto twin = r.finder.candidatesFor(typed);
        REQUIRE(twin.size() == 1);
        CHECK(twin[0].score == 95);
        CHECK(twin[0].reasons.back() == "different NIK");
    }
    SECTION("the threshold decides what counts as similar")
    {
        CHECK(r.finder.candidatesFor(personNamed("Muhammad Rizal", born, kLalang), 80).empty());
        CHECK(namesOf(r.finder.candidatesFor(personNamed("Muhammad Rizal", born, kLalang), 10)) ==
              std::vector<std::string>{"Muhammad Fajar", "Muhammad Rizky"});
    }
}

TEST_CASE("Names one letter apart on the same day are told apart: Sri Wahyuni and her twin Sri Wahyudi", "[duplicates]")
{
    Registry r;
    const Date born = 2001y / std::chrono::August / 17d;
    r.add(personNamed("Sri Wahyuni", born, kDurian, Gender::Female));
    CHECK(r.finder.candidatesFor(personNamed("Sri Wahyudi", born, kDurian, Gender::Male)).empty());
    CHECK(r.finder.candidatesFor(personNamed("Sri Wahyudi", born, kDurian)).empty());

    const auto loose = r.finder.candidatesFor(personNamed("Sri Wahyudi", born, kDurian, Gender::Male), 40);
    REQUIRE(loose.size() == 1);
    CHECK(loose[0].reasons.back() == "different gender");
}

TEST_CASE("Without a birth date, a similar name in the same village is a weaker candidate", "[duplicates]")
{
    Registry r;
    const Person undated = r.add(personNamed("Ahmad Nasution", std::nullopt, kDurian, Gender::Male));
    const Person dated = r.add(personNamed("Rahmat Jafar", 1987y / std::chrono::May / 12d, kDurian, Gender::Male));
    r.add(personNamed("Ahmad Nasution", std::nullopt, kLalang, Gender::Male));

    SECTION("a typed person with a birth date meets the undated record of the village")
    {
        const auto found =
            r.finder.candidatesFor(personNamed("Ahmad Nasution", 1990y / std::chrono::January / 2d, kDurian));
        REQUIRE(found.size() == 1);
        CHECK(found[0].personUuid == undated.meta.uuid);
        CHECK(found[0].kind == DuplicateKind::SimilarName);
        CHECK(found[0].score == 85);
        CHECK(found[0].reasons.at(0) == "name 100% alike, same village, birth date unknown");
    }
    SECTION("a typed person without one meets everyone of the village alike enough")
    {
        const auto found = r.finder.candidatesFor(personNamed("Rahmat Ja'far", std::nullopt, kDurian), 80);
        REQUIRE(found.size() == 1);
        CHECK(found[0].personUuid == dated.meta.uuid);
        CHECK(found[0].score == 85);
    }
    SECTION("no village, no birth date: a name alone is no evidence")
    {
        CHECK(r.finder.candidatesFor(personNamed("Ahmad Nasution", std::nullopt, "")).empty());
    }
}

TEST_CASE("In a village of many people the trigram index picks the candidates by the rarest word", "[duplicates]")
{
    Registry r;
    {
        SQLite::Transaction transaction(r.db.connection());
        const char* given[] = {"Ahmad", "Budi", "Dewi", "Rina", "Agus", "Putri", "Indah", "Hendra"};
        const char* family[] = {"Lubis", "Harahap", "Pane", "Sinaga", "Purba", "Tanjung"};
        for (int i = 0; i < 320; ++i) {
            r.add(personNamed(std::string(given[i % 8]) + " " + family[(i / 8) % 6] + " " + std::to_string(i),
                              std::nullopt, kDurian));
        }
        transaction.commit();
    }
    const Person jafar = r.add(personNamed("Jafar Siregar", std::nullopt, kDurian, Gender::Male));
    r.add(personNamed("Jafar Siregar", std::nullopt, kSimodong, Gender::Male));

    // "Ja'far" is nowhere in the index as typed; "Siregar" is, in two villages.
    const auto found = r.finder.candidatesFor(personNamed("Ja'far Siregar", std::nullopt, kDurian));
    REQUIRE(found.size() == 1);
    CHECK(found[0].personUuid == jafar.meta.uuid);
    CHECK(found[0].score == 85);
}

TEST_CASE("The review list pairs alike names born the same day, within a scope, best first", "[duplicates]")
{
    Registry r;
    const Date day = 1990y / std::chrono::January / 1d; // the date written when nobody knew the birthday
    const Person rizky = r.add(personNamed("Muhammad Rizky", day, kDurian, Gender::Male));
    const Person rizki = r.add(personNamed("M. Rizki", day, kLalang, Gender::Male));
    const Person aminah = r.add(personNamed("Siti Aminah", day, kDurian, Gender::Female));
    const Person aminha = r.add(personNamed("Siti Aminha", day, kDurian, Gender::Female));
    r.add(personNamed("Nur Hidayah", day, kSimodong, Gender::Female));
    const Person hidayah = r.add(personNamed("Nurul Hidayah", day, kSimodong, Gender::Female));
    r.add(personNamed("Sri Wahyuni", day, kDurian, Gender::Female));
    r.add(personNamed("Sri Wahyudi", day, kDurian, Gender::Male));
    // Alike names in two kecamatan pair up only in a scope that holds both.
    r.add(personNamed("Ahmad Nasution", day, kDurian, Gender::Male));
    r.add(personNamed("Ahmad Nasution", day, kSimodong, Gender::Male));
    // Everyone else born that day: more than are compared each with each.
    for (const char* name : {"Budi Santoso", "Dewi Sartika", "Hendra Purba", "Rina Lubis", "Rini Lubis", "Agus Salim",
                             "Lukman Hakim", "Lukman"}) {
        r.add(personNamed(name, day, kLalang));
    }
    r.add(personNamed("Siti Aminah", 1990y / std::chrono::January / 2d, kDurian, Gender::Female));
    const Person removed = r.add(personNamed("Muhammad Rizky", day, kDurian, Gender::Male));
    r.people.remove(removed.meta.uuid, "staf");

    const auto all = r.finder.probablePairs("", 80, 0, 100);
    REQUIRE(all.size() == 4);
    CHECK(r.finder.probablePairCount("", 80) == 4);
    for (std::size_t i = 1; i < all.size(); ++i) {
        CHECK(all[i - 1].score >= all[i].score);
    }
    std::map<std::pair<std::string, std::string>, int> byNames;
    for (const auto& pair : all) {
        byNames[{pair.a.fullName, pair.b.fullName}] = pair.score;
        CHECK(pair.a.kind == DuplicateKind::SimilarName);
        CHECK(pair.a.score == pair.score);
        CHECK(pair.a.birthDate == day);
        CHECK_THAT(pair.a.reasons.at(0), Contains("same birth date"));
    }
    CHECK(byNames.count({"Muhammad Rizky", "M. Rizki"}) == 1); // the older record first
    CHECK(byNames.count({"Siti Aminah", "Siti Aminha"}) == 1);
    CHECK(byNames.count({"Nur Hidayah", "Nurul Hidayah"}) == 1);
    CHECK(byNames.count({"Ahmad Nasution", "Ahmad Nasution"}) == 1);
    CHECK(all.front().score == 100);

    const auto medangDeras = r.finder.probablePairs("12.19.01", 80, 0, 100);
    REQUIRE(medangDeras.size() == 2);
    CHECK(medangDeras[0].a.personUuid == rizky.meta.uuid);
    CHECK(medangDeras[0].b.personUuid == rizki.meta.uuid);
    CHECK(medangDeras[1].a.personUuid == aminah.meta.uuid);
    CHECK(medangDeras[1].b.personUuid == aminha.meta.uuid);
    CHECK(r.finder.probablePairs(kDurian, 80, 0, 100).size() == 1);
    CHECK(r.finder.probablePairs("12.19.02", 80, 0, 100).size() == 1);

    SECTION("paged")
    {
        CHECK(r.finder.probablePairs("", 80, 1, 2).size() == 2);
        CHECK(r.finder.probablePairs("", 80, 1, 2)[0].a.personUuid == all[1].a.personUuid);
        CHECK(r.finder.probablePairs("", 80, 3, 10).size() == 1);
        CHECK(r.finder.probablePairs("", 80, 4, 10).empty());
    }
    SECTION("a lower threshold lists more, the twins among them")
    {
        CHECK(r.finder.probablePairCount("", 40) > 4);
    }
    SECTION("computing the list reports progress and can be cancelled")
    {
        DuplicateFinder fresh(r.db);
        Progress cancelling;
        cancelling.cancelled = [] { return true; };
        CHECK_THROWS_AS(fresh.probablePairCount("", 80, cancelling), Error);
        std::size_t lastDone = 0;
        std::size_t lastTotal = 0;
        Progress reporting;
        reporting.report = [&](std::size_t done, std::size_t total) {
            CHECK(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        CHECK(fresh.probablePairCount("", 80, reporting) == 4);
        CHECK(lastTotal == 2); // 1 and 2 January 1990
        CHECK(lastDone == lastTotal);
    }
    SECTION("the list follows the database")
    {
        r.people.remove(hidayah.meta.uuid, "staf");
        CHECK(r.finder.probablePairCount("", 80) == 3);
        CHECK(r.finder.probablePairs("12.19.02", 80, 0, 100).empty());
    }
}

TEST_CASE("The review list finds exactly what the typing check finds, over a demo kabupaten", "[duplicates]")
{
    Registry r;
    DemoOptions options;
    options.people = 600;
    options.underCode = "12.19";
    options.seed = 7;
    options.today = 2026y / std::chrono::November / 28d;
    generateDemoPeople(r.db, options);
    // Many people on one date, as on 31 December when the real birthday was unknown, with variants among them.
    const Date day = 1965y / std::chrono::December / 31d;
    const char* names[] = {"Muhammad Rizky", "Muh. Rizki",   "Siti Aminah",  "St. Aminah",     "Abdul Rahman",
                           "Abdurrahman",    "Sri Wahyuni",  "Sri Wahyudi",  "Ahmad Nasution", "Nasution Ahmad",
                           "A. Nasution",    "Dewi",         "Dewi Sartika", "Lukman",         "LUKMAN",
                           "Rahmat Ja'far",  "Rahmat Jafar", "Rina Lubis",   "Rini Lubis",     "Nurhidayah",
                           "Nurul Hidayah",  "Budi Santoso", "Hendra Purba", "Agus Salim",     "Zulkifli Tanjung"};
    for (std::size_t i = 0; i < std::size(names); ++i) {
        r.add(personNamed(names[i], day, i % 2 == 0 ? kDurian : kSimodong));
    }

    for (const int threshold : {60, 80}) {
        CAPTURE(threshold);
        std::set<std::tuple<std::string, std::string, int>> listed;
        for (const auto& pair : r.finder.probablePairs("12.19", threshold, 0, 100000)) {
            listed.emplace(std::min(pair.a.personUuid, pair.b.personUuid),
                           std::max(pair.a.personUuid, pair.b.personUuid), pair.score);
        }
        std::set<std::tuple<std::string, std::string, int>> typed;
        SQLite::Statement everyone(r.db.connection(), "SELECT uuid FROM person WHERE deleted_at IS NULL");
        while (everyone.executeStep()) {
            const Person p = *r.people.find(everyone.getColumn(0).getString());
            for (const auto& c : r.finder.candidatesFor(p, threshold)) {
                if (c.kind == DuplicateKind::SimilarName && p.birthDate && c.birthDate == p.birthDate) {
                    typed.emplace(std::min(p.meta.uuid, c.personUuid), std::max(p.meta.uuid, c.personUuid), c.score);
                }
            }
        }
        CHECK(listed == typed);
        CHECK(listed.size() >= 7);
    }
}

TEST_CASE("A clan name written short on a village list is the same name: Nst is Nasution", "[duplicates]")
{
    Registry r;
    r.add(personNamed("Siti Aminah Nasution", 1993y / std::chrono::September / 4d, kDurian, Gender::Female));

    const auto found = r.finder.candidatesFor(
        personNamed("Siti Aminah Nst", 1993y / std::chrono::September / 4d, kDurian, Gender::Female));
    REQUIRE(namesOf(found) == std::vector<std::string>{"Siti Aminah Nasution"});
    CHECK(found.front().score >= 90);
}

TEST_CASE("The same birth date and village weigh more than a common name: two Andi of two kecamatan are two people",
          "[duplicates]")
{
    Registry r;
    const Date born = 2000y / std::chrono::March / 3d;
    Person andi = personNamed("Andi", born, kDurian, Gender::Male);
    andi.nik = "1219010303000001";
    r.add(andi);

    SECTION("the same name, born the same day in another kecamatan, is not a duplicate")
    {
        Person other = personNamed("Andi", born, kSimodong, Gender::Male);
        other.nik = "1219020303000002";
        CHECK(r.finder.candidatesFor(other).empty());
        const auto loose = r.finder.candidatesFor(other, 10);
        REQUIRE(loose.size() == 1);
        CHECK(loose[0].score == 65);
        CHECK(loose[0].reasons == std::vector<std::string>{"name 100% alike, same birth date", "another kecamatan",
                                                           "common name", "different NIK"});
    }
    SECTION("in the same village it still is")
    {
        const auto found = r.finder.candidatesFor(personNamed("Andi", born, kDurian, Gender::Male));
        REQUIRE(found.size() == 1);
        CHECK(found[0].score == 100);
    }
    SECTION("a second word that is not common makes a name telling again")
    {
        r.add(personNamed("Andi Lubis", born, kDurian, Gender::Male));
        const auto found = r.finder.candidatesFor(personNamed("Andi Lbs", born, kSimodong, Gender::Male));
        REQUIRE(namesOf(found) == std::vector<std::string>{"Andi Lubis"});
        CHECK(found[0].score == 90);
    }
}

TEST_CASE("The review list ranks an abbreviated clan name of the same village above a common name elsewhere",
          "[duplicates]")
{
    Registry r;
    const Date born = 1993y / std::chrono::September / 4d;
    r.add(personNamed("Siti Aminah Nasution", born, kDurian, Gender::Female));
    r.add(personNamed("Siti Aminah Nst", born, kDurian, Gender::Female));
    r.add(personNamed("Andi", born, kDurian, Gender::Male));
    r.add(personNamed("Andi", born, kSimodong, Gender::Male));

    const auto pairs = r.finder.probablePairs("", 80, 0, 100);
    CHECK(r.finder.probablePairs("", 70, 0, 100).size() == 2); // the two Andi: 75, without NIKs to tell them apart
    REQUIRE(pairs.size() == 1);
    CHECK(pairs[0].a.fullName.starts_with("Siti Aminah"));
    CHECK(pairs[0].score == 100);
}

#include "ErrorCodeOf.h"
#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/people/PeopleService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

Person sitiOfDurian()
{
    Person p;
    p.nik = "1219014409930032";
    p.fullName = "Siti Aminah Nasution";
    p.gender = Gender::Female;
    p.birthDate = 1993y / std::chrono::September / 4d;
    p.birthPlace = "Durian";
    p.villageCode = "12.19.01.2004"; // Durian, Medang Deras
    p.phone = "+6281234567890";
    p.targetGroups = {TargetGroup::Perempuan, TargetGroup::Ormas};
    p.organisation = "PKK";
    p.consentDate = 2024y / std::chrono::August / 1d;
    return p;
}

} // namespace

TEST_CASE("A clerk registers a volunteer: the record gets an id, a revision and an audit entry", "[people]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    TestPeople people(db);

    const Person stored = people.save(sitiOfDurian(), "panwascam.medang-deras");
    CHECK(isUuid(stored.meta.uuid));
    CHECK(stored.meta.uuid[14] == '7');
    CHECK(stored.meta.revision == 1);
    CHECK(stored.meta.createdBy == "panwascam.medang-deras");

    const auto found = people.find(stored.meta.uuid);
    REQUIRE(found);
    CHECK(found->fullName == "Siti Aminah Nasution");
    CHECK(found->targetGroups == std::set<TargetGroup>{TargetGroup::Perempuan, TargetGroup::Ormas});
    CHECK(found->birthDate == stored.birthDate);
    CHECK(people.findByNik("1219014409930032")->meta.uuid == stored.meta.uuid);

    const auto history = AuditLog(db).history("person", stored.meta.uuid);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "create");
    CHECK_FALSE(history[0].before);
    CHECK(history[0].after->at("full_name") == "Siti Aminah Nasution");

    SECTION("an edit bumps the revision and keeps before and after")
    {
        Person edited = *found;
        edited.phone = "+6285211112222";
        const Person second = people.save(edited, "panwascam.medang-deras");
        CHECK(second.meta.revision == 2);
        CHECK(second.meta.createdAt == stored.meta.createdAt);
        const auto entries = AuditLog(db).history("person", stored.meta.uuid);
        REQUIRE(entries.size() == 2);
        CHECK(entries[1].action == "update");
        CHECK(entries[1].before->at("phone") == "+6281234567890");
        CHECK(entries[1].after->at("phone") == "+6285211112222");

        // A copy read before that edit is stale and changes nothing.
        Person stale = *found;
        stale.notes = "ditulis dari salinan lama";
        CHECK(errorCodeOf([&] { people.save(stale, "staf"); }) == "person.stale");
        CHECK(people.find(stored.meta.uuid)->notes.empty());
    }

    SECTION("a second record with the same NIK is refused, naming the first")
    {
        Person again = sitiOfDurian();
        again.fullName = "Siti Aminah";
        try {
            people.save(again, "staf");
            FAIL("a duplicate NIK was stored");
        } catch (const Error& e) {
            CHECK(e.code() == "person.duplicate_nik");
            CHECK(e.args().at(0) == stored.meta.uuid);
            CHECK(e.args().at(1) == "Siti Aminah Nasution");
        }
        CHECK(people.countLiving() == 1);
    }

    SECTION("a removal is a tombstone: the NIK can then be registered again")
    {
        people.remove(stored.meta.uuid, "staf");
        CHECK_FALSE(people.find(stored.meta.uuid));
        CHECK(db.connection().execAndGet("SELECT count(*) FROM person WHERE deleted_at IS NOT NULL").getInt() == 1);
        CHECK(AuditLog(db).history("person", stored.meta.uuid).back().action == "delete");
        CHECK(people.save(sitiOfDurian(), "staf").meta.uuid != stored.meta.uuid);
    }
}

TEST_CASE("What the database must never hold is refused before anything is written", "[people]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    TestPeople people(db);

    Person noName = sitiOfDurian();
    noName.fullName = "  ";
    CHECK(errorCodeOf([&] { people.save(noName, "staf"); }) == "person.name_required");

    for (const std::string nik : {"121901440993003", "12190144099300321", "1219O14409930032", "1.21907E+15"}) {
        Person badNik = sitiOfDurian();
        badNik.nik = nik;
        CHECK(errorCodeOf([&] { people.save(badNik, "staf"); }) == "person.nik_format");
    }

    Person kecamatan = sitiOfDurian();
    kecamatan.villageCode = "12.19.01";
    CHECK(errorCodeOf([&] { people.save(kecamatan, "staf"); }) == "region.not_village");

    // Any text field: UTF-8 (the audit log's JSON holds nothing else), and no longer than a spreadsheet's cell.
    Person badBytes = sitiOfDurian();
    badBytes.notes = "Catatan \xFF";
    CHECK(errorCodeOf([&] { people.save(badBytes, "staf"); }) == "text.invalid_utf8");
    Person surrogate = sitiOfDurian();
    surrogate.birthPlace = "Medan \xED\xA0\x80";
    CHECK(errorCodeOf([&] { people.save(surrogate, "staf"); }) == "text.invalid_utf8");
    Person huge = sitiOfDurian();
    huge.organisation = std::string(40000, 'o');
    CHECK(errorCodeOf([&] { people.save(huge, "staf"); }) == "text.too_long");

    CHECK(people.countLiving() == 0);
    CHECK(db.connection().execAndGet("SELECT count(*) FROM audit_log").getInt() == 0);

    SECTION("an external speaker may have no NIK")
    {
        Person speaker;
        speaker.fullName = "Dr. Rahmat Hidayat, M.Si.";
        CHECK(people.save(speaker, "staf").nik.empty());
    }
}

TEST_CASE("Roles carry a scope and dates, are audited, and go with their person", "[people]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    TestPeople people(db);
    TestRoles roles(db);
    const Person siti = people.save(sitiOfDurian(), "staf");

    PersonRole pkd;
    pkd.personUuid = siti.meta.uuid;
    pkd.kind = RoleKind::Pkd;
    pkd.scopeCode = "12.19.01.2004";
    pkd.startDate = 2024y / std::chrono::May / 1d;
    const PersonRole stored = roles.save(pkd, "staf");
    CHECK(stored.meta.revision == 1);

    PersonRole relawan = pkd;
    relawan.kind = RoleKind::Relawan;
    relawan.meta = {};
    roles.save(relawan, "staf");
    CHECK(roles.rolesOf(siti.meta.uuid).size() == 2);

    PersonRole reversed = pkd;
    reversed.meta = {};
    reversed.endDate = 2024y / std::chrono::April / 1d;
    CHECK(errorCodeOf([&] { roles.save(reversed, "staf"); }) == "role.dates_reversed");
    PersonRole nowhere = pkd;
    nowhere.meta = {};
    nowhere.scopeCode = "12.19.99";
    CHECK(errorCodeOf([&] { roles.save(nowhere, "staf"); }) == "region.unknown_code");
    PersonRole nobody = pkd;
    nobody.meta = {};
    nobody.personUuid = newUuidV7();
    CHECK(errorCodeOf([&] { roles.save(nobody, "staf"); }) == "role.unknown_person");

    CHECK(AuditLog(db).history("person_role", stored.meta.uuid).front().after->at("role") == "pkd");

    people.remove(siti.meta.uuid, "staf");
    CHECK(roles.rolesOf(siti.meta.uuid).empty());
}

TEST_CASE("Removing a person tombstones their roles one by one, each with its revision and audit entry", "[people]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    TestPeople people(db);
    TestRoles roles(db);
    const Person siti = people.save(sitiOfDurian(), "staf");
    PersonRole relawan;
    relawan.personUuid = siti.meta.uuid;
    relawan.scopeCode = siti.villageCode;
    const PersonRole stored = roles.save(relawan, "staf");

    people.remove(siti.meta.uuid, "koordinator");

    SQLite::Statement row(db.connection(), "SELECT revision, deleted_at IS NOT NULL, updated_by FROM person_role "
                                           "WHERE uuid = ?");
    row.bind(1, stored.meta.uuid);
    REQUIRE(row.executeStep());
    CHECK(row.getColumn(0).getInt64() == stored.meta.revision + 1);
    CHECK(row.getColumn(1).getInt() == 1);
    CHECK(row.getColumn(2).getString() == "koordinator");
    const auto history = AuditLog(db).history("person_role", stored.meta.uuid);
    REQUIRE(history.size() == 2);
    CHECK(history.back().action == "delete");
    CHECK(history.back().actor == "koordinator");
}

TEST_CASE("The person writer refuses an id beyond what the search key holds, and keeps nothing of it", "[people]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    TestPeople people(db);
    // The last id the key can hold is taken (written straight into the table, as no clerk could).
    db.connection().exec("INSERT INTO person (id, uuid, full_name, revision, created_at, created_by, updated_at, "
                         "updated_by) VALUES (16777215, '" +
                         newUuidV7() + "', 'Terakhir', 1, 'x', 'x', 'x', 'x')");

    CHECK(errorCodeOf([&] { people.save(sitiOfDurian(), "staf"); }) == "person.too_many");
    CHECK(!people.findByNik(sitiOfDurian().nik));
    CHECK(db.connection().execAndGet("SELECT count(*) FROM person").getInt() == 1);
}

TEST_CASE("A failure of the database reaches the caller as core::Error, and the registration is all or nothing",
          "[people]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    // A damaged file: the roles' table is gone.
    db.connection().exec("DROP TABLE person_role");
    PersonRole relawan;
    relawan.scopeCode = sitiOfDurian().villageCode;

    try {
        PeopleService(db, "staf").registerPerson(sitiOfDurian(), {relawan});
        FAIL("the registration went through");
    } catch (const Error& e) {
        CHECK(e.code() == "database.failed");
        CHECK(e.kind() == ErrorKind::Internal);
        CHECK_THAT(e.message(), Catch::Matchers::Contains("person_role"));
    }
    CHECK(!TestPeople(db).findByNik(sitiOfDurian().nik));
}

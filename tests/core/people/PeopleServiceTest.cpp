// The people service as the person form uses it for roles: a relawan becomes PKD, a term ends, a person moves.
#include "core/people/PeopleService.h"

#include "ErrorCodeOf.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/people/RoleRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr const char* kDurian = "12.19.07.2004";
constexpr const char* kSeiBalai = "12.19.07";

Person rahmat(std::chrono::year born)
{
    Person p;
    p.nik = "1219070303910005";
    p.fullName = "Rahmat Siregar";
    p.gender = Gender::Male;
    p.birthDate = born / std::chrono::March / 3d;
    p.villageCode = kDurian;
    return p;
}

PersonRole roleOf(RoleKind kind, const std::string& scope)
{
    PersonRole role;
    role.kind = kind;
    role.scopeCode = scope;
    role.startDate = 2024y / std::chrono::June / 1d;
    return role;
}

} // namespace

TEST_CASE("A relawan becomes PKD of his village; a second PKD role there is refused", "[people][roles]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    PeopleService service(db, "panwascam.seibalai");
    const Person stored = service.registerPerson(rahmat(1991y), {roleOf(RoleKind::Relawan, kDurian)});

    PersonRole pkd = roleOf(RoleKind::Pkd, kDurian);
    pkd.personUuid = stored.meta.uuid;
    const PersonRole added = service.addRole(pkd);
    CHECK(added.meta.revision == 1);
    CHECK(RoleRepository(db).rolesOf(stored.meta.uuid).size() == 2);
    CHECK(errorCodeOf([&] { service.addRole(pkd); }) == "role.already_held");

    SECTION("a role that has ended is history, and can be recorded beside the current one")
    {
        PersonRole earlier = pkd;
        earlier.startDate = 2019y / std::chrono::January / 1d;
        earlier.endDate = 2019y / std::chrono::December / 31d;
        CHECK_NOTHROW(service.addRole(earlier));
    }
}

TEST_CASE("A role needs the minimum age on the election day", "[people][roles]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    SettingsStore(db).setElectionDay(2029y / std::chrono::February / 14d);
    PeopleService service(db, "panwascam.seibalai");
    const Person young = service.registerPerson(rahmat(2009y), {roleOf(RoleKind::Relawan, kDurian)});

    PersonRole ptps = roleOf(RoleKind::Ptps, kDurian);
    ptps.personUuid = young.meta.uuid;
    try {
        service.addRole(ptps);
        FAIL("a 19-year-old became PTPS");
    } catch (const Error& e) {
        CHECK(e.code() == "role.too_young");
        CHECK(e.args() == std::vector<std::string>{"21", "19"});
    }
}

TEST_CASE("A Panwascam member's term ends with its date and reason, kept in the history", "[people][roles]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    PeopleService service(db, "bawaslu.batubara");
    const Person stored = service.registerPerson(rahmat(1980y), {roleOf(RoleKind::AnggotaPanwascam, kSeiBalai)});
    const PersonRole member = RoleRepository(db).rolesOf(stored.meta.uuid).front();

    const PersonRole ended = service.endRole(member, 2025y / std::chrono::January / 31d, "Masa jabatan berakhir");
    CHECK(ended.meta.revision == member.meta.revision + 1);
    const auto roles = RoleRepository(db).rolesOf(stored.meta.uuid);
    REQUIRE(roles.size() == 1);
    CHECK(roles.front().endDate == 2025y / std::chrono::January / 31d);
    CHECK(roles.front().endReason == "Masa jabatan berakhir");
    CHECK(AuditLog(db).history("person_role", member.meta.uuid).back().after->at("end_reason") ==
          "Masa jabatan berakhir");
    CHECK(errorCodeOf([&] { service.endRole(member, 2025y / std::chrono::February / 1d, "again"); }) == "role.stale");
    CHECK(errorCodeOf([&] { service.endRole(ended, 2020y / std::chrono::January / 1d, "before"); }) ==
          "role.dates_reversed");
}

TEST_CASE("A person who moves takes the roles of the old village along only when the clerk says so", "[people][roles]")
{
    TempDir dir;
    Database db(copyRealRegionDatabase(dir / "relawas.db"));
    PeopleService service(db, "panwascam.seibalai");
    const Person stored = service.registerPerson(
        rahmat(1985y), {roleOf(RoleKind::Pkd, kDurian), roleOf(RoleKind::AnggotaPanwascam, kSeiBalai)});
    const std::string otherVillage = "12.19.07.2001";

    Person moved = stored;
    moved.villageCode = otherVillage;
    REQUIRE(service.rolesScopedAt(stored.meta.uuid, kDurian).size() == 1);

    SECTION("they follow")
    {
        service.correct(moved, RolesOnMove::Follow);
        for (const PersonRole& role : RoleRepository(db).rolesOf(stored.meta.uuid)) {
            CHECK(role.scopeCode == (role.kind == RoleKind::Pkd ? otherVillage : kSeiBalai));
        }
    }
    SECTION("they stay")
    {
        service.correct(moved, RolesOnMove::Stay);
        CHECK(service.rolesScopedAt(stored.meta.uuid, kDurian).size() == 1);
    }
}

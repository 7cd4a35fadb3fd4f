// The Daftar Relawan Desa of Durian (Medang Deras) against a village set up by hand: its living people in the
// roster's name order with the roles they hold on the election day, the NIK masked, the programme's SK and MoU; the
// removed person, the ended role and the neighbour from Aek Nauli stay off it. A kecamatan gives each of its villages
// in code order; a code that is not a village or kecamatan is refused.
#include "core/reports/VillageRoster.h"

#include "ErrorCodeOf.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/RoleRepository.h"
#include "core/people/checks/Nik.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr Date kElectionDay = 2026y / std::chrono::June / 1d;
constexpr const char* kMedangDeras = "12.19.01";
constexpr const char* kDurian = "12.19.01.2004";
constexpr const char* kAekNauli = "12.19.01.2003";

struct DurianByHand
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    PeopleService people{db, "panwascam"};
    Person ani, bayu, candra, dewi, eka, fajar, gita;

    DurianByHand()
    {
        // Ani: PKD and volunteer, with a phone. Bayu, written in lower case, sorts between Ani and Candra as the
        // roster sorts names. Candra's volunteer role ends on the election day itself: he still holds it then.
        ani = registered("Ani Lestari", "1219014506950011", Gender::Female, kDurian, "+6281234560011",
                         {RoleKind::Pkd, RoleKind::Relawan});
        bayu = registered("bayu Saputra", "1219011505900012", Gender::Male, kDurian, "", {RoleKind::Relawan});
        candra = registered("Candra Wijaya", "1219011204850013", Gender::Male, kDurian, "+6281234560013",
                            {RoleKind::Relawan});
        endRoles(candra, kElectionDay);
        // Dewi was removed; Eka, an outside speaker, has no NIK and no gender recorded.
        dewi = registered("Dewi Sartika", "1219015001700014", Gender::Female, kDurian, "", {RoleKind::Relawan});
        people.remove(dewi.meta.uuid);
        eka = registered("Eka Putri", "", std::nullopt, kDurian, "", {RoleKind::Narasumber});
        // Fajar lives next door, in Aek Nauli. Gita's only role ended before the election day: she is listed
        // without a role.
        fajar = registered("Fajar Nugroho", "1219010101900015", Gender::Male, kAekNauli, "", {RoleKind::Relawan});
        gita = registered("Gita Permata", "1219014208950016", Gender::Female, kDurian, "", {RoleKind::Relawan});
        endRoles(gita, 2026y / std::chrono::April / 30d);

        KampungProgramme programme;
        programme.villageCode = kDurian;
        programme.stage = KampungStage::Designated;
        programme.skNumber = "300/12/SK/2026";
        programme.skDate = 2026y / std::chrono::March / 2d;
        programme.assessmentScore = 72.5;
        programme.vulnerability = Vulnerability::Sedang;
        programme.mouEndDate = 2029y / std::chrono::March / 1d;
        KampungRepository(db).save(programme, "bawaslu", kElectionDay);
    }

    Person registered(const std::string& name, const std::string& nik, std::optional<Gender> gender,
                      const std::string& village, const std::string& phone, const std::vector<RoleKind>& kinds)
    {
        Person person;
        person.fullName = name;
        person.nik = nik;
        person.gender = gender;
        person.birthDate = 1990y / 1 / 1d;
        person.villageCode = village;
        person.phone = phone;
        std::vector<PersonRole> roles;
        for (const RoleKind kind : kinds) {
            PersonRole role;
            role.kind = kind;
            role.scopeCode = village;
            roles.push_back(role);
        }
        return people.registerPerson(person, roles);
    }

    void endRoles(const Person& person, const Date& on)
    {
        for (const PersonRole& role : RoleRepository(db).rolesOf(person.meta.uuid)) {
            people.endRole(role, on, "masa tugas selesai");
        }
    }
};

std::vector<std::string> namesOf(const VillageRoster& roster)
{
    std::vector<std::string> names;
    for (const VillageRosterPerson& person : roster.people) {
        names.push_back(person.fullName);
    }
    return names;
}

const VillageRosterPerson& personNamed(const VillageRoster& roster, const std::string& name)
{
    const auto found = std::find_if(roster.people.begin(), roster.people.end(),
                                    [&name](const VillageRosterPerson& person) { return person.fullName == name; });
    REQUIRE(found != roster.people.end());
    return *found;
}

} // namespace

TEST_CASE("A village's roster lists its living people in name order with the roles held on the election day",
          "[reports][village-roster]")
{
    DurianByHand t;
    const VillageRoster roster = villageRoster(t.db, kDurian, kElectionDay);

    CHECK(roster.villageCode == kDurian);
    CHECK(roster.villageName == "Durian");
    CHECK_FALSE(roster.kelurahan);
    CHECK(roster.kecamatanCode == kMedangDeras);
    CHECK(roster.kecamatanName == "Medang Deras");
    CHECK(roster.kabupatenCode == "12.19");
    CHECK(roster.kabupatenName == "Kabupaten Batu Bara");
    CHECK(roster.referenceDate == kElectionDay);

    // Dewi (removed) and Fajar (Aek Nauli) are not on it; bayu sorts without regard to case.
    CHECK(namesOf(roster) ==
          std::vector<std::string>{"Ani Lestari", "bayu Saputra", "Candra Wijaya", "Eka Putri", "Gita Permata"});

    const VillageRosterPerson& ani = personNamed(roster, "Ani Lestari");
    CHECK(ani.uuid == t.ani.meta.uuid);
    CHECK(ani.gender == Gender::Female);
    CHECK(ani.phone == "+6281234560011");
    CHECK(ani.roles == std::vector<RoleKind>{RoleKind::Relawan, RoleKind::Pkd}); // in the order of the role list
    CHECK(personNamed(roster, "Candra Wijaya").roles == std::vector<RoleKind>{RoleKind::Relawan});
    CHECK(personNamed(roster, "Gita Permata").roles.empty());
    CHECK(personNamed(roster, "Eka Putri").roles == std::vector<RoleKind>{RoleKind::Narasumber});
    CHECK_FALSE(personNamed(roster, "Eka Putri").gender.has_value());

    // A day after Candra's role ended, he is listed without it.
    const VillageRoster later = villageRoster(t.db, kDurian, 2026y / std::chrono::June / 2d);
    CHECK(personNamed(later, "Candra Wijaya").roles.empty());
    CHECK(personNamed(later, "Ani Lestari").roles.size() == 2);
}

TEST_CASE("The roster shows the NIK masked as the roster export does, never whole", "[reports][village-roster]")
{
    DurianByHand t;
    const VillageRoster roster = villageRoster(t.db, kDurian, kElectionDay);
    CHECK(personNamed(roster, "Ani Lestari").maskedNik == maskNik("1219014506950011"));
    CHECK(personNamed(roster, "Ani Lestari").maskedNik ==
          "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220011");
    CHECK(personNamed(roster, "Eka Putri").maskedNik.empty());
    for (const VillageRosterPerson& person : roster.people) {
        INFO(person.fullName);
        CHECK(person.maskedNik.find("121901") == std::string::npos);
    }
}

TEST_CASE("The roster carries the village's programme status with its SK and MoU", "[reports][village-roster]")
{
    DurianByHand t;
    const VillageRoster durian = villageRoster(t.db, kDurian, kElectionDay);
    REQUIRE(durian.programme.has_value());
    CHECK(durian.programme->stage == KampungStage::Designated);
    CHECK(durian.programme->skNumber == "300/12/SK/2026");
    CHECK(durian.programme->skDate == 2026y / std::chrono::March / 2d);
    CHECK(durian.programme->mouEndDate == 2029y / std::chrono::March / 1d);

    // Aek Nauli is not in the programme; its one person is Fajar.
    const VillageRoster aekNauli = villageRoster(t.db, kAekNauli, kElectionDay);
    CHECK_FALSE(aekNauli.programme.has_value());
    CHECK(namesOf(aekNauli) == std::vector<std::string>{"Fajar Nugroho"});

    // A village taken out of the programme shows none.
    KampungRepository(t.db).remove(kDurian, "bawaslu");
    CHECK_FALSE(villageRoster(t.db, kDurian, kElectionDay).programme.has_value());
}

TEST_CASE("A kecamatan gives the roster of each of its villages, in code order", "[reports][village-roster]")
{
    DurianByHand t;
    const std::vector<VillageRoster> rosters = kecamatanRosters(t.db, kMedangDeras, kElectionDay);
    const std::vector<Region> villages = RegionRepository(t.db).children(kMedangDeras);
    REQUIRE(rosters.size() == villages.size());
    REQUIRE(rosters.size() > 10);
    for (std::size_t i = 0; i < rosters.size(); ++i) {
        CHECK(rosters[i].villageCode == villages[i].code);
        CHECK(rosters[i].kecamatanName == "Medang Deras");
        CHECK(rosters[i].kabupatenName == "Kabupaten Batu Bara");
    }
    CHECK(std::is_sorted(rosters.begin(), rosters.end(),
                         [](const VillageRoster& a, const VillageRoster& b) { return a.villageCode < b.villageCode; }));
    // Pangkalan Dodek is a kelurahan (serial 1...), Durian a desa.
    CHECK(rosters.front().villageCode == "12.19.01.1001");
    CHECK(rosters.front().kelurahan);

    std::size_t listed = 0;
    for (const VillageRoster& roster : rosters) {
        listed += roster.people.size();
        if (roster.villageCode == kDurian) {
            CHECK(roster.people.size() == 5);
            CHECK(roster.programme.has_value());
        } else if (roster.villageCode == kAekNauli) {
            CHECK(namesOf(roster) == std::vector<std::string>{"Fajar Nugroho"});
        } else {
            CHECK(roster.people.empty());
        }
    }
    CHECK(listed == 6);

    // villageRosters() takes either: the kecamatan's villages, or the one village.
    CHECK(villageRosters(t.db, kMedangDeras, kElectionDay).size() == rosters.size());
    const auto one = villageRosters(t.db, kDurian, kElectionDay);
    REQUIRE(one.size() == 1);
    CHECK(namesOf(one.front()) == namesOf(villageRoster(t.db, kDurian, kElectionDay)));
}

TEST_CASE("A code that is not a village, or not a kecamatan, is refused with its place", "[reports][village-roster]")
{
    DurianByHand t;
    CHECK(errorCodeOf([&] { villageRoster(t.db, "12.19.01.9999", kElectionDay); }) == "region.unknown_code");
    CHECK(errorCodeOf([&] { villageRosters(t.db, "12.99", kElectionDay); }) == "region.unknown_code");
    CHECK(errorCodeOf([&] { kecamatanRosters(t.db, "12.19.99", kElectionDay); }) == "region.unknown_code");
    CHECK(errorCodeOf([&] { villageRoster(t.db, kMedangDeras, kElectionDay); }) == "region.not_village");
    CHECK(errorCodeOf([&] { kecamatanRosters(t.db, kDurian, kElectionDay); }) == "region.not_kecamatan");
    CHECK(errorCodeOf([&] { villageRosters(t.db, "12.19", kElectionDay); }) == "region.not_village_or_kecamatan");
    try {
        villageRosters(t.db, "12.19.01.9999", kElectionDay);
        FAIL("an unknown code was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::NotFound);
        CHECK(error.place() == "code");
        CHECK(error.args() == std::vector<std::string>{"12.19.01.9999"});
    }
}

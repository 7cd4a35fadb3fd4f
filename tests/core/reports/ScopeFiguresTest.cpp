// The Beranda's figures against a Batu Bara counted by hand: six people in three villages of two kecamatan and one of
// another kabupaten, a removed person and an ended role, a programme village, a two-day training with three
// check-ins. Each figure is also what the roster counts for the filter a click on it opens.
#include "core/reports/ScopeFigures.h"

#include "ErrorCodeOf.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/people/RoleRepository.h"
#include "core/people/VillageTally.h"
#include "core/programme/KampungRepository.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr Date kOn = 2026y / std::chrono::June / 1d;
constexpr const char* kDurian = "12.19.01.2004";       // Medang Deras
constexpr const char* kSeiBalai = "12.19.07.2002";     // Sei Balai
constexpr const char* kKwalaSikasim = "12.19.07.2001"; // Sei Balai
constexpr const char* kSilampuyang = "12.08.01.2001";  // another kabupaten

struct CountedBatuBara
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    PeopleService people{db, "panwascam"};
    Person ani, bayu, candra, dewi, eka, fajar, gita;
    Training training;

    CountedBatuBara()
    {
        // Ani: a first-time voter, 19 on the day; Bayu: with a disability; both volunteers in Durian.
        ani = volunteer("Ani Lestari", "1219014103070001", Gender::Female, 2007y / 3 / 1d, kDurian,
                        {TargetGroup::PemilihPemula, TargetGroup::Perempuan});
        bayu = volunteer("Bayu Saputra", "1219011505900002", Gender::Male, 1990y / 5 / 15d, kDurian,
                         {TargetGroup::Disabilitas});
        // Candra: the PKD of Sei Balai, not a volunteer.
        candra =
            registered("Candra Wijaya", "1219071204850003", Gender::Male, 1985y / 4 / 12d, kSeiBalai, RoleKind::Pkd);
        // Dewi: a volunteer of Kwala Sikasim, removed; Eka: one with no birth date recorded.
        dewi = volunteer("Dewi Sartika", "1219075001700004", Gender::Female, 1970y / 1 / 10d, kKwalaSikasim, {});
        people.remove(dewi.meta.uuid);
        eka = volunteer("Eka Putri", "", Gender::Female, std::nullopt, kKwalaSikasim, {});
        // Fajar: a volunteer of another kabupaten. Gita: her volunteer role ended before the day.
        fajar = volunteer("Fajar Nugroho", "1208010101900005", Gender::Male, 1990y / 1 / 1d, kSilampuyang, {});
        gita = volunteer("Gita Permata", "1219014208950006", Gender::Female, 1995y / 8 / 2d, kDurian, {});
        for (const PersonRole& role : RoleRepository(db).rolesOf(gita.meta.uuid)) {
            people.endRole(role, 2026y / std::chrono::April / 30d, "pindah tugas");
        }

        KampungProgramme programme;
        programme.villageCode = kDurian;
        programme.stage = KampungStage::Candidate;
        KampungRepository(db).save(programme, "panwascam", kOn);

        // A two-day P2P in Medang Deras: Ani present both days, Bayu the first; one that begins after the day.
        TrainingService service(db, "panitia");
        training.kind = TrainingKind::P2p;
        training.title = "P2P Medang Deras";
        training.scopeCode = "12.19.01";
        training.startDate = 2026y / std::chrono::May / 10d;
        training.endDate = 2026y / std::chrono::May / 11d;
        training = service.save(training);
        service.invite(training.meta.uuid, ani.meta.uuid, InvitationPart::Peserta);
        service.invite(training.meta.uuid, bayu.meta.uuid, InvitationPart::Peserta);
        CheckInDesk(db, "meja", training.meta.uuid, training.startDate).submit(ani.nik);
        CheckInDesk(db, "meja", training.meta.uuid, training.startDate).submit(bayu.nik);
        CheckInDesk(db, "meja", training.meta.uuid, training.endDate).submit(ani.nik);
        Training later = training;
        later.meta = {};
        later.title = "P2P Medang Deras, gelombang 2";
        later.startDate = 2026y / std::chrono::July / 1d;
        later.endDate = later.startDate;
        service.save(later);
    }

    Person registered(const std::string& name, const std::string& nik, Gender gender, std::optional<Date> birth,
                      const std::string& village, RoleKind kind, std::set<TargetGroup> groups = {})
    {
        Person person;
        person.fullName = name;
        person.nik = nik;
        person.gender = gender;
        person.birthDate = birth;
        person.villageCode = village;
        person.targetGroups = std::move(groups);
        PersonRole role;
        role.kind = kind;
        role.scopeCode = village;
        return people.registerPerson(person, {role});
    }

    Person volunteer(const std::string& name, const std::string& nik, Gender gender, std::optional<Date> birth,
                     const std::string& village, std::set<TargetGroup> groups)
    {
        return registered(name, nik, gender, birth, village, RoleKind::Relawan, std::move(groups));
    }

    long long roster(RosterFilter filter)
    {
        filter.referenceDate = kOn;
        return RosterQuery(db).count(filter);
    }
};

// The roster's filter a click on a volunteers' figure of Batu Bara opens.
RosterFilter volunteersWhere(std::optional<Gender> gender = std::nullopt,
                             std::optional<TargetGroup> group = std::nullopt)
{
    RosterFilter filter;
    filter.scopeCode = "12.19";
    filter.role = RoleKind::Relawan;
    filter.gender = gender;
    filter.targetGroup = group;
    return filter;
}

const RegionPartFigures& partNamed(const ScopeFigures& figures, const std::string& code)
{
    const auto part = std::find_if(figures.parts.begin(), figures.parts.end(),
                                   [&code](const RegionPartFigures& p) { return p.code == code; });
    REQUIRE(part != figures.parts.end());
    return *part;
}

} // namespace

TEST_CASE("The figures of a kabupaten are those counted by hand, and those the roster lists", "[reports][figures]")
{
    CountedBatuBara t;
    const ScopeFigures f = scopeFigures(t.db, "12.19", kOn, kOn);

    CHECK(f.scopeName == "Kabupaten Batu Bara");
    CHECK(f.villages == 151); // the official list (../shared/data agrees)
    CHECK(f.volunteers == 3); // Ani, Bayu, Eka
    CHECK(f.women == 2);
    CHECK(f.firstTimeVoters == 1);
    CHECK(f.withDisability == 1);
    CHECK(f.villagesWithVolunteer == 2); // Durian, Kwala Sikasim
    CHECK(f.villagesWithPkd == 1);       // Sei Balai
    CHECK(f.programme.size() == 1);
    CHECK(f.programme.at(KampungStage::Candidate) == 1);
    CHECK(f.trainingsHeld == 1);
    REQUIRE(f.attendanceRate);
    CHECK(*f.attendanceRate == Approx(0.75)); // 3 of 2 participants × 2 days
    CHECK(f.peopleTrained == 2);
    REQUIRE(f.trainingMonths.size() == 1);
    CHECK(f.trainingMonths.front().month == "2026-05");
    CHECK(f.trainingMonths.front().expectedDays == 4);
    CHECK(f.trainingMonths.front().presentDays == 3);

    // What a click on each opens.
    CHECK(t.roster(volunteersWhere()) == f.volunteers);
    CHECK(t.roster(volunteersWhere(Gender::Female)) == f.women);
    CHECK(t.roster(volunteersWhere(std::nullopt, TargetGroup::PemilihPemula)) == f.firstTimeVoters);
    CHECK(t.roster(volunteersWhere(std::nullopt, TargetGroup::Disabilitas)) == f.withDisability);
    RosterFilter trained;
    trained.scopeCode = "12.19";
    trained.trained = true;
    CHECK(t.roster(trained) == f.peopleTrained);

    // Per kecamatan: all twelve, in code order; Medang Deras and Sei Balai as counted.
    CHECK(f.parts.size() == 12);
    CHECK(std::is_sorted(f.parts.begin(), f.parts.end(), [](const auto& a, const auto& b) { return a.code < b.code; }));
    const RegionPartFigures& medangDeras = partNamed(f, "12.19.01");
    CHECK(medangDeras.name == "Medang Deras");
    CHECK(medangDeras.villages == 21);
    CHECK(medangDeras.villagesWithVolunteer == 1);
    CHECK(medangDeras.villagesWithPkd == 0);
    CHECK(medangDeras.programmeVillages == 1);
    CHECK(medangDeras.volunteerMen == 1);
    CHECK(medangDeras.volunteerWomen == 1);
    const RegionPartFigures& seiBalai = partNamed(f, "12.19.07");
    CHECK(seiBalai.villagesWithVolunteer == 1);
    CHECK(seiBalai.villagesWithPkd == 1);
    CHECK(seiBalai.volunteerWomen == 1);
    CHECK(seiBalai.volunteerMen == 0);
    long long partVolunteers = 0;
    for (const RegionPartFigures& part : f.parts) {
        partVolunteers += part.volunteers();
    }
    CHECK(partVolunteers == f.volunteers);

    // Ages on the day: Ani 19, Bayu 36, Eka not recorded.
    REQUIRE(f.ages.size() == 12);
    CHECK(f.ages[1].from == 17);
    CHECK(f.ages[1].to == 20);
    CHECK(f.ages[1].women == 1);
    CHECK(f.ages[5].from == 36);
    CHECK(f.ages[5].men == 1);
    CHECK(f.ages.back().from == -1);
    CHECK(f.ages.back().women == 1);
    CHECK(!f.ages[10].to);
}

TEST_CASE("The figures of a kecamatan go village by village, and of everything province by province",
          "[reports][figures]")
{
    CountedBatuBara t;

    const ScopeFigures kecamatan = scopeFigures(t.db, "12.19.01", kOn, kOn);
    CHECK(kecamatan.villages == 21);
    CHECK(kecamatan.volunteers == 2);
    CHECK(kecamatan.parts.size() == 21);
    const RegionPartFigures& durian = partNamed(kecamatan, kDurian);
    CHECK(durian.villages == 1);
    CHECK(durian.villagesWithVolunteer == 1);
    CHECK(durian.programmeVillages == 1);
    CHECK(kecamatan.trainingsHeld == 1);

    const ScopeFigures seiBalai = scopeFigures(t.db, "12.19.07", kOn, kOn);
    CHECK(seiBalai.trainingsHeld == 0);
    CHECK(!seiBalai.attendanceRate);
    CHECK(seiBalai.peopleTrained == 0);

    const ScopeFigures all = scopeFigures(t.db, "", kOn, kOn);
    CHECK(all.scopeName == "Indonesia");
    CHECK(all.villages == 83762);
    CHECK(all.volunteers == 4); // and Fajar
    CHECK(all.parts.size() == 38);
    CHECK(partNamed(all, "12").volunteers() == 4);

    CHECK(errorCodeOf([&] { scopeFigures(t.db, "12.99", kOn, kOn); }) == "region.unknown_code");
}

TEST_CASE("The figures as JSON name every count", "[reports][figures]")
{
    CountedBatuBara t;
    const auto json = scopeFiguresToJson(scopeFigures(t.db, "12.19", kOn, kOn));
    CHECK(json.at("scope").at("code") == "12.19");
    CHECK(json.at("reference_date") == "2026-06-01");
    CHECK(json.at("villages").at("with_volunteer") == 2);
    CHECK(json.at("volunteers").at("women") == 2);
    CHECK(json.at("programme").at("candidate") == 1);
    CHECK(json.at("programme").at("launched") == 0);
    CHECK(json.at("trainings").at("attendance_rate") == Approx(0.75));
    CHECK(json.at("parts").size() == 12);
    CHECK(json.at("ages").back().at("birth_date_not_recorded") == true);
}

TEST_CASE("The figures from the village tallies are those counted from the people", "[reports][figures]")
{
    CountedBatuBara t;
    const std::pair<std::string, int> regions[] = {{"12.19", 3}, {"12.19.01", 2}, {"12.19.07", 1}, {"", 4}};
    std::vector<nlohmann::ordered_json> counted;
    REQUIRE_FALSE(villageTallyCounts(t.db, kOn)); // no election day: the tallies count today
    for (const auto& region : regions) {
        counted.push_back(scopeFiguresToJson(scopeFigures(t.db, region.first, kOn, kOn)));
    }
    SettingsStore(t.db).setElectionDay(kOn);
    REQUIRE(refreshVillageTally(t.db, "test"));
    REQUIRE(villageTallyCounts(t.db, kOn));
    for (std::size_t i = 0; i < std::size(regions); ++i) {
        INFO(regions[i].first);
        const auto tallied = scopeFiguresToJson(scopeFigures(t.db, regions[i].first, kOn, kOn));
        CHECK(tallied == counted[i]);
        CHECK(tallied.at("volunteers").at("total") == regions[i].second);
    }
}

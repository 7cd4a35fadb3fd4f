// The Laporan Pengawasan Partisipatif of Batu Bara for 2026, against trainings and a programme village set by hand:
// a P2P of Medang Deras in the period with its check-ins, a Rakernis of the year before, one of another kabupaten and
// one of the period not held yet; Durian designated by SK with an MoU, Sei Balai a candidate.
#include "core/reports/ProgrammeReport.h"

#include "ErrorCodeOf.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/programme/KampungRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>
#include <chrono>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr Date kOn = 2026y / std::chrono::June / 1d;
constexpr const char* kDurian = "12.19.01.2004";   // Medang Deras
constexpr const char* kSeiBalai = "12.19.07.2002"; // Sei Balai

struct BatuBara2026
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    PeopleService people{db, "panwascam"};
    TrainingService service{db, "panitia"};
    Person ani, bayu;
    Training p2p;

    BatuBara2026()
    {
        ani = volunteer("Ani Lestari", "1219014103070001", Gender::Female, kDurian);
        bayu = volunteer("Bayu Saputra", "1219011505900002", Gender::Male, kDurian);

        KampungProgramme durian;
        durian.villageCode = kDurian;
        durian.stage = KampungStage::Designated;
        durian.skNumber = "300/KPP/BB/2026";
        durian.skDate = 2026y / std::chrono::February / 2d;
        durian.mouEndDate = 2031y / std::chrono::February / 1d;
        durian.assessmentScore = 81;
        durian.vulnerability = Vulnerability::Sedang;
        KampungRepository(db).save(durian, "panwascam", kOn);
        KampungProgramme seiBalai;
        seiBalai.villageCode = kSeiBalai;
        KampungRepository(db).save(seiBalai, "panwascam", kOn);

        // Two days, two participants: Ani present both, Bayu the first: 3 of 4 participant-days.
        p2p = training(TrainingKind::P2p, "P2P Medang Deras", "12.19.01", 2026y / std::chrono::May / 10d,
                       2026y / std::chrono::May / 11d);
        service.invite(p2p.meta.uuid, ani.meta.uuid, InvitationPart::Peserta);
        service.invite(p2p.meta.uuid, bayu.meta.uuid, InvitationPart::Peserta);
        CheckInDesk(db, "meja", p2p.meta.uuid, p2p.startDate).submit(ani.nik);
        CheckInDesk(db, "meja", p2p.meta.uuid, p2p.startDate).submit(bayu.nik);
        CheckInDesk(db, "meja", p2p.meta.uuid, p2p.endDate).submit(ani.nik);

        training(TrainingKind::Rakernis, "Rakernis 2025", "12.19", 2025y / std::chrono::September / 15d,
                 2025y / std::chrono::September / 15d);
        training(TrainingKind::ForumWarga, "Forum Warga Asahan", "12.08", 2026y / std::chrono::March / 3d,
                 2026y / std::chrono::March / 3d);
        training(TrainingKind::Sosialisasi, "Sosialisasi Sei Balai", "12.19.07", 2026y / std::chrono::July / 1d,
                 2026y / std::chrono::July / 1d);
    }

    Person volunteer(const std::string& name, const std::string& nik, Gender gender, const std::string& village)
    {
        Person person;
        person.fullName = name;
        person.nik = nik;
        person.gender = gender;
        person.villageCode = village;
        PersonRole role;
        role.kind = RoleKind::Relawan;
        role.scopeCode = village;
        return people.registerPerson(person, {role});
    }

    Training training(TrainingKind kind, const std::string& title, const std::string& scope, Date start, Date end)
    {
        Training t;
        t.kind = kind;
        t.title = title;
        t.scopeCode = scope;
        t.venue = "Aula " + title;
        t.startDate = start;
        t.endDate = end;
        return service.save(t);
    }

    ProgrammeReport report(const std::string& scope, std::optional<Date> from, std::optional<Date> to)
    {
        ProgrammeReportRequest request;
        request.scopeCode = scope;
        request.from = from;
        request.to = to;
        request.today = kOn;
        request.referenceDate = kOn;
        return programmeReport(db, request);
    }
};

std::vector<std::string> titlesOf(const ProgrammeReport& report)
{
    std::vector<std::string> titles;
    for (const ProgrammeReportTraining& training : report.trainings) {
        titles.push_back(training.title);
    }
    return titles;
}

} // namespace

TEST_CASE("The report of Batu Bara for 2026 lists the trainings of the period and the programme villages",
          "[reports][programme-report]")
{
    BatuBara2026 t;
    const ProgrammeReport report = t.report("12.19", 2026y / 1 / 1d, 2026y / 12 / 31d);

    SECTION("the figures are the region's, as ScopeFigures counts them")
    {
        CHECK(report.figures.scopeCode == "12.19");
        CHECK(report.figures.scopeName == "Kabupaten Batu Bara");
        CHECK(report.figures.volunteers == 2);
        CHECK(report.figures.parts.size() == 12);
        CHECK(report.figures.programme.at(KampungStage::Designated) == 1);
        CHECK(report.figures.programme.at(KampungStage::Candidate) == 1);
    }
    SECTION("the trainings of the region that meet the period, oldest first; another kabupaten's is not one")
    {
        CHECK(titlesOf(report) == std::vector<std::string>{"P2P Medang Deras", "Sosialisasi Sei Balai"});
        const ProgrammeReportTraining& p2p = report.trainings.front();
        CHECK(p2p.kind == TrainingKind::P2p);
        CHECK(p2p.venue == "Aula P2P Medang Deras");
        CHECK(p2p.scopeName == "Medang Deras");
        CHECK(p2p.participants == 2);
        CHECK(p2p.expectedDays == 4);
        CHECK(p2p.presentDays == 3);
        CHECK(p2p.attendanceRate() == Approx(0.75));
        // Not held by the day: no expected day, no rate, not counted as held.
        const ProgrammeReportTraining& later = report.trainings.back();
        CHECK(later.expectedDays == 0);
        CHECK_FALSE(later.attendanceRate());
        CHECK(report.trainingsHeld == 1);
        REQUIRE(report.attendanceRate);
        CHECK(*report.attendanceRate == Approx(0.75));
    }
    SECTION("the programme villages in code order, with kecamatan, stage, SK and MoU")
    {
        REQUIRE(report.villages.size() == 2);
        const ProgrammeReportVillage& durian = report.villages.front();
        CHECK(durian.villageCode == kDurian);
        CHECK(durian.villageName == "Durian");
        CHECK(durian.kecamatanName == "Medang Deras");
        CHECK(durian.stage == KampungStage::Designated);
        CHECK(durian.skNumber == "300/KPP/BB/2026");
        CHECK(durian.skDate == 2026y / std::chrono::February / 2d);
        CHECK(durian.mouEndDate == 2031y / std::chrono::February / 1d);
        CHECK(report.villages.back().villageCode == kSeiBalai);
        CHECK(report.villages.back().stage == KampungStage::Candidate);
        CHECK_FALSE(report.villages.back().skDate);
    }
    SECTION("the JSON carries the period and each list")
    {
        const auto json = programmeReportToJson(report);
        CHECK(json["period"]["from"] == "2026-01-01");
        CHECK(json["trainings"]["list"].size() == 2);
        CHECK(json["programme_villages"][0]["sk_number"] == "300/KPP/BB/2026");
    }
}

TEST_CASE("The period bounds the trainings on either side, and none bounds nothing", "[reports][programme-report]")
{
    BatuBara2026 t;
    CHECK(titlesOf(t.report("12.19", std::nullopt, std::nullopt)) ==
          std::vector<std::string>{"Rakernis 2025", "P2P Medang Deras", "Sosialisasi Sei Balai"});
    CHECK(titlesOf(t.report("12.19", std::nullopt, 2025y / 12 / 31d)) == std::vector<std::string>{"Rakernis 2025"});
    // A training that ends on the first day of the period meets it; one that begins on its last day too.
    CHECK(titlesOf(t.report("12.19", 2026y / std::chrono::May / 11d, 2026y / std::chrono::May / 31d)) ==
          std::vector<std::string>{"P2P Medang Deras"});
    CHECK(titlesOf(t.report("12.19", 2026y / std::chrono::June / 2d, 2026y / std::chrono::July / 1d)) ==
          std::vector<std::string>{"Sosialisasi Sei Balai"});
    const ProgrammeReport held2025 = t.report("12.19", 2025y / 1 / 1d, 2025y / 12 / 31d);
    CHECK(held2025.trainingsHeld == 1);
    CHECK_FALSE(held2025.attendanceRate); // nobody was invited
}

TEST_CASE("The report of a kecamatan holds its own trainings and villages only", "[reports][programme-report]")
{
    BatuBara2026 t;
    const ProgrammeReport seiBalai = t.report("12.19.07", std::nullopt, std::nullopt);
    CHECK(titlesOf(seiBalai) == std::vector<std::string>{"Sosialisasi Sei Balai"});
    REQUIRE(seiBalai.villages.size() == 1);
    CHECK(seiBalai.villages.front().villageCode == kSeiBalai);
    CHECK(seiBalai.figures.volunteers == 0);
    // All of Indonesia: every training, the other kabupaten's too.
    CHECK(t.report("", std::nullopt, std::nullopt).trainings.size() == 4);
}

TEST_CASE("An unknown region and a reversed period are refused", "[reports][programme-report]")
{
    BatuBara2026 t;
    CHECK(errorCodeOf([&] { t.report("12.99", std::nullopt, std::nullopt); }) == "region.unknown_code");
    try {
        t.report("12.19", 2026y / 6 / 30d, 2026y / 6 / 1d);
        FAIL("a period that ends before it begins was accepted");
    } catch (const Error& e) {
        CHECK(e.code() == "report.period_reversed");
        CHECK(e.place() == "period");
        CHECK(e.args() == std::vector<std::string>{"2026-06-30", "2026-06-01"});
    }
    CHECK(errorCodeOf([&] { t.report("12.19", 2026y / 6 / 1d, 2026y / 6 / 1d); }) == "no error");
}

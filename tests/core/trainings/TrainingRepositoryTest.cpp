#include "core/trainings/TrainingRepository.h"

#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/organising/TrainingService.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/TrainingJson.h"

#include <catch2/catch.hpp>
#include <map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr const char* kBatuBara = "12.19";
constexpr const char* kSeiBalai = "12.19.07";
constexpr const char* kDurian = "12.19.01.2004"; // Durian, Medang Deras

constexpr Date kSeptember13 = 2024y / std::chrono::September / 13d;
constexpr Date kSeptember14 = 2024y / std::chrono::September / 14d;
constexpr Date kSeptember15 = 2024y / std::chrono::September / 15d;

// What a refused call threw; the test fails if it was not refused.
template<typename Call>
Error refusal(Call&& call)
{
    try {
        call();
    } catch (const Error& e) {
        return e;
    }
    FAIL("the call was not refused");
    throw std::logic_error("unreachable");
}

long long count(Database& db, const std::string& sql)
{
    return db.connection().execAndGet(sql).getInt64();
}

// The founding Rakernis: Sunday 15 September 2024, Singapore City Hotel, Kecamatan Sei Balai; with three of its
// participants registered.
struct RakernisDay
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    TestPeople people{db};
    TrainingRepository trainings{db};
    AttendanceRepository attendance{db};
    Person siti;
    Person budi;
    Person ahmad;

    RakernisDay()
    {
        siti = registered("Siti Aminah Nasution", "1219014409930032");
        budi = registered("Budi Santoso", "1219010203850001");
        ahmad = registered("Ahmad Fauzi", "1219011507900002");
    }

    Person registered(const std::string& name, const std::string& nik)
    {
        Person person;
        person.fullName = name;
        person.nik = nik;
        person.villageCode = kDurian;
        return people.save(person, "panwascam.medang-deras");
    }

    static Training rakernis()
    {
        Training training;
        training.kind = TrainingKind::Rakernis;
        training.title = "Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif";
        training.scopeCode = kBatuBara;
        training.venue = "Singapore City Hotel, Jln Lintas Sumatera, Sei Balai";
        training.startDate = kSeptember15;
        training.endDate = kSeptember15;
        return training;
    }

    Training saved(Training training) { return trainings.save(training, "koordinator.kabupaten"); }
};

} // namespace

TEST_CASE("Training kinds have stable ids", "[training]")
{
    for (const TrainingKind kind : kAllTrainingKinds) {
        CHECK(trainingKindFromId(trainingKindId(kind)) == kind);
    }
    CHECK(trainingKindId(TrainingKind::ForumWarga) == "forum-warga");
    CHECK(trainingKindId(TrainingKind::P2p) == "p2p");
    CHECK_FALSE(trainingKindFromId("seminar"));
    CHECK_FALSE(trainingKindFromId("Rakernis"));
}

TEST_CASE("The coordinator plans the Rakernis, corrects it, and removes it; the audit log keeps every step",
          "[training]")
{
    RakernisDay t;
    const Training created = t.saved(RakernisDay::rakernis());
    CHECK(isUuid(created.meta.uuid));
    CHECK(created.meta.revision == 1);
    CHECK(created.meta.createdBy == "koordinator.kabupaten");
    CHECK(created.meta.updatedAt == created.meta.createdAt);

    const auto found = t.trainings.find(created.meta.uuid);
    REQUIRE(found);
    CHECK(found->kind == TrainingKind::Rakernis);
    CHECK(found->title == created.title);
    CHECK(found->scopeCode == kBatuBara);
    CHECK(found->venue == created.venue);
    CHECK(found->startDate == kSeptember15);
    CHECK(found->endDate == kSeptember15);
    CHECK(trainingToJson(*found) == trainingToJson(created));

    // The hall of the hotel is booked for the Saturday too.
    Training edited = created;
    edited.startDate = kSeptember14;
    edited.scopeCode = kSeiBalai;
    const Training updated = t.trainings.save(edited, "staf.sekretariat");
    CHECK(updated.meta.revision == 2);
    CHECK(updated.meta.createdBy == "koordinator.kabupaten");
    CHECK(updated.meta.updatedBy == "staf.sekretariat");
    CHECK(t.trainings.find(created.meta.uuid)->startDate == kSeptember14);
    CHECK(t.trainings.find(created.meta.uuid)->scopeCode == kSeiBalai);

    SECTION("a save based on the older revision is refused and changes nothing")
    {
        const std::string before = contentDump(t.db);
        Training late = created;
        late.venue = "Aula Kantor Camat Sei Balai";
        const Error error = refusal([&] { t.trainings.save(late, "panwascam.sei-balai"); });
        CHECK(error.code() == "training.stale");
        CHECK(error.kind() == ErrorKind::UserInput);
        CHECK(contentDump(t.db) == before);
    }
    SECTION("without a scope the training is stored without one")
    {
        Training unscoped = updated;
        unscoped.scopeCode.clear();
        t.trainings.save(unscoped, "staf.sekretariat");
        CHECK(t.trainings.find(created.meta.uuid)->scopeCode.empty());
        CHECK(count(t.db, "SELECT count(*) FROM training WHERE scope_code IS NULL") == 1);
    }
    SECTION("removal leaves a tombstone, and the audit log holds create, update and delete")
    {
        TrainingService(t.db, "koordinator.kabupaten").remove(created.meta.uuid);
        CHECK_FALSE(t.trainings.find(created.meta.uuid));
        SQLite::Statement row(t.db.connection(), "SELECT deleted_at IS NOT NULL, revision, title FROM training");
        REQUIRE(row.executeStep());
        CHECK(row.getColumn(0).getInt() == 1);
        CHECK(row.getColumn(1).getInt64() == 3);
        CHECK(row.getColumn(2).getString() == created.title);

        const auto history = AuditLog(t.db).history("training", created.meta.uuid);
        REQUIRE(history.size() == 3);
        CHECK(history[0].action == "create");
        CHECK_FALSE(history[0].before);
        CHECK(*history[0].after == trainingToJson(created));
        CHECK(history[0].after->at("kind") == "rakernis");
        CHECK(history[1].action == "update");
        CHECK(history[1].actor == "staf.sekretariat");
        CHECK(*history[1].before == trainingToJson(created));
        CHECK(*history[1].after == trainingToJson(updated));
        CHECK(history[1].after->at("start_date") == "2024-09-14");
        CHECK(history[2].action == "delete");
        CHECK(*history[2].before == trainingToJson(updated));
        CHECK_FALSE(history[2].after);

        // A removed training cannot be saved over, and removing it again does nothing.
        CHECK(refusal([&] { t.trainings.save(updated, "staf"); }).code() == "training.stale");
        const std::string before = contentDump(t.db);
        TrainingService(t.db, "koordinator.kabupaten").remove(created.meta.uuid);
        CHECK(contentDump(t.db) == before);
    }
}

TEST_CASE("A training that cannot be stored is refused, naming the field, and nothing changes", "[training]")
{
    RakernisDay t;
    const Training stored = t.saved(RakernisDay::rakernis());
    const std::string before = contentDump(t.db);

    struct Case
    {
        const char* name;
        void (*spoil)(Training&);
        const char* code;
        const char* place;
    };
    const Case cases[] = {
        {"no title", [](Training& x) { x.title = "  \t "; }, "training.title_required", "title"},
        {"ends before it starts", [](Training& x) { x.endDate = kSeptember13; }, "training.dates_reversed", "end_date"},
        {"no start date", [](Training& x) { x.startDate = Date{}; }, "training.date_invalid", "start_date"},
        {"a date that does not exist", [](Training& x) { x.endDate = 2024y / std::chrono::September / 31d; },
         "training.date_invalid", "end_date"},
        {"a scope not in the list", [](Training& x) { x.scopeCode = "12.19.13"; }, "region.unknown_code", "scope_code"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        for (const bool isNew : {true, false}) {
            CAPTURE(isNew);
            Training spoiled = isNew ? RakernisDay::rakernis() : stored;
            c.spoil(spoiled);
            const Error error = refusal([&] { t.trainings.save(spoiled, "staf"); });
            CHECK(error.code() == c.code);
            CHECK(error.place() == c.place);
            CHECK(error.kind() == ErrorKind::UserInput);
        }
    }
    CHECK(contentDump(t.db) == before);
}

TEST_CASE("At the door of the hotel a participant scanned twice is present once", "[training][attendance]")
{
    RakernisDay t;
    const Training rakernis = t.saved(RakernisDay::rakernis());
    const Attendance first = t.attendance.record(rakernis.meta.uuid, t.siti.meta.uuid, kSeptember15, "meja.1");
    CHECK(isUuid(first.meta.uuid));
    CHECK(first.meta.revision == 1);
    CHECK(first.trainingUuid == rakernis.meta.uuid);
    CHECK(first.personUuid == t.siti.meta.uuid);
    CHECK(first.day == kSeptember15);
    CHECK(first.checkedInAt == first.meta.createdAt);
    CHECK(first.meta.createdBy == "meja.1");

    const std::string before = contentDump(t.db);
    const Attendance again = t.attendance.record(rakernis.meta.uuid, t.siti.meta.uuid, kSeptember15, "meja.2");
    CHECK(attendanceToJson(again) == attendanceToJson(first));
    CHECK(again.meta.createdBy == "meja.1");
    CHECK(contentDump(t.db) == before);

    const auto present = t.attendance.ofTraining(rakernis.meta.uuid);
    REQUIRE(present.size() == 1);
    CHECK(attendanceToJson(present[0]) == attendanceToJson(first));

    const auto history = AuditLog(t.db).history("attendance", first.meta.uuid);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "create");
    CHECK(history[0].actor == "meja.1");
    CHECK_FALSE(history[0].before);
    CHECK(*history[0].after == attendanceToJson(first));
    CHECK(history[0].after->at("day") == "2024-09-15");
}

TEST_CASE("Attendance that cannot be recorded is refused and nothing changes", "[training][attendance]")
{
    RakernisDay t;
    const Training rakernis = t.saved(RakernisDay::rakernis());
    Training removed = RakernisDay::rakernis();
    removed.title = "Sosialisasi yang dibatalkan";
    removed.kind = TrainingKind::Sosialisasi;
    removed = t.saved(removed);
    TrainingService(t.db, "koordinator.kabupaten").remove(removed.meta.uuid);
    t.people.remove(t.ahmad.meta.uuid, "staf");
    const std::string before = contentDump(t.db);

    const std::string training = rakernis.meta.uuid;
    const std::string siti = t.siti.meta.uuid;
    auto attend = [&t](const std::string& trainingUuid, const std::string& personUuid, const Date& day) {
        return refusal([&] { t.attendance.record(trainingUuid, personUuid, day, "meja.1"); });
    };

    const Error unknownTraining = attend(newUuidV7(), siti, kSeptember15);
    CHECK(unknownTraining.code() == "attendance.unknown_training");
    CHECK(unknownTraining.kind() == ErrorKind::NotFound);
    CHECK(attend(removed.meta.uuid, siti, kSeptember15).code() == "attendance.unknown_training");

    const Error unknownPerson = attend(training, newUuidV7(), kSeptember15);
    CHECK(unknownPerson.code() == "attendance.unknown_person");
    CHECK(unknownPerson.kind() == ErrorKind::NotFound);
    CHECK(attend(training, t.ahmad.meta.uuid, kSeptember15).code() == "attendance.unknown_person");

    const Error dayBefore = attend(training, siti, kSeptember14);
    CHECK(dayBefore.code() == "attendance.outside_training");
    CHECK(dayBefore.place() == "day");
    CHECK(dayBefore.args() == std::vector<std::string>{"2024-09-14", "2024-09-15", "2024-09-15"});
    CHECK(attend(training, siti, 2024y / std::chrono::September / 16d).code() == "attendance.outside_training");
    CHECK(attend(training, siti, Date{}).code() == "attendance.outside_training");

    CHECK(contentDump(t.db) == before);
}

TEST_CASE("A three-day bimtek counts attendance day by day", "[training][attendance]")
{
    RakernisDay t;
    Training bimtek = RakernisDay::rakernis();
    bimtek.kind = TrainingKind::Bimtek;
    bimtek.title = "Bimtek Pengawas Kelurahan/Desa";
    bimtek.scopeCode = kSeiBalai;
    bimtek.startDate = kSeptember13;
    bimtek.endDate = kSeptember15;
    bimtek = t.saved(bimtek);
    const std::string id = bimtek.meta.uuid;

    // Budi comes on the first and the last day; Siti and Ahmad on all three. Recorded in no particular order.
    for (const Date day : {kSeptember15, kSeptember13, kSeptember14}) {
        t.attendance.record(id, t.siti.meta.uuid, day, "meja.1");
    }
    for (const Date day : {kSeptember13, kSeptember15}) {
        t.attendance.record(id, t.budi.meta.uuid, day, "meja.2");
    }
    for (const Date day : {kSeptember14, kSeptember13, kSeptember15}) {
        t.attendance.record(id, t.ahmad.meta.uuid, day, "meja.2");
    }

    const auto present = t.attendance.ofTraining(id);
    std::vector<std::pair<std::string, std::string>> sheet; // day, name: the daftar hadir's order
    for (const Attendance& a : present) {
        sheet.emplace_back(formatIsoDate(a.day), t.people.find(a.personUuid)->fullName);
    }
    using Row = std::pair<std::string, std::string>;
    CHECK(sheet == std::vector<Row>{{"2024-09-13", "Ahmad Fauzi"},
                                    {"2024-09-13", "Budi Santoso"},
                                    {"2024-09-13", "Siti Aminah Nasution"},
                                    {"2024-09-14", "Ahmad Fauzi"},
                                    {"2024-09-14", "Siti Aminah Nasution"},
                                    {"2024-09-15", "Ahmad Fauzi"},
                                    {"2024-09-15", "Budi Santoso"},
                                    {"2024-09-15", "Siti Aminah Nasution"}});
    CHECK(t.trainings.trainingsAttendedBy(t.budi.meta.uuid).size() == 1);

    SECTION("a day removed by mistake is gone from the sheet, audited, and can be recorded again")
    {
        const Attendance budiLast = present[6];
        REQUIRE(budiLast.personUuid == t.budi.meta.uuid);
        t.attendance.remove(budiLast.meta.uuid, "meja.2");
        CHECK(t.attendance.ofTraining(id).size() == 7);
        SQLite::Statement row(t.db.connection(),
                              "SELECT deleted_at IS NOT NULL, revision FROM attendance WHERE uuid = ?");
        row.bind(1, budiLast.meta.uuid);
        REQUIRE(row.executeStep());
        CHECK(row.getColumn(0).getInt() == 1);
        CHECK(row.getColumn(1).getInt64() == 2);

        const auto history = AuditLog(t.db).history("attendance", budiLast.meta.uuid);
        REQUIRE(history.size() == 2);
        CHECK(history[1].action == "delete");
        CHECK(*history[1].before == attendanceToJson(budiLast));
        CHECK_FALSE(history[1].after);

        const std::string before = contentDump(t.db);
        t.attendance.remove(budiLast.meta.uuid, "meja.2");
        CHECK(contentDump(t.db) == before);

        const Attendance back = t.attendance.record(id, t.budi.meta.uuid, kSeptember15, "meja.2");
        CHECK(back.meta.uuid != budiLast.meta.uuid);
        CHECK(t.attendance.ofTraining(id).size() == 8);
    }
    SECTION("the training cannot shrink past a day people attended, but can once that day is empty")
    {
        Training shorter = bimtek;
        shorter.endDate = kSeptember14;
        const std::string before = contentDump(t.db);
        const Error error = refusal([&] { t.trainings.save(shorter, "koordinator.kabupaten"); });
        CHECK(error.code() == "training.dates_exclude_attendance");
        CHECK(error.args() == std::vector<std::string>{"3"});
        CHECK(contentDump(t.db) == before);

        for (const Attendance& a : present) {
            if (a.day == kSeptember15) {
                t.attendance.remove(a.meta.uuid, "meja.1");
            }
        }
        CHECK(t.trainings.save(shorter, "koordinator.kabupaten").endDate == kSeptember14);
    }
    SECTION("removing the training removes its attendance with it")
    {
        TrainingService(t.db, "koordinator.kabupaten").remove(id);
        CHECK(t.attendance.ofTraining(id).empty());
        CHECK(count(t.db, "SELECT count(*) FROM attendance WHERE deleted_at IS NULL") == 0);
        CHECK(count(t.db, "SELECT count(*) FROM attendance WHERE revision = 2") == 8);
        CHECK(t.trainings.trainingsAttendedBy(t.siti.meta.uuid).empty());
    }
}

TEST_CASE("A volunteer's training history lists each training once, newest first, without removed ones",
          "[training][attendance]")
{
    RakernisDay t;
    const auto plan = [&t](TrainingKind kind, const std::string& title, Date start, Date end) {
        Training training;
        training.kind = kind;
        training.title = title;
        training.scopeCode = kSeiBalai;
        training.startDate = start;
        training.endDate = end;
        return t.saved(training);
    };
    const Training p2p = plan(TrainingKind::P2p, "Pendidikan Pengawas Partisipatif Angkatan I",
                              2024y / std::chrono::July / 1d, 2024y / std::chrono::July / 3d);
    const Training forum = plan(TrainingKind::ForumWarga, "Forum Warga Desa Durian", 2024y / std::chrono::August / 10d,
                                2024y / std::chrono::August / 10d);
    const Training rakernis = plan(TrainingKind::Rakernis, "Rakernis Kampung Pengawasan", kSeptember15, kSeptember15);
    const Training cancelled = plan(TrainingKind::Sosialisasi, "Sosialisasi Pemilih Pemula",
                                    2024y / std::chrono::October / 1d, 2024y / std::chrono::October / 1d);
    const Training mistaken = plan(TrainingKind::Bimtek, "Bimtek PTPS", 2024y / std::chrono::November / 20d,
                                   2024y / std::chrono::November / 20d);

    const std::string siti = t.siti.meta.uuid;
    for (const unsigned day : {1u, 2u, 3u}) {
        t.attendance.record(p2p.meta.uuid, siti, 2024y / std::chrono::July / std::chrono::day{day}, "meja");
    }
    t.attendance.record(rakernis.meta.uuid, siti, kSeptember15, "meja");
    t.attendance.record(forum.meta.uuid, siti, forum.startDate, "meja");
    t.attendance.record(cancelled.meta.uuid, siti, cancelled.startDate, "meja");
    const Attendance wrong = t.attendance.record(mistaken.meta.uuid, siti, mistaken.startDate, "meja");
    t.attendance.record(forum.meta.uuid, t.budi.meta.uuid, forum.startDate, "meja");
    CHECK(t.trainings.trainingsAttendedBy(siti).size() == 5);

    TrainingService(t.db, "koordinator.kabupaten").remove(cancelled.meta.uuid);
    t.attendance.remove(wrong.meta.uuid, "meja");

    std::vector<std::string> titles;
    for (const Training& training : t.trainings.trainingsAttendedBy(siti)) {
        titles.push_back(training.title);
    }
    CHECK(titles == std::vector<std::string>{"Rakernis Kampung Pengawasan", "Forum Warga Desa Durian",
                                             "Pendidikan Pengawas Partisipatif Angkatan I"});
    CHECK(t.trainings.trainingsAttendedBy(t.budi.meta.uuid).size() == 1);
    CHECK(t.trainings.trainingsAttendedBy(t.ahmad.meta.uuid).empty());
}

TEST_CASE("A training write that fails half-way leaves the database as it was", "[training]")
{
    RakernisDay t;
    const Training rakernis = t.saved(RakernisDay::rakernis());
    const std::string before = contentDump(t.db);
    // The last write of each is its audit entry: make it fail.
    t.db.connection().exec("CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                           "BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    CHECK_THROWS(t.attendance.record(rakernis.meta.uuid, t.siti.meta.uuid, kSeptember15, "meja"));
    Training edited = rakernis;
    edited.venue = "Aula Kantor Camat";
    CHECK_THROWS(t.trainings.save(edited, "staf"));
    CHECK_THROWS(t.trainings.save(RakernisDay::rakernis(), "staf"));
    CHECK_THROWS(TrainingService(t.db, "staf").remove(rakernis.meta.uuid));
    t.db.connection().exec("DROP TRIGGER temp.refuse_audit");
    CHECK(contentDump(t.db) == before);
}

TEST_CASE("The roster counts each person's trainings and filters the trained from the not yet trained",
          "[training][roster]")
{
    RakernisDay t;
    Training bimtek = RakernisDay::rakernis();
    bimtek.kind = TrainingKind::Bimtek;
    bimtek.title = "Bimtek Pengawas TPS";
    bimtek.startDate = kSeptember13;
    bimtek.endDate = kSeptember14;
    bimtek = t.saved(bimtek);
    const Training rakernis = t.saved(RakernisDay::rakernis());
    t.attendance.record(bimtek.meta.uuid, t.siti.meta.uuid, kSeptember13, "meja");
    t.attendance.record(bimtek.meta.uuid, t.siti.meta.uuid, kSeptember14, "meja"); // two days, one training
    t.attendance.record(rakernis.meta.uuid, t.siti.meta.uuid, kSeptember15, "meja");
    t.attendance.record(rakernis.meta.uuid, t.budi.meta.uuid, kSeptember15, "meja");

    RosterQuery roster(t.db);
    const auto trainingsOf = [&roster](const RosterFilter& filter) {
        std::map<std::string, int> byName;
        for (const RosterRow& row : roster.page(filter, {}, 0, 100)) {
            byName[row.fullName] = row.trainings;
        }
        return byName;
    };
    RosterFilter everyone;
    CHECK(trainingsOf(everyone) ==
          std::map<std::string, int>{{"Ahmad Fauzi", 0}, {"Budi Santoso", 1}, {"Siti Aminah Nasution", 2}});
    RosterFilter trained;
    trained.trained = true;
    CHECK(trainingsOf(trained) == std::map<std::string, int>{{"Budi Santoso", 1}, {"Siti Aminah Nasution", 2}});
    CHECK(roster.count(trained) == 2);
    RosterFilter notYet;
    notYet.trained = false;
    notYet.search = "fauzi"; // with a search too
    CHECK(trainingsOf(notYet) == std::map<std::string, int>{{"Ahmad Fauzi", 0}});

    SECTION("a removed training no longer counts")
    {
        TrainingService(t.db, "koordinator.kabupaten").remove(rakernis.meta.uuid);
        CHECK(trainingsOf(trained) == std::map<std::string, int>{{"Siti Aminah Nasution", 1}});
    }
    SECTION("a removed person's attendance is removed with them")
    {
        t.people.remove(t.budi.meta.uuid, "panwascam.medang-deras");
        CHECK(count(t.db, "SELECT count(*) FROM attendance WHERE deleted_at IS NULL") == 3);
        CHECK(t.attendance.ofTraining(rakernis.meta.uuid).size() == 1);
    }
}

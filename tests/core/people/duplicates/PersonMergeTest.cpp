#include "core/people/duplicates/PersonMerge.h"

#include "ErrorCodeOf.h"
#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonJson.h"
#include "core/people/duplicates/DuplicateFinder.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/TrainingJson.h"
#include "core/trainings/TrainingRepository.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using relawas::testing::TestPeople;
using relawas::testing::TestRoles;
using namespace relawas::tests;
using namespace std::chrono_literals;

namespace {

constexpr const char* kDurian = "12.19.01.2004"; // Durian, Medang Deras
constexpr const char* kLalang = "12.19.01.2005"; // Lalang, Medang Deras

PersonRole roleOf(const std::string& personUuid, RoleKind kind, const std::string& scope)
{
    PersonRole role;
    role.personUuid = personUuid;
    role.kind = kind;
    role.scopeCode = scope;
    role.startDate = 2024y / std::chrono::May / 1d;
    return role;
}

// Siti registered twice: once at the posko in Durian, once as "St. Aminah" at a sosialisasi in Lalang.
struct TwoRecords
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    TestPeople people{db};
    TestRoles roles{db};
    Person keep;
    Person other;

    TwoRecords()
    {
        Person first;
        first.nik = "1219014409930032";
        first.fullName = "Siti Aminah Nasution";
        first.gender = Gender::Female;
        first.birthDate = 1993y / std::chrono::September / 4d;
        first.villageCode = kDurian;
        first.phone = "+6281234567890";
        first.targetGroups = {TargetGroup::Perempuan};
        first.notes = "daftar di posko";
        keep = people.save(first, "panwascam.medang-deras");
        roles.save(roleOf(keep.meta.uuid, RoleKind::Relawan, kDurian), "panwascam.medang-deras");

        Person second;
        second.nik = "1219014409930033";
        second.fullName = "St. Aminah";
        second.gender = Gender::Female;
        second.birthDate = first.birthDate;
        second.villageCode = kLalang;
        second.phone = "+6285211112222";
        second.email = "siti.aminah@example.org";
        second.occupation = "Guru";
        second.hasDisability = true;
        second.disabilityKind = "Disabilitas sensorik rungu";
        second.targetGroups = {TargetGroup::Ormas, TargetGroup::Perempuan};
        second.notes = "dari acara sosialisasi";
        other = people.save(second, "staf.sekretariat");
        roles.save(roleOf(other.meta.uuid, RoleKind::Relawan, kDurian), "staf.sekretariat");
        roles.save(roleOf(other.meta.uuid, RoleKind::Pkd, kLalang), "staf.sekretariat");
    }

    Person merge(const MergeChoice& choice)
    {
        return PeopleService(db, "koordinator.kabupaten")
            .merge(keep.meta.uuid, keep.meta.revision, other.meta.uuid, other.meta.revision, choice);
    }
};

} // namespace

TEST_CASE("Two records of one volunteer become one, field by field, and both histories stay", "[merge]")
{
    TwoRecords t;
    MergeChoice choice;
    choice.fields["village_code"] = MergeSide::Other;
    choice.fields["phone"] = MergeSide::Other;
    choice.fields["has_disability"] = MergeSide::Keep;

    const Person merged = t.merge(choice);
    CHECK(merged.meta.uuid == t.keep.meta.uuid);
    CHECK(merged.meta.revision == t.keep.meta.revision + 1);
    CHECK(merged.meta.createdAt == t.keep.meta.createdAt);
    CHECK(merged.meta.updatedBy == "koordinator.kabupaten");
    // Chosen.
    CHECK(merged.villageCode == kLalang);
    CHECK(merged.phone == "+6285211112222");
    CHECK_FALSE(merged.hasDisability);
    // Not named: the kept value, or the other's where the kept record had none.
    CHECK(merged.nik == "1219014409930032");
    CHECK(merged.fullName == "Siti Aminah Nasution");
    CHECK(merged.email == "siti.aminah@example.org");
    CHECK(merged.occupation == "Guru");
    CHECK(merged.disabilityKind == "Disabilitas sensorik rungu");
    // Target groups united, notes joined.
    CHECK(merged.targetGroups == std::set<TargetGroup>{TargetGroup::Perempuan, TargetGroup::Ormas});
    CHECK(merged.notes == "daftar di posko\ndari acara sosialisasi");
    CHECK(t.people.find(t.keep.meta.uuid)->phone == "+6285211112222");

    SECTION("the other record is a tombstone that keeps its values")
    {
        CHECK_FALSE(t.people.find(t.other.meta.uuid));
        SQLite::Statement row(t.db.connection(),
                              "SELECT deleted_at IS NOT NULL, nik, full_name, revision FROM person WHERE uuid = ?");
        row.bind(1, t.other.meta.uuid);
        REQUIRE(row.executeStep());
        CHECK(row.getColumn(0).getInt() == 1);
        CHECK(row.getColumn(1).getString() == "1219014409930033");
        CHECK(row.getColumn(2).getString() == "St. Aminah");
        CHECK(row.getColumn(3).getInt64() == t.other.meta.revision + 1);
        CHECK(t.people.countLiving() == 1);
    }
    SECTION("roles move to the kept person; one she already held is not doubled")
    {
        const auto held = t.roles.rolesOf(t.keep.meta.uuid);
        REQUIRE(held.size() == 2);
        CHECK(held[0].kind == RoleKind::Relawan);
        CHECK(held[1].kind == RoleKind::Pkd);
        CHECK(held[1].scopeCode == kLalang);
        CHECK(held[1].meta.revision == 2);
        CHECK(t.roles.rolesOf(t.other.meta.uuid).empty());
        const auto moved = AuditLog(t.db).history("person_role", held[1].meta.uuid);
        CHECK(moved.back().action == "merge");
        CHECK(moved.back().before->at("person_uuid") == t.other.meta.uuid);
        CHECK(moved.back().after->at("person_uuid") == t.keep.meta.uuid);
        CHECK(t.db.connection().execAndGet("SELECT count(*) FROM person_role WHERE deleted_at IS NOT NULL").getInt() ==
              1);
    }
    SECTION("the audit log holds a merge on both, before and after")
    {
        const auto kept = AuditLog(t.db).history("person", t.keep.meta.uuid);
        REQUIRE(kept.size() == 2);
        CHECK(kept[1].action == "merge");
        CHECK(kept[1].actor == "koordinator.kabupaten");
        CHECK(*kept[1].before == personToJson(t.keep));
        CHECK(kept[1].after->at("village_code") == kLalang);
        CHECK(kept[1].after->at("revision") == t.keep.meta.revision + 1);
        CHECK(kept[1].after->at("merged_from") == t.other.meta.uuid);

        const auto gone = AuditLog(t.db).history("person", t.other.meta.uuid);
        REQUIRE(gone.size() == 2);
        CHECK(gone[1].action == "merge");
        CHECK(*gone[1].before == personToJson(t.other));
        CHECK(gone[1].after->at("merged_into") == t.keep.meta.uuid);
        CHECK(gone[1].after->at("full_name") == "St. Aminah");
    }
    SECTION("the NIK of the other record is free again")
    {
        Person newcomer;
        newcomer.nik = "1219014409930033";
        newcomer.fullName = "Aminah binti Yusuf";
        CHECK(t.people.save(newcomer, "staf").nik == "1219014409930033");
    }
    SECTION("the pair leaves the review list and the typing check")
    {
        DuplicateFinder finder(t.db);
        CHECK(finder.probablePairCount("", 60) == 0);
        Person typed = t.other;
        typed.meta = {};
        const auto found = finder.candidatesFor(typed);
        REQUIRE(found.size() == 1);
        CHECK(found[0].personUuid == t.keep.meta.uuid);
    }
}

TEST_CASE("The NIK of the other record can be the one that stays", "[merge]")
{
    TwoRecords t;
    MergeChoice choice;
    choice.fields["nik"] = MergeSide::Other;
    choice.fields["full_name"] = MergeSide::Other;
    choice.fields["target_groups"] = MergeSide::Keep;
    choice.fields["notes"] = MergeSide::Other;

    const Person merged = t.merge(choice);
    CHECK(merged.nik == "1219014409930033");
    CHECK(merged.fullName == "St. Aminah");
    CHECK(merged.targetGroups == std::set<TargetGroup>{TargetGroup::Perempuan});
    CHECK(merged.notes == "dari acara sosialisasi");
    CHECK(t.people.findByNik("1219014409930033")->meta.uuid == t.keep.meta.uuid);
    // The tombstone still holds the NIK for history; the kept record's old NIK is free.
    CHECK(t.db.connection().execAndGet("SELECT count(*) FROM person WHERE nik = '1219014409930033'").getInt() == 2);
    CHECK_FALSE(t.people.findByNik("1219014409930032"));
    Person newcomer;
    newcomer.nik = "1219014409930032";
    newcomer.fullName = "Nurul Aini";
    CHECK_NOTHROW(t.people.save(newcomer, "staf"));
}

TEST_CASE("A merge of records changed meanwhile, or not there, changes nothing", "[merge]")
{
    TwoRecords t;
    // Someone edits the kept record after the coordinator opened the merge dialog.
    Person edited = t.keep;
    edited.occupation = "Petani";
    const Person newer = t.people.save(edited, "staf");
    const std::string before = contentDump(t.db);

    const MergeChoice keepAll;
    const std::string keep = t.keep.meta.uuid;
    const std::string other = t.other.meta.uuid;
    CHECK(errorCodeOf([&] { t.merge(keepAll); }) == "person.stale");
    CHECK(errorCodeOf([&] {
              PeopleService(t.db, "k").merge(keep, newer.meta.revision, other, t.other.meta.revision + 1, keepAll);
          }) == "person.stale");
    CHECK(errorCodeOf([&] { PeopleService(t.db, "k").merge(keep, newer.meta.revision, newUuidV7(), 1, keepAll); }) ==
          "person.not_found");
    CHECK(errorCodeOf([&] {
              PeopleService(t.db, "k").merge(keep, newer.meta.revision, keep, newer.meta.revision, keepAll);
          }) == "person.merge_same");
    MergeChoice typo;
    typo.fields["nama"] = MergeSide::Other;
    CHECK(errorCodeOf([&] {
              PeopleService(t.db, "k").merge(keep, newer.meta.revision, other, t.other.meta.revision, typo);
          }) == "person.merge_unknown_field");
    CHECK(contentDump(t.db) == before);

    SECTION("a record merged away already is stale too")
    {
        PeopleService(t.db, "k").merge(keep, newer.meta.revision, other, t.other.meta.revision, keepAll);
        Person third = t.other;
        third.meta = {};
        third.nik = "1219014409930034";
        const Person stored = t.people.save(third, "staf");
        CHECK(errorCodeOf([&] {
                  PeopleService(t.db, "k").merge(stored.meta.uuid, stored.meta.revision, other, t.other.meta.revision,
                                                 keepAll);
              }) == "person.stale");
    }
}

TEST_CASE("A merge that fails half-way leaves the database as it was", "[merge]")
{
    TwoRecords t;
    const std::string before = contentDump(t.db);
    // The last write of a merge is the other record's audit entry: make it fail.
    t.db.connection().exec("CREATE TEMP TRIGGER refuse_merge BEFORE INSERT ON audit_log WHEN new.action = 'merge' "
                           "AND new.entity = 'person' AND new.entity_uuid = '" +
                           t.other.meta.uuid + "' BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    MergeChoice choice;
    choice.fields["nik"] = MergeSide::Other;
    CHECK_THROWS(t.merge(choice));
    t.db.connection().exec("DROP TRIGGER temp.refuse_merge");
    CHECK(contentDump(t.db) == before);
    CHECK(t.people.find(t.other.meta.uuid)->meta.revision == t.other.meta.revision);
    CHECK(t.roles.rolesOf(t.other.meta.uuid).size() == 2);

    // And the same merge then goes through.
    CHECK(t.merge(choice).nik == "1219014409930033");
}

TEST_CASE("A merged volunteer keeps the trainings both records attended, each day once", "[merge][attendance]")
{
    TwoRecords t;
    TrainingRepository trainings(t.db);
    AttendanceRepository attendance(t.db);
    const auto plan = [&trainings](TrainingKind kind, const std::string& title, Date start, Date end) {
        Training training;
        training.kind = kind;
        training.title = title;
        training.startDate = start;
        training.endDate = end;
        return trainings.save(training, "koordinator.kabupaten");
    };
    const Date friday = 2024y / std::chrono::September / 13d;
    const Date saturday = 2024y / std::chrono::September / 14d;
    const Training bimtek = plan(TrainingKind::Bimtek, "Bimtek PKD", friday, saturday);
    const Training forum = plan(TrainingKind::ForumWarga, "Forum Warga Desa Lalang", 2024y / std::chrono::August / 3d,
                                2024y / std::chrono::August / 3d);
    // The Friday of the bimtek was scanned under both records; the Saturday and the forum only under the other.
    const Attendance keptFriday = attendance.record(bimtek.meta.uuid, t.keep.meta.uuid, friday, "meja");
    const Attendance otherFriday = attendance.record(bimtek.meta.uuid, t.other.meta.uuid, friday, "meja");
    const Attendance otherSaturday = attendance.record(bimtek.meta.uuid, t.other.meta.uuid, saturday, "meja");
    const Attendance otherForum = attendance.record(forum.meta.uuid, t.other.meta.uuid, forum.startDate, "meja");

    t.merge({});

    const auto present = attendance.ofTraining(bimtek.meta.uuid);
    REQUIRE(present.size() == 2);
    CHECK(present[0].meta.uuid == keptFriday.meta.uuid);
    CHECK(present[0].meta.revision == 1);
    CHECK(present[1].meta.uuid == otherSaturday.meta.uuid);
    CHECK(present[1].personUuid == t.keep.meta.uuid);
    CHECK(present[1].meta.revision == 2);
    CHECK(present[1].meta.updatedBy == "koordinator.kabupaten");
    CHECK(present[1].checkedInAt == otherSaturday.checkedInAt);
    REQUIRE(attendance.ofTraining(forum.meta.uuid).size() == 1);
    CHECK(attendance.ofTraining(forum.meta.uuid)[0].personUuid == t.keep.meta.uuid);
    CHECK(trainings.trainingsAttendedBy(t.keep.meta.uuid).size() == 2);
    CHECK(trainings.trainingsAttendedBy(t.other.meta.uuid).empty());
    CHECK(t.db.connection().execAndGet("SELECT count(*) FROM attendance WHERE deleted_at IS NOT NULL").getInt() == 1);

    AuditLog log(t.db);
    const auto moved = log.history("attendance", otherForum.meta.uuid);
    REQUIRE(moved.size() == 2);
    CHECK(moved[1].action == "merge");
    CHECK(moved[1].actor == "koordinator.kabupaten");
    CHECK(*moved[1].before == attendanceToJson(otherForum));
    CHECK(moved[1].after->at("person_uuid") == t.keep.meta.uuid);
    CHECK(moved[1].after->at("revision") == 2);
    const auto doubled = log.history("attendance", otherFriday.meta.uuid);
    REQUIRE(doubled.size() == 2);
    CHECK(doubled[1].action == "delete");
    CHECK(*doubled[1].before == attendanceToJson(otherFriday));
    CHECK_FALSE(doubled[1].after);
    CHECK(log.history("attendance", keptFriday.meta.uuid).size() == 1);
}

TEST_CASE("The merge preview: every field a form shows, with the defaults", "[merge]")
{
    const auto fields = mergeableFields();
    CHECK(fields.size() == 20);
    const auto json = personToJson(Person{});
    for (const std::string_view id : fields) {
        CAPTURE(id);
        CHECK(json.contains(std::string(id)));
    }

    Person keep;
    keep.fullName = "Lukman";
    keep.notes = "ketua karang taruna";
    Person other;
    other.fullName = "Lukman Hakim";
    other.birthDate = 1980y / std::chrono::March / 3d;
    other.gender = Gender::Male;
    other.email = "lukman@example.org";
    other.notes = "ketua karang taruna";
    other.consentDate = 2024y / std::chrono::August / 1d;

    const Person defaults = mergedPerson(keep, other, {});
    CHECK(defaults.fullName == "Lukman");
    CHECK(defaults.birthDate == other.birthDate);
    CHECK(defaults.gender == Gender::Male);
    CHECK(defaults.consentDate == other.consentDate);
    CHECK(defaults.notes == "ketua karang taruna"); // the same note once

    MergeChoice chosen;
    chosen.fields["full_name"] = MergeSide::Other;
    chosen.fields["email"] = MergeSide::Keep; // kept empty, as chosen
    const Person picked = mergedPerson(keep, other, chosen);
    CHECK(picked.fullName == "Lukman Hakim");
    CHECK(picked.email.empty());
}

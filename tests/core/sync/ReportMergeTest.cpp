// Both laptops change the same people between two exchanges: what one side changed is taken, the same field changed
// on both waits for a person, an edit against a removal too, the same NIK under two uuids goes to the duplicates
// review, a day checked in on both laptops counts once; and the decisions travel back.
#include "ErrorCodeOf.h"
#include "ImportFixture.h"
#include "core/organising/CheckInDesk.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ConflictQueue.h"
#include "core/sync/ConflictResolution.h"
#include "core/sync/ReportImport.h"
#include "core/trainings/AttendanceRepository.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::vector<SyncConflict> openOf(Database& db, const std::string& kind)
{
    std::vector<SyncConflict> found;
    for (const SyncConflict& conflict : ConflictQueue(db).open()) {
        if (conflict.kind == kind) {
            found.push_back(conflict);
        }
    }
    return found;
}

std::vector<Attendance> counted(const std::vector<Attendance>& rows)
{
    std::vector<Attendance> counting;
    std::copy_if(rows.begin(), rows.end(), std::back_inserter(counting),
                 [](const Attendance& a) { return !a.annulled(); });
    return counting;
}

} // namespace

TEST_CASE("Both sides edit: other fields merge, the same field waits for a person, and the decision travels back",
          "[sync][merge][roundtrip]")
{
    TwoLaptops t;
    TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json"));
    const std::string kecamatan = SettingsStore(t.db).installationId();
    const std::string district = SettingsStore(t.district).installationId();

    // Siti: the district corrects her phone, the kecamatan her occupation. Budi: both correct his name.
    corrected(t.district, t.siti.meta.uuid, [](Person& p) { p.phone = "+6281299990000"; });
    corrected(t.db, t.siti.meta.uuid, [](Person& p) { p.occupation = "Guru"; });
    corrected(t.district, t.budi.meta.uuid, [](Person& p) { p.fullName = "Budi Santoso Lubis"; });
    corrected(t.db, t.budi.meta.uuid, [](Person& p) { p.fullName = "Budi Santosa"; });

    const ReportImportResult back = TwoLaptops::take(t.db, t.report(t.district, "d1.relawas.json", kecamatan));
    CHECK(back.counts.updated == 1);       // Siti, merged
    CHECK(back.counts.softConflicts == 2); // her phone taken, her occupation kept
    CHECK(back.counts.conflicts == 1);     // Budi's name
    const Person siti = *PersonRepository(t.db).find(t.siti.meta.uuid);
    CHECK(siti.phone == "+6281299990000");
    CHECK(siti.occupation == "Guru");

    const auto hard = openOf(t.db, "hard");
    REQUIRE(hard.size() == 1);
    CHECK(hard.front().field == "full_name");
    CHECK(hard.front().base == "Budi Santoso");
    CHECK(hard.front().ours == "Budi Santosa");
    CHECK(hard.front().theirs == "Budi Santoso Lubis");
    CHECK(PersonRepository(t.db).find(t.budi.meta.uuid)->fullName == "Budi Santosa"); // ours until decided

    // A typed value is refused for anything but a field both changed; the decision is a new revision.
    const long long revision = PersonRepository(t.db).find(t.budi.meta.uuid)->meta.revision;
    const SyncConflict decided = resolveConflict(t.db, hard.front().id, ConflictChoice::Theirs, {}, "koordinator");
    CHECK(decided.status == "resolved");
    CHECK(decided.resolution == "Budi Santoso Lubis");
    CHECK(PersonRepository(t.db).find(t.budi.meta.uuid)->fullName == "Budi Santoso Lubis");
    CHECK(PersonRepository(t.db).find(t.budi.meta.uuid)->meta.revision == revision + 1);
    CHECK(errorCodeOf([&] { resolveConflict(t.db, hard.front().id, ConflictChoice::Ours, {}, "x"); }) ==
          "sync.conflict_decided");

    // The kecamatan sends its merge back: the district takes it without a conflict, and both hold the same people.
    const ReportImportResult forth = TwoLaptops::take(t.district, t.report(t.db, "k2.relawas.json", district));
    CHECK(forth.counts.conflicts == 0);
    CHECK(forth.counts.softConflicts == 0);
    CHECK(forth.counts.updated == 1); // Siti's occupation
    for (const Person& one : {t.siti, t.budi, t.ahmadFauzi, t.nurhayati}) {
        const Person here = *PersonRepository(t.db).find(one.meta.uuid);
        const Person there = *PersonRepository(t.district).find(one.meta.uuid);
        CHECK(here.fullName == there.fullName);
        CHECK(here.phone == there.phone);
        CHECK(here.occupation == there.occupation);
    }
    // Exchanged once more, nothing is left to do on either side.
    CHECK(TwoLaptops::take(t.db, t.report(t.district, "d2.relawas.json", kecamatan)).counts.updated == 0);
    CHECK(ConflictQueue(t.db).countOpen() == 0);
}

TEST_CASE("An edit on one side and a removal on the other is a conflict; a removal of an unchanged record is taken",
          "[sync][merge][removal]")
{
    TwoLaptops t;
    TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json"));
    const std::string kecamatan = SettingsStore(t.db).installationId();

    PeopleService(t.db, "clerk").remove(t.budi.meta.uuid);                                  // removed here
    corrected(t.district, t.budi.meta.uuid, [](Person& p) { p.phone = "+6281211112222"; }); // edited there
    corrected(t.db, t.nurhayati.meta.uuid, [](Person& p) { p.occupation = "Bidan"; });      // edited here
    PeopleService(t.district, "koordinator").remove(t.nurhayati.meta.uuid);                 // removed there
    PeopleService(t.district, "koordinator").remove(t.ahmadFauzan.meta.uuid);               // removed there only

    const ReportImportResult result = TwoLaptops::take(t.db, t.report(t.district, "d1.relawas.json", kecamatan));
    CHECK(result.counts.removed >= 1);
    CHECK_FALSE(PersonRepository(t.db).find(t.ahmadFauzan.meta.uuid).has_value());
    CHECK(PersonRepository(t.db).find(t.nurhayati.meta.uuid)->occupation == "Bidan"); // kept until decided
    const auto removed = openOf(t.db, "removed");
    REQUIRE(removed.size() == 2);
    const auto ofBudi =
        std::find_if(removed.begin(), removed.end(), [&](const SyncConflict& c) { return c.uuid == t.budi.meta.uuid; });
    REQUIRE(ofBudi != removed.end());
    CHECK(ofBudi->ours.is_null());
    CHECK(ofBudi->theirs.at("phone") == "+6281211112222");

    // Taking theirs brings Budi back with the district's edit; keeping ours removes Nurhayati here too.
    resolveConflict(t.db, ofBudi->id, ConflictChoice::Theirs, {}, "koordinator");
    CHECK(PersonRepository(t.db).find(t.budi.meta.uuid)->phone == "+6281211112222");
    const auto ofNurhayati = ofBudi == removed.begin() ? removed.back() : removed.front();
    resolveConflict(t.db, ofNurhayati.id, ConflictChoice::Theirs, {}, "koordinator");
    CHECK_FALSE(PersonRepository(t.db).find(t.nurhayati.meta.uuid).has_value());
}

TEST_CASE("The same NIK under another uuid goes to the duplicates review, with the person's roles kept",
          "[sync][merge][duplicates]")
{
    TwoLaptops t;
    // The district registered Siti itself before the kecamatan's report came.
    Person own;
    own.fullName = "Siti Aminah";
    own.nik = t.siti.nik;
    own.villageCode = "12.19.07.2004";
    const Person districtSiti = PeopleService(t.district, "koordinator").registerPerson(own);

    const ReportImportResult result = TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json"));
    CHECK(result.counts.duplicates == 1);
    CHECK_FALSE(PersonRepository(t.district).find(t.siti.meta.uuid).has_value());
    CHECK(PersonRepository(t.district).findByNik(t.siti.nik)->meta.uuid == districtSiti.meta.uuid);
    const auto duplicates = openOf(t.district, "duplicate");
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates.front().uuid == t.siti.meta.uuid);
    CHECK(duplicates.front().ours.at("uuid") == districtSiti.meta.uuid);
    CHECK(duplicates.front().theirs.at("full_name") == "Siti Aminah Nasution");
    // Her role and her day at the Rakernis came with her, to the person the district holds.
    CHECK(AttendanceRepository(t.district).ofPerson(districtSiti.meta.uuid).size() == 1);

    // Theirs: the district's record takes the kecamatan's fields and keeps its uuid.
    resolveConflict(t.district, duplicates.front().id, ConflictChoice::Theirs, {}, "koordinator");
    CHECK(PersonRepository(t.district).find(districtSiti.meta.uuid)->fullName == "Siti Aminah Nasution");
}

TEST_CASE("A person checked in on the same day on two laptops counts once, the earlier check-in kept",
          "[sync][merge][attendance]")
{
    TwoLaptops t;
    TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json"));
    const std::string district = SettingsStore(t.district).installationId();
    // The kecamatan's desk checks Ahmad Fauzi in first, the district's a moment later.
    CheckInDesk(t.db, "meja.1", t.rakernis.meta.uuid, kRakernisDay).submit(t.ahmadFauzi.nik);
    CheckInDesk(t.district, "meja.2", t.rakernis.meta.uuid, kRakernisDay).submit(t.ahmadFauzi.nik);

    const ReportImportResult result = TwoLaptops::take(t.district, t.report(t.db, "k2.relawas.json", district));
    CHECK(result.counts.doubleCheckIns == 1);
    const auto present = counted(AttendanceRepository(t.district).ofPerson(t.ahmadFauzi.meta.uuid));
    REQUIRE(present.size() == 1); // counted once; the later one annulled, kept
    CHECK(AttendanceRepository(t.district).ofPerson(t.ahmadFauzi.meta.uuid).size() == 2);
    const auto kept = counted(AttendanceRepository(t.db).ofPerson(t.ahmadFauzi.meta.uuid));
    REQUIRE(kept.size() == 1);
    CHECK(present.front().meta.uuid == kept.front().meta.uuid); // the earlier one, the kecamatan's
    CHECK(ConflictQueue(t.district).countOpen() == 0);
    // Every attempt at either door is kept: facts.
    CHECK(result.counts.added >= 2);
}

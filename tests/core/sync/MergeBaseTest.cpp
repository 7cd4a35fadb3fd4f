// The base of a record taken whole from a report is the record as this database holds it, kept without a copy: it
// gets its copy before a merge changes the record, and a person's change here leaves it in the audit log. Either way
// the next report from that sender merges field by field against what both last agreed on.
#include "ImportFixture.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ConflictQueue.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

// How `db` holds the base of record `uuid` for the sender `peer`: "copy", "as stored", or "none".
std::string baseKept(Database& db, const std::string& peer, const std::string& uuid)
{
    SQLite::Statement query(db.connection(), "SELECT fields IS NULL FROM exchange_base WHERE peer_id = ? AND uuid = ?");
    query.bind(1, peer);
    query.bind(2, uuid);
    if (!query.executeStep()) {
        return "none";
    }
    return query.getColumn(0).getInt() != 0 ? "as stored" : "copy";
}

} // namespace

TEST_CASE("A merge that changes a record taken whole gives the other sender's base its copy first",
          "[sync][merge][base]")
{
    TwoLaptops t;
    Database second{copyRealRegionDatabase(t.dir / "second.db")}; // another kecamatan's laptop
    const std::string kecamatan = SettingsStore(t.db).installationId();
    const std::string district = SettingsStore(t.district).installationId();
    const std::string uuid = t.siti.meta.uuid;

    TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json"));
    CHECK(baseKept(t.district, kecamatan, uuid) == "as stored");
    CHECK(SQLite::Statement(t.district.connection(), "SELECT 1 FROM exchange_base WHERE fields IS NULL").executeStep());

    // The other laptop gets Siti from the district and corrects her phone; the district takes it whole.
    TwoLaptops::take(second, t.report(t.district, "d1.relawas.json"));
    corrected(second, uuid, [](Person& p) { p.phone = "+6281277770000"; });
    const ReportImportResult fromSecond = TwoLaptops::take(t.district, t.report(second, "s1.relawas.json", district));
    CHECK(fromSecond.counts.updated == 1);
    CHECK(fromSecond.counts.conflicts == 0);
    CHECK(baseKept(t.district, kecamatan, uuid) == "copy"); // Siti as the kecamatan sent her, kept before the change

    // The kecamatan, which never saw that phone, corrects her occupation: a change of another field, merged.
    corrected(t.db, uuid, [](Person& p) { p.occupation = "Guru"; });
    const ReportImportResult fromKecamatan = TwoLaptops::take(t.district, t.report(t.db, "k2.relawas.json", district));
    CHECK(fromKecamatan.counts.conflicts == 0);
    CHECK(fromKecamatan.counts.updated == 1);
    const Person siti = *PersonRepository(t.district).find(uuid);
    CHECK(siti.phone == "+6281277770000");
    CHECK(siti.occupation == "Guru");
    CHECK(ConflictQueue(t.district).open().empty());
}

TEST_CASE("A person's change here to a record taken whole: the audit log gives its base back", "[sync][merge][base]")
{
    TwoLaptops t;
    const std::string kecamatan = SettingsStore(t.db).installationId();
    const std::string district = SettingsStore(t.district).installationId();
    const std::string uuid = t.siti.meta.uuid;

    TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json"));
    corrected(t.district, uuid, [](Person& p) { p.phone = "+6281299990000"; });
    CHECK(baseKept(t.district, kecamatan, uuid) == "as stored");

    corrected(t.db, uuid, [](Person& p) { p.occupation = "Guru"; });
    const ReportImportResult again = TwoLaptops::take(t.district, t.report(t.db, "k2.relawas.json", district));
    CHECK(again.counts.conflicts == 0);
    CHECK(again.counts.softConflicts == 2); // the phone kept, the occupation taken
    const Person siti = *PersonRepository(t.district).find(uuid);
    CHECK(siti.phone == "+6281299990000");
    CHECK(siti.occupation == "Guru");

    SECTION("the same field changed on both sides is still a conflict, with the base both agreed on")
    {
        corrected(t.district, uuid, [](Person& p) { p.dusun = "Dusun II"; });
        corrected(t.db, uuid, [](Person& p) { p.dusun = "Dusun IV"; });
        const ReportImportResult third = TwoLaptops::take(t.district, t.report(t.db, "k3.relawas.json", district));
        CHECK(third.counts.conflicts == 1);
        const auto open = ConflictQueue(t.district).open();
        REQUIRE(open.size() == 1);
        CHECK(open.front().field == "dusun");
        CHECK(open.front().ours == "Dusun II");
        CHECK(open.front().theirs == "Dusun IV");
    }
}

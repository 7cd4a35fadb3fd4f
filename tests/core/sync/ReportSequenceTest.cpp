// Reports of changes: only what changed since the last report to the receiver, merged in the order they were made;
// one whose predecessor has not arrived is held, not merged, until it has. And a property: whatever people a laptop
// holds, exported and taken into an empty database, they export again to the same records.
#include "ErrorCodeOf.h"
#include "ImportFixture.h"
#include "core/demo/DemoPeople.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ImportHistory.h"
#include "core/sync/ReportImport.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::filesystem::path changes(TwoLaptops& t, const std::string& name, const std::string& receiver)
{
    const auto path = t.dir / name;
    exportReport(t.db, {"12.19", path, "Panwascam Sei Balai", "0.1.0", ReportKind::Changes, receiver, "clerk"});
    return path;
}

void correctOccupation(Database& db, const std::string& uuid, const std::string& occupation)
{
    Person person = *PersonRepository(db).find(uuid);
    person.occupation = occupation;
    PeopleService(db, "clerk").correct(person);
}

} // namespace

TEST_CASE("Reports of changes hold what changed, and one whose predecessor is missing is held until it comes",
          "[sync][import][sequence]")
{
    TwoLaptops t;
    const std::string district = SettingsStore(t.district).installationId();
    CHECK(errorCodeOf([&] { changes(t, "too-early.relawas.json", district); }) == "report.nothing_sent_before");
    CHECK(errorCodeOf([&] { changes(t, "nobody.relawas.json", ""); }) == "report.receiver_required");

    TwoLaptops::take(t.district, t.report(t.db, "k1.relawas.json", district));
    correctOccupation(t.db, t.siti.meta.uuid, "Guru");
    const auto second = changes(t, "k2.relawas.json", district);
    correctOccupation(t.db, t.siti.meta.uuid, "Dosen");
    const auto third = changes(t, "k3.relawas.json", district);

    const nlohmann::json header = nlohmann::json::parse(fileText(second)).at("header");
    CHECK(header.at("kind") == "changes");
    CHECK(header.at("previous_sequence") == 1);
    CHECK(header.at("receiver") == district);
    CHECK(header.at("counts").at("people") == 1); // Siti alone
    CHECK(header.at("counts").at("roles") == 0);

    // The third arrives first: held, nothing merged, and said so in the history.
    const std::string before = contentDump(t.district);
    const ReportImportResult early = TwoLaptops::take(t.district, third);
    CHECK(early.status == ImportStatus::Held);
    CHECK(early.previousSequence == 2);
    CHECK(PersonRepository(t.district).find(t.siti.meta.uuid)->occupation.empty());
    CHECK(ImportHistory(t.district).all().front().status == "held");

    CHECK(TwoLaptops::take(t.district, second).status == ImportStatus::Merged);
    CHECK(PersonRepository(t.district).find(t.siti.meta.uuid)->occupation == "Guru");
    CHECK(TwoLaptops::take(t.district, third).status == ImportStatus::Merged);
    CHECK(PersonRepository(t.district).find(t.siti.meta.uuid)->occupation == "Dosen");
    CHECK(TwoLaptops::take(t.district, third).status == ImportStatus::AlreadyMerged);
}

TEST_CASE("Any people a laptop holds, exported and taken into an empty database, export to the same records",
          "[sync][import][property]")
{
    for (const std::uint64_t seed : {3u, 17u, 2024u}) {
        TempDir dir;
        Database kecamatan(copyRealRegionDatabase(dir / "kecamatan.db"));
        Database empty(copyRealRegionDatabase(dir / "empty.db"));
        DemoOptions options;
        options.people = 150 + static_cast<long long>(seed % 100);
        options.underCode = "12.19.07";
        options.seed = seed;
        generateDemoPeople(kecamatan, options);
        // Some of them corrected afterwards, so that revisions above 1 travel too.
        std::vector<std::string> corrected;
        SQLite::Statement some(kecamatan.connection(), "SELECT uuid FROM person ORDER BY uuid LIMIT 5");
        while (some.executeStep()) {
            corrected.push_back(some.getColumn(0).getString());
        }
        for (const std::string& uuid : corrected) {
            correctOccupation(kecamatan, uuid, "Nelayan");
        }
        const auto sent = dir / "sent.relawas.json";
        exportReport(kecamatan, {"12.19.07", sent, "Panwascam Sei Balai", "0.1.0", ReportKind::Full, "", "clerk"});
        const ReportImportResult taken = TwoLaptops::take(empty, sent);
        INFO("seed " << seed);
        CHECK(taken.counts.added > 0);
        CHECK(taken.counts.conflicts == 0);
        const auto back = dir / "back.relawas.json";
        exportReport(empty, {"12.19.07", back, "Panwascam Sei Balai", "0.1.0", ReportKind::Full, "", "clerk"});
        CHECK(nlohmann::json::parse(fileText(back)).at("content") ==
              nlohmann::json::parse(fileText(sent)).at("content"));
    }
}

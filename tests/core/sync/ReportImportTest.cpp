// Reports taken in as the district takes a kecamatan's: merged in one transaction, the same file again changing
// nothing, refused whole (the database as it was) when anything is wrong with it, and an untrusted sender refused.
#include "core/sync/ReportImport.h"

#include "ErrorCodeOf.h"
#include "ImportFixture.h"
#include "core/people/PersonRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ImportHistory.h"
#include "core/sync/InstallationKey.h"
#include "core/sync/TrustedInstallations.h"

#include <catch2/catch.hpp>
#include <fstream>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// The content of a report without its tombstones: what a receiver that never had the removed records holds.
nlohmann::json livingContent(const std::filesystem::path& file)
{
    nlohmann::json content = nlohmann::json::parse(fileText(file)).at("content");
    content.erase("tombstones");
    return content;
}

// Living records a report's counts announce.
std::size_t recordsIn(const nlohmann::json& counts)
{
    std::size_t records = 0;
    for (const auto& [member, count] : counts.items()) {
        records += member == "tombstones" ? 0 : count.get<std::size_t>();
    }
    return records;
}

} // namespace

TEST_CASE("The district takes a kecamatan's report: every record new, then the same file changes nothing",
          "[sync][import]")
{
    TwoLaptops t;
    const auto file = t.report(t.db, "sei-balai-1.relawas.json");
    const ReportImportResult first = TwoLaptops::take(t.district, file);
    CHECK(first.status == ImportStatus::Merged);
    CHECK(first.trustedNow);
    const nlohmann::json counts = nlohmann::json::parse(fileText(file)).at("header").at("counts");
    CHECK(first.counts.added == recordsIn(counts));
    CHECK(first.counts.added == 5 + 5 + 1 + 5 + 2 + 3); // people, roles, training, invitations, attendance, attempts
    CHECK(first.counts.updated == 0);
    CHECK(first.counts.conflicts == 0);
    CHECK(first.counts.unchanged == counts.at("tombstones")); // removals of records the district never had
    CHECK(PersonRepository(t.district).findByNik(t.siti.nik)->fullName == "Siti Aminah Nasution");
    CHECK(PersonRepository(t.district).findByNik(t.siti.nik)->meta.uuid == t.siti.meta.uuid);

    // What the district holds of the scope is what the kecamatan sent: exported again, the same records.
    const auto back = t.report(t.district, "district-1.relawas.json");
    CHECK(livingContent(back) == livingContent(file));

    // One history entry and one audit entry for the report, not one per record.
    const auto history = ImportHistory(t.district).all();
    REQUIRE(history.size() == 1);
    CHECK(history.front().status == "merged");
    CHECK(history.front().digest == first.digest);
    CHECK(history.front().counts.at("new") == first.counts.added);
    CHECK(TrustedInstallations(t.district).find(first.installationId)->lastSequence == 1);
    CHECK(AuditLog(t.district).history("person", t.siti.meta.uuid).empty());

    const std::string before = contentDump(t.district);
    const ReportImportResult again = TwoLaptops::take(t.district, file);
    CHECK(again.status == ImportStatus::AlreadyMerged);
    CHECK((contentDump(t.district) == before));
}

TEST_CASE("A preview counts what an import would do and keeps nothing", "[sync][import]")
{
    TwoLaptops t;
    const auto file = t.report(t.db, "sei-balai-1.relawas.json");
    const std::string before = contentDump(t.district);
    const ReportImportResult preview = TwoLaptops::take(t.district, file, true);
    CHECK(preview.status == ImportStatus::Previewed);
    CHECK(preview.counts.added == 21);
    CHECK((contentDump(t.district) == before));
    CHECK(TwoLaptops::take(t.district, file).counts.added == preview.counts.added);
}

TEST_CASE("A sender nobody trusted, or a known sender with another key, is refused before anything is written",
          "[sync][import][trust]")
{
    TwoLaptops t;
    const auto file = t.report(t.db, "sei-balai-1.relawas.json");
    const std::string before = contentDump(t.district);
    ReportImportOptions options;
    options.actor = "koordinator.kabupaten";
    CHECK(errorCodeOf([&] { importReport(t.district, file, options); }) == "sync.unknown_sender");
    CHECK((contentDump(t.district) == before));

    // The district trusted "Sei Balai" with another key: whoever signed this file is not it.
    PublicKey other{};
    other[0] = 7;
    TrustedInstallations(t.district)
        .trust(SettingsStore(t.db).installationId(), "Panwascam Sei Balai", "12.19.07", other, "koordinator.kabupaten");
    const std::string trusted = contentDump(t.district);
    options.trustNew = true;
    CHECK(errorCodeOf([&] { importReport(t.district, file, options); }) == "sync.key_changed");
    CHECK((contentDump(t.district) == trusted));

    // A database's own report is not taken in.
    CHECK(errorCodeOf([&] { importReport(t.db, file, options); }) == "sync.own_installation");
}

TEST_CASE("A report with any byte changed, or cut short, is refused and the database is left exactly as it was",
          "[sync][import]")
{
    TwoLaptops t;
    const auto file = t.report(t.db, "sei-balai-1.relawas.json");
    const std::string text = fileText(file);
    const std::string before = contentDump(t.district);
    const auto damaged = t.dir / "damaged.relawas.json";
    // Sampled positions across the whole file: the header, the records (the last ones arrive after most writes), the
    // integrity.
    for (std::size_t at = 7; at < text.size(); at += text.size() / 37) {
        std::string changed = text;
        changed[at] = changed[at] == '1' ? '2' : (changed[at] == 'a' ? 'b' : '1');
        writeBytes(damaged, changed);
        INFO("byte " << at << " of " << text.size());
        CHECK(errorCodeOf([&] { TwoLaptops::take(t.district, damaged); }) != "no error");
        CHECK((contentDump(t.district) == before));
    }
    for (const std::size_t length :
         {text.size() / 3, text.size() - 40, text.size() - 2}) { // the last byte is a newline
        writeBytes(damaged, text.substr(0, length));
        INFO("cut at " << length);
        CHECK(errorCodeOf([&] { TwoLaptops::take(t.district, damaged); }) != "no error");
        CHECK((contentDump(t.district) == before));
    }
    // The whole file is still taken.
    CHECK(TwoLaptops::take(t.district, file).status == ImportStatus::Merged);
}

TEST_CASE("A public summary cannot be merged", "[sync][import][public]")
{
    TwoLaptops t;
    const auto path = t.dir / "public.relawas.json";
    exportReport(t.db, {"12.19", path, "Panwascam Sei Balai", "0.1.0", ReportKind::Public, "", "clerk"});
    CHECK(errorCodeOf([&] { TwoLaptops::take(t.district, path); }) == "sync.public_report");
}

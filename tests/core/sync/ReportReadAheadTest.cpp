// A report read on a thread of its own hands its header and records over on the caller's thread, in order, with the
// errors where readReport() gives them: a hook's error stops the reader, the reader's own comes after the records it
// read before it.
#include "core/sync/ReportReadAhead.h"

#include "ErrorCodeOf.h"
#include "ReportFixture.h"
#include "core/base/Error.h"

#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

struct Seen
{
    int headers = 0;
    std::vector<std::string> records; // member and uuid
    std::vector<std::thread::id> threads;
};

ReportReaderHooks watching(Seen& seen)
{
    ReportReaderHooks hooks;
    hooks.header = [&seen](const nlohmann::json&, const PublicKey&) {
        ++seen.headers;
        seen.threads.push_back(std::this_thread::get_id());
    };
    hooks.record = [&seen](std::string_view member, nlohmann::json& record) {
        seen.records.push_back(std::string(member) + " " + record.at("uuid").get<std::string>());
        seen.threads.push_back(std::this_thread::get_id());
    };
    return hooks;
}

} // namespace

TEST_CASE("A report read ahead gives what readReport gives, on the caller's thread", "[sync][reader]")
{
    ExportedRakernis t;
    t.exported("12.19", "full.relawas.json");
    const auto file = t.dir / "full.relawas.json";

    Seen direct;
    const ReportSummary expected = readReport(file, watching(direct));
    Seen ahead;
    const ReportSummary summary = readReportAhead(file, watching(ahead));

    CHECK(summary.digest == expected.digest);
    CHECK(summary.counts == expected.counts);
    CHECK(summary.header == expected.header);
    CHECK(ahead.headers == 1);
    CHECK(ahead.records == direct.records);
    REQUIRE(ahead.records.size() > 5);
    for (const auto& id : ahead.threads) {
        CHECK(id == std::this_thread::get_id());
    }
}

TEST_CASE("A hook's error stops the reader; the reader's own error comes after the records read before it",
          "[sync][reader]")
{
    ExportedRakernis t;
    t.exported("12.19", "full.relawas.json");
    const auto file = t.dir / "full.relawas.json";
    const std::string text = fileText(file);
    Seen all;
    readReport(file, watching(all));

    SECTION("a refusal in the header hook: no record is handed over")
    {
        Seen seen;
        ReportReaderHooks hooks = watching(seen);
        hooks.header = [](const nlohmann::json&, const PublicKey&) {
            throw Error(ErrorKind::UserInput, "sync.unknown_sender", "not trusted", "header.installation");
        };
        CHECK(errorCodeOf([&] { readReportAhead(file, hooks); }) == "sync.unknown_sender");
        CHECK(seen.records.empty());
    }

    SECTION("a refusal of the third record: the records after it are not handed over")
    {
        Seen seen;
        ReportReaderHooks hooks = watching(seen);
        const auto watch = hooks.record;
        hooks.record = [&](std::string_view member, nlohmann::json& record) {
            watch(member, record);
            if (seen.records.size() == 3) {
                throw Error(ErrorKind::UserInput, "person.bad_nik", "not a NIK", "nik");
            }
        };
        CHECK(errorCodeOf([&] { readReportAhead(file, hooks); }) == "person.bad_nik");
        CHECK(seen.records.size() == 3);
    }

    SECTION("a changed digest: every record first, then the refusal")
    {
        const auto digestAt = text.find("\"digest\":{");
        REQUIRE(digestAt != std::string::npos);
        std::string changed = text;
        const auto value = changed.find("\"value\":\"", digestAt) + 9;
        changed[value] = changed[value] == '0' ? '1' : '0';
        writeText(t.dir / "changed.relawas.json", changed);
        Seen seen;
        CHECK(errorCodeOf([&] { readReportAhead(t.dir / "changed.relawas.json", watching(seen)); }) ==
              "report.digest_mismatch");
        CHECK(seen.records == all.records);
    }

    SECTION("a cut file: the records before the cut, then the refusal")
    {
        writeText(t.dir / "cut.relawas.json", text.substr(0, text.size() * 2 / 3));
        Seen seen;
        CHECK(errorCodeOf([&] { readReportAhead(t.dir / "cut.relawas.json", watching(seen)); }) == "report.truncated");
        CHECK(!seen.records.empty());
        CHECK(seen.records.size() < all.records.size());
        CHECK(std::equal(seen.records.begin(), seen.records.end(), all.records.begin()));
    }
}

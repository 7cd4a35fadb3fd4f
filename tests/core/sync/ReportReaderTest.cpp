// A report read as a receiver reads it, as a stream: what it announces, the records one by one, and a refusal for
// every file that is not exactly the one its sender signed — a changed byte anywhere, a cut, a newer format, members
// out of order — naming the place.
#include "core/sync/ReportReader.h"

#include "ErrorCodeOf.h"
#include "ReportFixture.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <vector>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

void writeReportText(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

// The code of the error reading `text` as a report throws, or "no error".
std::string refusalOf(const std::filesystem::path& scratch, const std::string& text)
{
    writeReportText(scratch, text);
    return errorCodeOf([&] { readReport(scratch); });
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("A report reads back as it was written: header first, then its records, digest and signature checked",
          "[sync][reader]")
{
    ExportedRakernis t;
    ExportResult written;
    t.exported("12.19", "batu-bara.relawas.json", &written);

    std::vector<std::string> events;
    std::map<std::string, std::size_t> records;
    ReportReaderHooks hooks;
    hooks.header = [&](const nlohmann::json& header, const PublicKey& key) {
        events.push_back("header");
        CHECK(header.at("installation").at("name") == "Panwascam Sei Balai");
        CHECK(keyFingerprint(key).size() == 19);
    };
    hooks.record = [&](std::string_view member, nlohmann::json& record) {
        events.push_back(std::string(member));
        ++records[std::string(member)];
        CHECK(record.contains("uuid"));
    };
    const ReportSummary summary = readReport(t.dir / "batu-bara.relawas.json", hooks);
    CHECK(summary.digest == written.digest);
    CHECK(summary.header.at("sequence") == written.sequence);
    REQUIRE(!events.empty());
    CHECK(events.front() == "header");
    for (const char* member : kReportContentMembers) {
        INFO(member);
        CHECK(summary.counts.at(member) == written.counts.at(member));
        CHECK(records[member] == written.counts.at(member));
    }
    CHECK(summary.bytes == std::filesystem::file_size(t.dir / "batu-bara.relawas.json"));
}

TEST_CASE("Any changed byte, any cut, is refused before a record is trusted", "[sync][reader]")
{
    ExportedRakernis t;
    t.exported("12.19", "batu-bara.relawas.json");
    const std::string original = fileText(t.dir / "batu-bara.relawas.json");
    const auto scratch = t.dir / "copy.relawas.json";
    REQUIRE(refusalOf(scratch, original) == "no error");

    SECTION("a single changed byte anywhere (sampled every few bytes, and each member's first byte)")
    {
        std::vector<std::size_t> positions;
        for (std::size_t at = 0; at < original.size(); at += std::max<std::size_t>(1, original.size() / 400)) {
            positions.push_back(at);
        }
        for (const char* member : {"\"header\"", "\"people\"", "\"attendance\"", "\"integrity\"", "\"signature\""}) {
            positions.push_back(original.find(member) + 1);
        }
        positions.push_back(original.size() - 3); // inside the signature's base64
        std::map<std::string, int> codes;
        for (const std::size_t at : positions) {
            std::string changed = original;
            changed[at] = static_cast<char>(changed[at] ^ 0x04);
            const std::string code = refusalOf(scratch, changed);
            INFO("byte " << at << ": " << original.substr(at > 20 ? at - 20 : 0, 40));
            CHECK(code != "no error");
            ++codes[code];
        }
        // A change in a record's text is caught by the digest, one in the header by the signature.
        CHECK(codes["report.digest_mismatch"] > 0);
        CHECK(codes["report.bad_signature"] > 0);
    }

    SECTION("a file cut anywhere is truncated, not half-read")
    {
        for (std::size_t length = 1; length < original.size();
             length += std::max<std::size_t>(1, original.size() / 97)) {
            INFO("cut at " << length);
            CHECK(refusalOf(scratch, original.substr(0, length)) == "report.truncated");
        }
        CHECK(refusalOf(scratch, "") == "report.truncated");
    }

    SECTION("a newer format version is refused before anything else is read")
    {
        CHECK(refusalOf(scratch, replaced(original, "\"version\":1", "\"version\":2")) == "report.newer_version");
        CHECK(refusalOf(scratch, replaced(original, "\"version\":1", "\"version\":0")) == "report.bad_version");
        CHECK(refusalOf(scratch, replaced(original, "relawas-report", "relawas-roster")) == "report.not_a_report");
        CHECK(refusalOf(scratch, "[1, 2, 3]") == "report.not_a_report");
    }

    SECTION("members out of order, unknown, repeated or missing are named")
    {
        CHECK(refusalOf(scratch, replaced(original, "{\"format\":\"relawas-report\",\"version\":1,",
                                          "{\"version\":1,\"format\":\"relawas-report\",")) == "report.member_order");
        CHECK(refusalOf(scratch, replaced(original, "\"integrity\":", "\"integrity2\":")) == "report.unknown_member");
        CHECK(refusalOf(scratch, replaced(original, "\"roles\":[", "\"trainings\":[")) == "report.member_order");
        // A member given twice within a record is ambiguous, whatever its value.
        CHECK(refusalOf(scratch, replaced(original, "\"full_name\":", "\"full_name\":\"X\",\"full_name\":")) ==
              "report.duplicate_member");
        const std::string noIntegrity = original.substr(0, original.find(",\n\"integrity\"")) + "}";
        CHECK(refusalOf(scratch, noIntegrity) == "report.missing_member");
    }

    SECTION("the header's counts must match the records")
    {
        CHECK(refusalOf(scratch, replaced(original, "\"invitations\":5", "\"invitations\":6")) ==
              "report.count_mismatch");
        // A count that is no whole number is refused with the header, before a receiver sizes its work by it.
        for (const char* count : {"\"5\"", "-5", "5.5", "null"}) {
            writeReportText(scratch, replaced(original, "\"invitations\":5", std::string("\"invitations\":") + count));
            INFO(count);
            try {
                ReportReaderHooks hooks;
                hooks.header = [](const auto&, const auto&) { FAIL("the header was handed on"); };
                readReport(scratch, hooks);
                FAIL("read a count of " << count);
            } catch (const Error& error) {
                CHECK(error.code() == "report.bad_header");
                CHECK(error.place() == "header.counts.invitations");
            }
        }
    }

    SECTION("the place of an error is a JSON path")
    {
        writeReportText(scratch, replaced(original, "\"roles\":[\n{", "\"roles\":[\n[{"));
        try {
            readReport(scratch);
            FAIL("read a record that is an array");
        } catch (const Error& error) {
            CHECK(error.code() == "report.bad_record");
            CHECK(error.place() == "content.roles[0]");
        }
        CHECK(errorCodeOf([&] { readReport(t.dir / "missing.relawas.json"); }) == "report.unreadable");
    }
}

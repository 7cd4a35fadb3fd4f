// A full report of a scope, written and read back as a receiver reads it: the format's order, the header, the records
// of the scope and nothing else, the digest recomputed from the records, the signature checked with the key the header
// names.
#include "core/sync/ReportExport.h"

#include "ErrorCodeOf.h"
#include "ReportFixture.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/CanonicalJson.h"
#include "core/sync/InstallationKey.h"
#include "core/sync/ReportDigest.h"
#include "core/sync/ReportReader.h"
#include "core/sync/ReportTables.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using namespace relawas::tests;

TEST_CASE("A full report holds the scope's records in the format's order, digested and signed", "[sync][export]")
{
    ExportedRakernis t;
    ExportResult result;
    const nlohmann::json report = t.exported("12.19", "batu-bara.relawas.json", &result);
    const std::string text = fileText(t.dir / "batu-bara.relawas.json");

    // The members in the format's order: a streaming reader meets the header before the records.
    const auto at = [&text](const char* member) { return text.find(std::string("\"") + member + "\":"); };
    CHECK(at("format") < at("version"));
    CHECK(at("version") < at("header"));
    CHECK(at("header") < at("content"));
    CHECK(at("content") < at("integrity"));
    // The content's members too (the header's counts name them first, sorted).
    const auto inContent = [&text, &at](const char* member) {
        return text.find(std::string("\"") + member + "\":[", at("content"));
    };
    CHECK(inContent("villages") < inContent("people"));
    CHECK(inContent("people") < inContent("roles"));
    CHECK(inContent("roles") < inContent("trainings"));
    CHECK(inContent("checkin_attempts") < inContent("tombstones"));
    CHECK(inContent("tombstones") < at("integrity"));
    CHECK(report.at("format") == "relawas-report");
    CHECK(report.at("version") == 1);
    CHECK((std::filesystem::status(t.dir / "batu-bara.relawas.json").permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

    const auto& header = report.at("header");
    CHECK(header.at("kind") == "full");
    CHECK(header.at("scope") == "12.19");
    CHECK(header.at("sequence") == 1);
    CHECK(header.at("installation").at("id") == SettingsStore(t.db).installationId());
    CHECK(header.at("installation").at("name") == "Panwascam Sei Balai");
    CHECK(header.at("code_list").at("source") == "idn-area-data");

    const auto& content = report.at("content");
    CHECK(content.at("people").size() == 5); // six registered, one removed
    CHECK(content.at("trainings").size() == 1);
    CHECK(content.at("invitations").size() == 5);
    CHECK(content.at("attendance").size() == 2);
    CHECK(content.at("checkin_attempts").size() == 3);
    for (const char* member : kReportContentMembers) {
        INFO(member);
        CHECK(header.at("counts").at(member) == content.at(member).size());
        CHECK(result.counts.at(member) == content.at(member).size());
        std::string previous;
        for (const auto& record : content.at(member)) { // ordered by uuid
            CHECK(record.at("uuid").get<std::string>() > previous);
            previous = record.at("uuid");
        }
    }
    std::set<std::string> removed;
    for (const auto& tombstone : content.at("tombstones")) {
        removed.insert(tombstone.at("table").get<std::string>() + " " + tombstone.at("uuid").get<std::string>());
    }
    CHECK(removed.count("person " + t.rahmat.meta.uuid) == 1);
    const auto& siti = *std::find_if(content.at("people").begin(), content.at("people").end(),
                                     [&](const auto& p) { return p.at("uuid") == t.siti.meta.uuid; });
    CHECK(siti.at("nik") == "1219014409930032");
    CHECK(siti.at("full_name") == "Siti Aminah Nasution");
    CHECK(siti.at("revision") == 1);
    CHECK(siti.at("base_revision").is_null());
    CHECK(siti.at("target_groups").is_array());
    for (const auto& attempt : content.at("checkin_attempts")) {
        CHECK(attempt.at("input").get<std::string>().find(t.siti.nik) == std::string::npos); // NIKs masked
    }

    // The receiver's checks: the digest of the records it read, the signature by the key the header names.
    const std::string digest = report.at("integrity").at("digest").at("value");
    CHECK(digest == result.digest);
    CHECK(digestOf(content) == digest);
    const auto key = fromBase64(header.at("installation").at("public_key").get<std::string>(), 32);
    REQUIRE(key);
    PublicKey publicKey{};
    std::copy(key->begin(), key->end(), publicKey.begin());
    CHECK(publicKey == InstallationKey(t.db).publicKey());
    const auto signature = fromBase64(report.at("integrity").at("signature").at("value").get<std::string>(), 64);
    REQUIRE(signature);
    CHECK(verifySignature(publicKey, reportSignedMessage(header, digest), *signature));
    nlohmann::json forgedHeader = header;
    forgedHeader["sequence"] = 7;
    CHECK_FALSE(verifySignature(publicKey, reportSignedMessage(forgedHeader, digest), *signature));

    SECTION("the same data exports to the same digest, under the next sequence number")
    {
        ExportResult again;
        const nlohmann::json second = t.exported("12.19", "again.relawas.json", &again);
        CHECK(again.digest == result.digest);
        CHECK(second.at("header").at("sequence") == 2);
    }

    SECTION("a kecamatan's report holds its people and not the others'")
    {
        const nlohmann::json seiBalai = t.exported("12.19.07", "sei-balai.relawas.json");
        std::set<std::string> names;
        for (const auto& person : seiBalai.at("content").at("people")) {
            names.insert(person.at("full_name"));
        }
        // Their roles are in Sei Balai; they live elsewhere. Nurhayati serves Medang Deras.
        CHECK(names == std::set<std::string>{"Ahmad Fauzan", "Ahmad Fauzi", "Budi Santoso", "Siti Aminah Nasution"});
        CHECK(seiBalai.at("content").at("trainings").empty()); // held for the kabupaten
        CHECK(seiBalai.at("content").at("roles").size() == 4);
    }

    SECTION("a file that cannot be written leaves no file and takes no sequence number")
    {
        CHECK(errorCodeOf([&] { t.exported("12.19", "no/such/folder.relawas.json"); }) == "output.not_writable");
        CHECK(errorCodeOf([&] { t.exported("99.99", "x.relawas.json"); }) == "region.unknown_code");
        CHECK_FALSE(std::filesystem::exists(t.dir / "x.relawas.json"));
        CHECK(t.exported("12.19", "next.relawas.json").at("header").at("sequence") == 2);
    }
}

TEST_CASE("The export writes each record from its row as canonicalJson() writes the record the row makes",
          "[sync][export]")
{
    ExportedRakernis t;
    // Text that RFC 8785 escapes or keeps as it is, and target groups with more than one space between them.
    t.db.connection().exec("UPDATE person SET notes = 'a \"quote\" \\ ' || char(10) || char(9) || char(1) || "
                           "' é 𝄞 /', target_groups = '  a   b ' WHERE uuid = '" +
                           t.siti.meta.uuid + "'");
    std::size_t rows = 0;
    for (const ReportTable& table : reportTables()) {
        INFO(table.table);
        std::vector<ReportField> columns = table.fields;
        std::string select = "SELECT " + table.columns;
        if (table.revised) {
            columns.push_back({"base_revision", FieldKind::IntegerOrNull});
            select += ", NULL";
        }
        const CanonicalRecordWriter writer(columns);
        SQLite::Statement row(t.db.connection(), select + " FROM " + std::string(table.table));
        while (row.executeStep()) {
            std::string written;
            writer.append(written, row);
            CHECK(written == canonicalJson(table.record(row)));
            ++rows;
        }
    }
    CHECK(rows > 20);

    // The content waits in a spool while it is counted; nothing of it stays beside the report.
    t.exported("12.19", "batu-bara.relawas.json");
    for (const auto& entry : std::filesystem::directory_iterator(t.dir.path())) {
        CHECK(entry.path().filename().string().find(".batu-bara") != 0);
    }
}

TEST_CASE("A report's suggested name tells scope, date and sequence", "[sync][export]")
{
    CHECK(suggestedReportName("12.19.07", "2024-09-16", 3) == "relawas-12.19.07-2024-09-16-0003.relawas.json");
}

TEST_CASE("A public report holds counts and no personal data", "[sync][export][public]")
{
    ExportedRakernis t;
    const auto path = t.dir / "public.relawas.json";
    const ExportResult result =
        exportReport(t.db, {"12.19", path, "Bawaslu Batu Bara", "0.1.0", ReportKind::Public, "", "clerk"});
    const std::string text = fileText(path);
    const nlohmann::json report = nlohmann::json::parse(text);
    CHECK(report.at("header").at("kind") == "public");
    REQUIRE(report.at("content").size() == 1);
    const auto& summary = report.at("content").at("summary");

    // Nothing that names or reaches a person: no NIK, no name, no birth date, no uuid of a person.
    for (const Person* person : {&t.siti, &t.budi, &t.ahmadFauzi, &t.nurhayati}) {
        CHECK(text.find(person->nik) == std::string::npos);
        CHECK(text.find(person->fullName) == std::string::npos);
        CHECK(text.find(person->meta.uuid) == std::string::npos);
    }
    for (const char* personal :
         {"\"nik\"", "\"full_name\"", "\"birth_date\"", "\"phone\"", "\"rt\"", "\"rw\"", "\"dusun\"", "\"email\""}) {
        CHECK(text.find(personal) == std::string::npos);
    }

    // The counts: five living people in Durian (Medang Deras), the Panwascam of Sei Balai, the Rakernis.
    const auto entry = [&summary](const std::string& code) {
        for (const auto& region : summary.at("regions")) {
            if (region.at("code") == code) {
                return region;
            }
        }
        FAIL("no entry " << code);
        return nlohmann::json();
    };
    CHECK(summary.at("regions").size() > 100); // every kecamatan and village of Batu Bara
    CHECK(entry("12.19.01.2004").at("people") == 5);
    CHECK(entry("12.19.01").at("people") == 5);
    CHECK(entry("12.19.07").at("by_role").at("anggota-panwascam") == 4);
    CHECK(entry("12.19.01").at("by_role").at("staf-sekretariat") == 1);
    REQUIRE(summary.at("trainings").size() == 1);
    CHECK(summary.at("trainings")[0].at("invited") == 5);
    CHECK(summary.at("trainings")[0].at("present_by_day") == nlohmann::json::array({2}));
    CHECK(result.counts.at("trainings") == 1);

    // And it reads back as any report does, its counts checked.
    const ReportSummary read = readReport(path);
    CHECK(read.digest == result.digest);
    CHECK(read.counts.at("regions") == summary.at("regions").size());
}

#include "ReportCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/BuildInfo.h"
#include "core/base/OutputFile.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ReportDigest.h"
#include "core/sync/ReportExport.h"
#include "core/sync/ReportReader.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct VerifyOptions
{
    std::string file;
    bool json = false;
};

struct ExportOptions
{
    std::string scope;
    std::string output;
    std::string name;
    bool isPublic = false;
    bool json = false;
};

// What the receiver calls this database unless told: "Relawas Kecamatan Sei Balai".
std::string defaultInstallationName(core::Database& db, const std::string& scope)
{
    const auto region = core::RegionRepository(db).find(scope);
    return region ? "Relawas " + region->name : "Relawas " + scope;
}

void runExport(CliContext& context, const ExportOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::checkOutputPath(options.output, db.path());
    core::ExportRequest request;
    request.scopeCode = options.scope;
    request.output = options.output;
    request.installationName = options.name.empty() ? defaultInstallationName(db, options.scope) : options.name;
    request.generatorVersion = core::build::kVersion;
    request.kind = options.isPublic ? core::ReportKind::Public : core::ReportKind::Full;
    const core::ExportResult result = core::exportReport(db, request);
    if (options.json) {
        nlohmann::ordered_json counts = nlohmann::ordered_json::object();
        for (const auto& [member, count] : result.counts) {
            counts[member] = count;
        }
        printJson(
            context.out,
            {{"file", options.output}, {"sequence", result.sequence}, {"digest", result.digest}, {"counts", counts}});
        return;
    }
    if (options.isPublic) {
        fmt::print(context.out,
                   "Wrote public report {} of {} to {}: counts of {} regions and {} trainings, no "
                   "personal data.\n",
                   result.sequence, terminalText(options.scope), terminalText(options.output),
                   result.counts.at("regions"), result.counts.at("trainings"));
    } else {
        fmt::print(context.out, "Wrote report {} of {} to {}: {} people, {} roles, {} trainings, {} removed records.\n",
                   result.sequence, terminalText(options.scope), terminalText(options.output),
                   result.counts.at("people"), result.counts.at("roles"), result.counts.at("trainings"),
                   result.counts.at("tombstones"));
    }
    fmt::print(context.out, "SHA-256 {}\n", result.digest);
}

// Checks a report alone, without a database: its form, its counts, its digest and its signature by the key it names.
// Whether that key is one to trust is the receiver's question, not the file's.
void runVerify(CliContext& context, const VerifyOptions& options)
{
    const core::ReportSummary summary = core::readReport(options.file);
    const nlohmann::json& header = summary.header;
    const std::string fingerprint = core::keyFingerprint(summary.key);
    if (options.json) {
        nlohmann::ordered_json counts = nlohmann::ordered_json::object();
        for (const auto& [member, count] : summary.counts) {
            counts[member] = count;
        }
        printJson(context.out, {{"valid", true},
                                {"kind", header.at("kind")},
                                {"scope", header.at("scope")},
                                {"sequence", header.at("sequence")},
                                {"installation", header.at("installation").at("id")},
                                {"installation_name", header.at("installation").value("name", "")},
                                {"fingerprint", fingerprint},
                                {"created_at", header.value("created_at", "")},
                                {"digest", summary.digest},
                                {"counts", counts}});
        return;
    }
    fmt::print(context.out, "{} is a valid report: {} report {} of {} from {}, made {}.\n", terminalText(options.file),
               terminalText(header.at("kind").get<std::string>()), header.at("sequence").get<long long>(),
               terminalText(header.at("scope").get<std::string>()),
               terminalText(header.at("installation").value("name", "")), terminalText(header.value("created_at", "")));
    fmt::print(context.out, "Signed by the key with fingerprint {}; compare it with the sender before trusting it.\n",
               fingerprint);
    std::vector<std::vector<std::string>> rows{{"member", "records"}};
    for (const auto& [member, count] : summary.counts) {
        rows.push_back({member, std::to_string(count)});
    }
    // In the format's order, as the file holds them.
    const auto rank = [](const std::string& member) {
        const auto* at =
            std::find(std::begin(core::kReportContentMembers), std::end(core::kReportContentMembers), member);
        return at - std::begin(core::kReportContentMembers);
    };
    std::stable_sort(rows.begin() + 1, rows.end(),
                     [&rank](const auto& a, const auto& b) { return rank(a[0]) < rank(b[0]); });
    printTable(context.out, rows);
}

} // namespace

void addReportCommand(CLI::App& app, CliContext& context)
{
    auto* report = app.add_subcommand("report", "Reports that carry data between Relawas databases (signed JSON)");
    report->require_subcommand(1);

    auto exportOptions = std::make_shared<ExportOptions>();
    auto* exportCommand = report->add_subcommand(
        "export", "Write a full report of a region: its villages' programme status, people, roles, trainings, "
                  "invitations, attendance, check-in attempts and removals, signed by this database");
    exportCommand->add_option("--scope", exportOptions->scope, "The region code: a kabupaten or kecamatan")->required();
    exportCommand->add_option("-o,--output", exportOptions->output, "The report file to write (0600, whole or not)")
        ->required();
    exportCommand->add_option("--name", exportOptions->name,
                              "What the receiver calls this database (default: Relawas and the region's name)");
    exportCommand->add_flag("--public", exportOptions->isPublic,
                            "A public summary: counts per kecamatan, village and training only; no NIK, name, "
                            "phone, birth date or address anywhere in the file");
    exportCommand->add_flag("--json", exportOptions->json, "Print {\"sequence\": N, \"digest\": ..., \"counts\": ...}");
    exportCommand->callback([&context, exportOptions] { runExport(context, *exportOptions); });

    auto verifyOptions = std::make_shared<VerifyOptions>();
    auto* verifyCommand = report->add_subcommand(
        "verify", "Check a report file without a database: its form, its counts, the digest of its records and its "
                  "signature; prints who signed it (fingerprint) and what it holds");
    verifyCommand->add_option("FILE", verifyOptions->file, "The report file")->required();
    verifyCommand->add_flag("--json", verifyOptions->json, "Print {\"valid\": true, \"fingerprint\": ..., ...}");
    verifyCommand->footer("Exits with 0 for a valid report, 1 with the reason and its place for any other file.");
    verifyCommand->callback([&context, verifyOptions] { runVerify(context, *verifyOptions); });
}

} // namespace relawas::cli

#include "ReportCommand.h"

#include "ReportExchangeCommand.h"
#ifdef RELAWAS_WITH_PRINTOUTS
#include "ReportPdfCommand.h"
#include "ReportVillageCommand.h"
#endif
#include "ReportWorkbookCommand.h"
#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/BuildInfo.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ReportDigest.h"
#include "core/sync/ReportExport.h"
#include "core/sync/ReportFiles.h"
#include "core/sync/ReportReader.h"
#include "core/sync/TrustedInstallations.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
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

struct TrustOptions
{
    std::string file;
    std::string fingerprint;
    bool json = false;
};

struct ExportOptions
{
    std::string scope;
    std::string output;
    std::string name;
    std::string receiver;
    bool changes = false;
    bool isPublic = false;
    bool json = false;
};

void runExport(CliContext& context, const ExportOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::checkOutputPath(options.output, db.path());
    core::ExportRequest request;
    request.scopeCode = options.scope;
    request.output = options.output;
    request.installationName = options.name.empty() ? core::defaultInstallationName(db, options.scope) : options.name;
    request.generatorVersion = core::build::kVersion;
    request.kind = options.isPublic  ? core::ReportKind::Public
                   : options.changes ? core::ReportKind::Changes
                                     : core::ReportKind::Full;
    request.receiver = options.receiver;
    request.actor = trainingActor();
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
        fmt::print(context.out,
                   "Wrote {}report {} of {} to {}: {} people, {} roles, {} trainings, {} removed records.\n",
                   options.changes ? "changes " : "", result.sequence, terminalText(options.scope),
                   terminalText(options.output), result.counts.at("people"), result.counts.at("roles"),
                   result.counts.at("trainings"), result.counts.at("tombstones"));
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

// Trusts the sender of a valid report, once the fingerprint a person compared on the phone is given back: the command
// cannot be run blind.
void runTrust(CliContext& context, const TrustOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::ReportSummary summary = core::readReport(options.file);
    const nlohmann::json& installation = summary.header.at("installation");
    const std::string fingerprint = core::keyFingerprint(summary.key);
    std::string given;
    for (const char c : options.fingerprint) {
        given += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (given != fingerprint) {
        throw core::Error(core::ErrorKind::UserInput, "sync.fingerprint_mismatch",
                          fmt::format("the fingerprint given ({}) is not the report's ({}): compare it with the "
                                      "sender again",
                                      terminalText(options.fingerprint), fingerprint),
                          "--fingerprint", {options.fingerprint, fingerprint});
    }
    const core::TrustedInstallation trusted =
        core::TrustedInstallations(db).trust(installation.at("id").get<std::string>(), installation.value("name", ""),
                                             summary.header.value("scope", ""), summary.key, trainingActor());
    if (options.json) {
        printJson(context.out, {{"installation", trusted.id},
                                {"name", trusted.name},
                                {"scope", trusted.scopeCode},
                                {"fingerprint", fingerprint},
                                {"trusted_at", trusted.trustedAt}});
        return;
    }
    fmt::print(context.out, "Trusted {} ({}), key {}: its reports will be accepted.\n", terminalText(trusted.name),
               terminalText(trusted.id), fingerprint);
}

void runTrusted(CliContext& context, bool json)
{
    const auto opened = openExistingDatabase(context);
    const auto list = core::TrustedInstallations(*opened).all();
    if (json) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& one : list) {
            rows.push_back({{"installation", one.id},
                            {"name", one.name},
                            {"scope", one.scopeCode},
                            {"fingerprint", core::keyFingerprint(one.key)},
                            {"trusted_at", one.trustedAt},
                            {"trusted_by", one.trustedBy},
                            {"last_sequence", one.lastSequence}});
        }
        printJson(context.out, rows);
        return;
    }
    if (list.empty()) {
        fmt::print(context.out, "No installation is trusted yet: `report trust FILE --fingerprint ...` trusts the "
                                "sender of a report.\n");
        return;
    }
    std::vector<std::vector<std::string>> rows{{"name", "scope", "fingerprint", "trusted", "installation"}};
    for (const auto& one : list) {
        rows.push_back({terminalText(one.name), terminalText(one.scopeCode), core::keyFingerprint(one.key),
                        one.trustedAt.substr(0, 10), one.id});
    }
    printTable(context.out, rows);
}

} // namespace

void addReportCommand(CLI::App& app, CliContext& context)
{
    auto* report = app.add_subcommand("report", "Reports that carry data between Relawas databases (signed JSON)");
    report->require_subcommand(1);

    auto exportOptions = std::make_shared<ExportOptions>();
    auto* exportCommand = report->add_subcommand(
        "export", "Write a report of a region: its villages' programme status, people, roles, trainings, "
                  "invitations, attendance, check-in attempts and removals (all of them, or the changes since the "
                  "last report to the receiver), signed by this database");
    exportCommand->add_option("--scope", exportOptions->scope, "The region code: a kabupaten or kecamatan")->required();
    exportCommand->add_option("-o,--output", exportOptions->output, "The report file to write (0600, whole or not)")
        ->required();
    exportCommand->add_option("--name", exportOptions->name,
                              "What the receiver calls this database (default: Relawas and the region's name)");
    exportCommand->add_option("--to", exportOptions->receiver,
                              "The installation id of the receiver (see `report trusted`): each record then names the "
                              "revision both last agreed on, so what only this side changed merges without a "
                              "conflict");
    exportCommand
        ->add_flag("--changes-since-last", exportOptions->changes,
                   "Only what the receiver (--to) does not hold yet: the records it has not sent or confirmed; the "
                   "report continues the last one sent to it")
        ->needs("--to");
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

    auto trustOptions = std::make_shared<TrustOptions>();
    auto* trustCommand = report->add_subcommand(
        "trust", "Trust the sender of a report, after comparing its key's fingerprint with the sender by phone");
    trustCommand->add_option("FILE", trustOptions->file, "A report from the sender")->required();
    trustCommand
        ->add_option("--fingerprint", trustOptions->fingerprint,
                     "The fingerprint the sender read out (see `report verify FILE`)")
        ->required();
    trustCommand->add_flag("--json", trustOptions->json, "Print the installation trusted as JSON");
    trustCommand->callback([&context, trustOptions] { runTrust(context, *trustOptions); });

    auto trustedJson = std::make_shared<bool>(false);
    auto* trustedCommand = report->add_subcommand("trusted", "List the installations whose reports are accepted");
    trustedCommand->add_flag("--json", *trustedJson, "Print JSON");
    trustedCommand->callback([&context, trustedJson] { runTrusted(context, *trustedJson); });

    addReportExchangeCommands(*report, context);
    addReportWorkbookCommand(*report, context);
#ifdef RELAWAS_WITH_PRINTOUTS
    addReportPdfCommand(*report, context);
    addReportVillageCommand(*report, context);
#endif
}

} // namespace relawas::cli

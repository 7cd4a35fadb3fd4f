#include "ReportCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/BuildInfo.h"
#include "core/base/OutputFile.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ReportExport.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct ExportOptions
{
    std::string scope;
    std::string output;
    std::string name;
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
    fmt::print(context.out, "Wrote report {} of {} to {}: {} people, {} roles, {} trainings, {} removed records.\n",
               result.sequence, terminalText(options.scope), terminalText(options.output), result.counts.at("people"),
               result.counts.at("roles"), result.counts.at("trainings"), result.counts.at("tombstones"));
    fmt::print(context.out, "SHA-256 {}\n", result.digest);
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
    exportCommand->add_flag("--json", exportOptions->json, "Print {\"sequence\": N, \"digest\": ..., \"counts\": ...}");
    exportCommand->callback([&context, exportOptions] { runExport(context, *exportOptions); });
}

} // namespace relawas::cli

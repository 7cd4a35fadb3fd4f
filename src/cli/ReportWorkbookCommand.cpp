#include "ReportWorkbookCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/people/VillageTally.h"
#include "core/reports/ReportWorkbook.h"
#include "core/storage/Database.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct WorkbookOptions
{
    std::string scope;
    std::string from;
    std::string to;
    std::string output;
    bool revealNik = false;
    bool json = false;
};

void runWorkbook(CliContext& context, const WorkbookOptions& options)
{
    if (options.scope.empty()) {
        throw core::Error(core::ErrorKind::UserInput, "cli.scope_required",
                          "give a region code, or `all` for everything", "--scope");
    }
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::checkOutputPath(options.output, db.path());
    core::ReportWorkbookRequest request;
    request.scopeCode = options.scope == "all" ? std::string() : options.scope;
    if (!options.from.empty()) {
        request.from = dateOption(options.from, "--from");
    }
    if (!options.to.empty()) {
        request.to = dateOption(options.to, "--to");
    }
    request.revealNik = options.revealNik;
    request.actor = trainingActor();
    request.output = options.output;
    core::refreshVillageTally(db, trainingActor()); // the figures from the tallies, once after the election day changed
    core::ReportWorkbookCounts counts;
    withOptionPlaces({{"scope", "--scope"}, {"period", "--from"}},
                     [&] { counts = core::writeReportWorkbook(db, request); });

    if (options.revealNik) {
        // On stderr, so that it is seen even when the JSON on stdout goes to a script.
        fmt::print(std::cerr,
                   "relawas-cli: warning: {} holds full NIKs, personal data under UU 27/2022: keep it safe and share "
                   "it only with whom it is for; the export is written to the audit log.\n",
                   terminalText(options.output));
    }
    if (options.json) {
        printJson(context.out, {{"file", options.output},
                                {"scope", request.scopeCode},
                                {"from", request.from ? nlohmann::ordered_json(core::formatIsoDate(*request.from))
                                                      : nlohmann::ordered_json()},
                                {"to", request.to ? nlohmann::ordered_json(core::formatIsoDate(*request.to))
                                                  : nlohmann::ordered_json()},
                                {"full_nik", options.revealNik},
                                {"sheets",
                                 {{"Ringkasan", counts.parts},
                                  {"Relawan", counts.people},
                                  {"Kampung", counts.villages},
                                  {"Pelatihan", counts.trainings},
                                  {"Presensi", counts.attendance}}}});
        return;
    }
    fmt::print(context.out,
               "Wrote the report workbook of {} to {}: {} people holding a role, {} Kampung Pengawasan villages, {} "
               "trainings, {} check-ins, {} parts of the region in Ringkasan; NIKs {}.\n",
               options.scope, terminalText(options.output), counts.people, counts.villages, counts.trainings,
               counts.attendance, counts.parts, options.revealNik ? "in full" : "masked");
}

} // namespace

void addReportWorkbookCommand(CLI::App& report, CliContext& context)
{
    auto options = std::make_shared<WorkbookOptions>();
    auto* command = report.add_subcommand(
        "xlsx", "Write the report workbook for Bawaslu (XLSX): the region's figures (Ringkasan), the people holding a "
                "role (Relawan), the Kampung Pengawasan villages (Kampung), the trainings (Pelatihan) and their "
                "check-ins (Presensi), with number and date cells");
    command
        ->add_option("--scope", options->scope, "A province, kabupaten, kecamatan or village code; `all`: everything")
        ->required();
    command->add_option("--from", options->from,
                        "Only the trainings and check-ins from this day (YYYY-MM-DD); the figures and the people are "
                        "not bounded");
    command->add_option("--to", options->to, "Only the trainings and check-ins up to this day (YYYY-MM-DD)");
    command->add_option("-o,--output", options->output, "The workbook to write (0600, whole or not)")->required();
    command->add_flag("--reveal-nik", options->revealNik,
                      "Write the full NIKs instead of masked ones (personal data: keep the file safe; written to the "
                      "audit log)");
    command->add_flag("--json", options->json,
                      "Print {\"file\": ..., \"sheets\": {\"Ringkasan\": N, \"Relawan\": N, ...}}: rows below each "
                      "sheet's header (Ringkasan: its rows per part of the region)");
    command->callback([&context, options] { runWorkbook(context, *options); });
}

} // namespace relawas::cli

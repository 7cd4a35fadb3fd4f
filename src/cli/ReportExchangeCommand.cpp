#include "ReportExchangeCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/Error.h"
#include "core/storage/Database.h"
#include "core/sync/ConflictQueue.h"
#include "core/sync/ConflictResolution.h"
#include "core/sync/ImportHistory.h"
#include "core/sync/ReportFiles.h"
#include "core/sync/ReportImport.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

namespace fs = std::filesystem;

struct ImportCommandOptions
{
    std::vector<std::string> files;
    bool dryRun = false;
    bool trustNew = false;
    bool json = false;
};

struct ConflictsOptions
{
    bool all = false;
    bool json = false;
};

struct ResolveOptions
{
    long long id = 0;
    std::string take;
};

std::string statusText(core::ImportStatus status)
{
    switch (status) {
    case core::ImportStatus::Merged:
        return "merged";
    case core::ImportStatus::Previewed:
        return "preview";
    case core::ImportStatus::Held:
        return "held";
    case core::ImportStatus::AlreadyMerged:
        return "already_merged";
    }
    return "merged";
}

void printResult(std::ostream& out, const core::ReportImportResult& result)
{
    const std::string from =
        fmt::format("report {} of {} ({}, {})", result.sequence, terminalText(result.installationName),
                    terminalText(result.scopeCode), result.fingerprint);
    const core::ImportCounts& c = result.counts;
    switch (result.status) {
    case core::ImportStatus::AlreadyMerged:
        fmt::print(out, "{}: {} was merged before; nothing changed.\n", terminalText(result.file.string()), from);
        return;
    case core::ImportStatus::Held:
        fmt::print(out,
                   "{}: {} continues report {}, which has not arrived (last merged: {}); held, not merged. Offer it "
                   "again once report {} is in.\n",
                   terminalText(result.file.string()), from, result.previousSequence.value_or(0),
                   result.lastMergedSequence, result.previousSequence.value_or(0));
        return;
    case core::ImportStatus::Previewed:
    case core::ImportStatus::Merged:
        break;
    }
    fmt::print(out,
               "{}: {}{}: {} new, {} updated, {} unchanged, {} removed, {} conflicts for a person, {} merged "
               "automatically, {} possible duplicates, {} double check-ins.\n",
               terminalText(result.file.string()), result.status == core::ImportStatus::Previewed ? "preview of " : "",
               from, c.added, c.updated, c.unchanged, c.removed, c.conflicts, c.softConflicts, c.duplicates,
               c.doubleCheckIns);
    if (result.trustedNow) {
        fmt::print(out, "Trusted {} ({}) with key {}{}.\n", terminalText(result.installationName),
                   result.installationId, result.fingerprint,
                   result.status == core::ImportStatus::Previewed ? " for this preview only" : "");
    }
}

void runImport(CliContext& context, const ImportCommandOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const std::vector<fs::path> files =
        core::reportFiles(std::vector<fs::path>(options.files.begin(), options.files.end()));
    if (files.empty()) {
        throw core::Error(core::ErrorKind::NotFound, "report.unreadable", "no report file (*.relawas.json) found",
                          "FILE");
    }
    core::ReportImportOptions importOptions;
    importOptions.actor = trainingActor();
    importOptions.dryRun = options.dryRun;
    importOptions.trustNew = options.trustNew;
    core::ImportCounts total;
    nlohmann::ordered_json reports = nlohmann::ordered_json::array();
    std::size_t refused = 0;
    std::optional<core::Error> onlyError;
    for (const fs::path& file : files) {
        try {
            const core::ReportImportResult result = core::importReport(db, file, importOptions);
            total += result.counts;
            nlohmann::ordered_json one{{"file", file.string()},
                                       {"status", statusText(result.status)},
                                       {"installation", result.installationId},
                                       {"name", result.installationName},
                                       {"fingerprint", result.fingerprint},
                                       {"scope", result.scopeCode},
                                       {"sequence", result.sequence},
                                       {"digest", result.digest}};
            const nlohmann::ordered_json counts = core::countsToJson(result.counts);
            for (const auto& [key, value] : counts.items()) {
                one[key] = value;
            }
            reports.push_back(one);
            if (!options.json) {
                printResult(context.out, result);
            }
        } catch (const core::Error& error) {
            if (error.kind() == core::ErrorKind::Internal) {
                throw;
            }
            ++refused;
            onlyError = error;
            reports.push_back({{"file", file.string()},
                               {"status", "refused"},
                               {"error", error.code()},
                               {"place", error.place()},
                               {"message", error.message()}});
            if (files.size() > 1 || options.json) {
                fmt::print(std::cerr, "relawas-cli: {}: {}\n", terminalText(file.string()), error.what());
            }
        }
    }
    if (options.json) {
        nlohmann::ordered_json answer = core::countsToJson(total);
        answer["refused"] = refused;
        answer["dry_run"] = options.dryRun;
        answer["reports"] = reports;
        printJson(context.out, answer);
    }
    if (refused > 0) {
        if (files.size() == 1 && !options.json) {
            throw *onlyError;
        }
        throw CLI::RuntimeError(1);
    }
}

nlohmann::ordered_json conflictJson(const core::SyncConflict& conflict)
{
    return {{"id", conflict.id},         {"import", conflict.importId}, {"table", conflict.table},
            {"record", conflict.uuid},   {"label", conflict.label},     {"field", conflict.field},
            {"kind", conflict.kind},     {"base", conflict.base},       {"ours", conflict.ours},
            {"theirs", conflict.theirs}, {"status", conflict.status},   {"resolution", conflict.resolution}};
}

std::string shown(const nlohmann::json& value)
{
    if (value.is_string()) {
        return terminalText(value.get<std::string>());
    }
    return value.is_null() ? "—" : terminalText(value.dump());
}

void runConflicts(CliContext& context, const ConflictsOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::ConflictQueue queue(*opened);
    std::vector<core::SyncConflict> list;
    if (options.all) {
        for (const auto& entry : core::ImportHistory(*opened).all()) {
            const auto ofImport = queue.ofImport(entry.id);
            list.insert(list.end(), ofImport.begin(), ofImport.end());
        }
    } else {
        list = queue.open();
    }
    if (options.json) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& conflict : list) {
            rows.push_back(conflictJson(conflict));
        }
        printJson(context.out, rows);
        return;
    }
    if (list.empty()) {
        fmt::print(context.out, "No conflict waits for a decision.\n");
        return;
    }
    std::vector<std::vector<std::string>> rows{{"id", "kind", "record", "field", "base", "ours", "theirs"}};
    for (const auto& conflict : list) {
        rows.push_back({std::to_string(conflict.id), conflict.kind, terminalText(conflict.label),
                        conflict.field.empty() ? "(record)" : conflict.field, shown(conflict.base),
                        shown(conflict.ours), shown(conflict.theirs)});
    }
    printTable(context.out, rows);
    fmt::print(context.out, "Decide one with `report resolve ID --take ours|theirs|VALUE`.\n");
}

void runResolve(CliContext& context, const ResolveOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::ConflictChoice choice = core::ConflictChoice::Value;
    nlohmann::json value;
    if (options.take == "ours") {
        choice = core::ConflictChoice::Ours;
    } else if (options.take == "theirs") {
        choice = core::ConflictChoice::Theirs;
    } else {
        const auto conflict = core::ConflictQueue(*opened).find(options.id);
        value = conflict ? core::typedConflictValue(*conflict, options.take) : nlohmann::json(options.take);
    }
    const core::SyncConflict decided = core::resolveConflict(*opened, options.id, choice, value, trainingActor());
    fmt::print(context.out, "Conflict {} decided: {} {} is {} now; the decision travels with the next report.\n",
               decided.id, terminalText(decided.label), decided.field.empty() ? "record" : decided.field,
               shown(decided.resolution));
}

void runHistory(CliContext& context, bool json)
{
    const auto opened = openExistingDatabase(context);
    const auto list = core::ImportHistory(*opened).all();
    if (json) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (const auto& entry : list) {
            rows.push_back(
                {{"id", entry.id},
                 {"at", entry.at},
                 {"actor", entry.actor},
                 {"file", entry.fileName},
                 {"installation", entry.installationId},
                 {"name", entry.installationName},
                 {"scope", entry.scopeCode},
                 {"kind", entry.kind},
                 {"sequence", entry.sequence},
                 {"previous_sequence",
                  entry.previousSequence ? nlohmann::ordered_json(*entry.previousSequence) : nlohmann::ordered_json()},
                 {"digest", entry.digest},
                 {"status", entry.status},
                 {"counts", entry.counts}});
        }
        printJson(context.out, rows);
        return;
    }
    if (list.empty()) {
        fmt::print(context.out, "No report has been taken in yet.\n");
        return;
    }
    std::vector<std::vector<std::string>> rows{
        {"when", "from", "scope", "report", "status", "new", "updated", "conflicts", "file"}};
    for (const auto& entry : list) {
        const auto count = [&entry](const char* key) {
            return entry.counts.contains(key) ? std::to_string(entry.counts.at(key).get<long long>()) : "";
        };
        rows.push_back({entry.at.substr(0, 16), terminalText(entry.installationName), terminalText(entry.scopeCode),
                        std::to_string(entry.sequence), entry.status, count("new"), count("updated"),
                        count("conflicts"), terminalText(entry.fileName)});
    }
    printTable(context.out, rows);
}

} // namespace

void addReportExchangeCommands(CLI::App& report, CliContext& context)
{
    auto importOptions = std::make_shared<ImportCommandOptions>();
    auto* importCommand = report.add_subcommand(
        "import", "Merge reports from other Relawas databases, each in one transaction: all of it or nothing");
    importCommand->add_option("FILE", importOptions->files, "Report files, or folders of *.relawas.json")->required();
    importCommand->add_flag("--dry-run", importOptions->dryRun,
                            "Read, check and merge, then keep nothing: what an import would do");
    importCommand->add_flag("--trust-new", importOptions->trustNew,
                            "Trust a sender not seen before (compare its fingerprint with them first)");
    importCommand->add_flag("--json", importOptions->json,
                            "Print {\"new\": N, \"updated\": N, \"unchanged\": N, \"conflicts\": N, \"duplicates\": "
                            "N, ..., \"reports\": [...]}");
    importCommand->footer("Exits with 0 when every report was merged (or held, or seen before), 1 when any was "
                          "refused; a refused report leaves the database as it was.");
    importCommand->callback([&context, importOptions] { runImport(context, *importOptions); });

    auto conflictsOptions = std::make_shared<ConflictsOptions>();
    auto* conflictsCommand = report.add_subcommand(
        "conflicts", "List the conflicts waiting for a person: record, field, base, ours, theirs");
    conflictsCommand->add_flag("--all", conflictsOptions->all, "Also those decided, and those merged automatically");
    conflictsCommand->add_flag("--json", conflictsOptions->json, "Print JSON");
    conflictsCommand->callback([&context, conflictsOptions] { runConflicts(context, *conflictsOptions); });

    auto resolveOptions = std::make_shared<ResolveOptions>();
    auto* resolveCommand =
        report.add_subcommand("resolve", "Decide a conflict: the record gets a new revision that travels back");
    resolveCommand->add_option("ID", resolveOptions->id, "The conflict's id (see `report conflicts`)")->required();
    resolveCommand
        ->add_option("--take", resolveOptions->take,
                     "ours, theirs, or a value of your own (for a field changed on both sides)")
        ->required();
    resolveCommand->callback([&context, resolveOptions] { runResolve(context, *resolveOptions); });

    auto historyJson = std::make_shared<bool>(false);
    auto* historyCommand = report.add_subcommand("history", "List the reports taken in: merged and held");
    historyCommand->add_flag("--json", *historyJson, "Print JSON");
    historyCommand->callback([&context, historyJson] { runHistory(context, *historyJson); });
}

} // namespace relawas::cli

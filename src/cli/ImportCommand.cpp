#include "ImportCommand.h"

#include "TerminalText.h"
#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/import/PeopleImport.h"
#include "core/import/RememberedMapping.h"
#include "core/import/VillageResolver.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct ImportCliOptions
{
    std::string file;
    bool dryRun = false;
    bool json = false;
    std::string refusedOut;
    std::string kecamatan;
    std::string role = "relawan"; // everyone imported holds a role, so the role filters find them
    std::string mapping;
    std::string referenceDate;
};

[[noreturn]] void userError(const std::string& code, const std::string& message, const std::string& place)
{
    throw core::Error(core::ErrorKind::UserInput, code, message, place);
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw core::Error(core::ErrorKind::UserInput, "import.unreadable", fmt::format("cannot read {}", path), path,
                          {path});
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// "12.19.07" or "Sei Balai": a kecamatan of the working kabupaten.
std::string kecamatanCode(core::Database& db, const std::string& given)
{
    const auto kabupaten = core::SettingsStore(db).workingKabupaten();
    if (!kabupaten) {
        userError("import.no_working_kabupaten", "the database has no working kabupaten/kota (set it with init)",
                  "--kecamatan");
    }
    const core::VillageResolver regions(db, *kabupaten);
    if (const auto* byCode = regions.kecamatan(given)) {
        return byCode->code;
    }
    const auto found = regions.findKecamatan(given);
    if (found.matches.size() != 1) {
        userError("import.unknown_kecamatan",
                  fmt::format("`{}` is no kecamatan of Kabupaten {}", given, regions.kabupaten().name), "--kecamatan");
    }
    return found.matches.front()->code;
}

core::ImportOptions importOptions(core::Database& db, const ImportCliOptions& cli)
{
    core::ImportOptions options;
    options.actor = "relawas-cli";
    if (!cli.kecamatan.empty()) {
        options.defaultKecamatanCode = kecamatanCode(db, cli.kecamatan);
    }
    if (!cli.role.empty()) {
        options.defaultRole = core::roleKindFromId(cli.role);
        if (!options.defaultRole) {
            userError("cli.bad_role",
                      fmt::format("unknown role `{}` (use relawan, koordinator-kampung, pkd, ptps, anggota-panwascam, "
                                  "staf-sekretariat, narasumber or pelatih)",
                                  cli.role),
                      "--role");
        }
    }
    options.referenceDate = core::SettingsStore(db).referenceDate();
    if (!cli.referenceDate.empty()) {
        options.referenceDate = core::parseIsoDate(cli.referenceDate);
        if (!options.referenceDate) {
            userError("cli.bad_date", fmt::format("`{}` is not a date YYYY-MM-DD", cli.referenceDate),
                      "--reference-date");
        }
    }
    if (!cli.mapping.empty()) {
        const auto json = nlohmann::json::parse(readText(cli.mapping), nullptr, false);
        if (json.is_discarded()) {
            userError("import.bad_mapping", fmt::format("{} is not JSON", cli.mapping), "--mapping");
        }
        options.remembered = core::mappingFromJson(json);
    } else {
        // The columns the user mapped in the wizard before apply here too.
        options.remembered = core::RememberedMapping(db).load();
    }
    return options;
}

std::string counted(std::size_t n, const char* one, const char* many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::string describe(const core::SpreadsheetInfo& info)
{
    if (info.format == core::SpreadsheetFormat::Xlsx) {
        return fmt::format("XLSX, sheet \"{}\"", info.sheetName);
    }
    const std::string delimiter = info.delimiter == '\t' ? std::string("tab") : fmt::format("'{}'", info.delimiter);
    return fmt::format("CSV, {}, delimiter {}", core::textEncodingId(info.encoding), delimiter);
}

void printText(std::ostream& out, const core::ImportReport& report, const ImportCliOptions& cli)
{
    fmt::print(out, "{}: {}; header on line {}\n", cli.file, describe(report.spreadsheet), report.mapping.headerLine);
    for (const auto& row : report.rows) {
        if (row.status == core::RowStatus::Accepted || row.status == core::RowStatus::Skipped) {
            continue;
        }
        fmt::print(out, "line {}: {}\n", row.line, core::rowStatusId(row.status));
        for (const auto& message : row.messages) {
            fmt::print(out, "  {}\n", terminalText(message.message));
        }
    }
    const auto& s = report.summary;
    fmt::print(out, "{}: {} accepted, {} with warnings, {} duplicate, {} refused, {} blank (skipped).\n",
               counted(s.accepted + s.warning + s.duplicate + s.refused + s.skipped, "row", "rows"), s.accepted,
               s.warning, s.duplicate, s.refused, s.skipped);
    if (report.dryRun) {
        fmt::print(out, "Dry run: nothing was written; without --dry-run {} would be imported.\n",
                   counted(s.accepted + s.warning, "person", "people"));
    } else {
        fmt::print(out, "Imported {}, all in one transaction.\n", counted(s.written, "person", "people"));
    }
    if (s.refused > 0) {
        const std::string refused = fmt::format("{} refused{}", counted(s.refused, "row was", "rows were"),
                                                report.dryRun ? "" : " and not imported");
        if (!cli.refusedOut.empty()) {
            fmt::print(out, "{}: they are in {} with the reasons; fix them there and import that file again.\n",
                       refused, cli.refusedOut);
        } else {
            fmt::print(out, "{}: save the refused rows with --refused-out PATH, fix them and import that file again.\n",
                       refused);
        }
    }
}

void runImport(CliContext& context, const ImportCliOptions& cli)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    if (!core::RegionRepository(db).currentCodeList()) {
        userError("cli.no_region_list", "the database has no region list yet (load it with init)", "--db");
    }
    if (!std::filesystem::exists(cli.file)) {
        throw core::Error(core::ErrorKind::NotFound, "import.unreadable", fmt::format("{}: no such file", cli.file),
                          cli.file, {cli.file});
    }

    if (!cli.refusedOut.empty()) {
        // Before anything is saved: the refused rows may not overwrite the database or the file being read, and a
        // folder that takes no file is said now, not after the people are stored.
        core::checkOutputPath(cli.refusedOut, context.databasePath, {cli.file});
        core::checkOutputWritable(cli.refusedOut);
    }
    core::PeopleImport importer(db, cli.file, importOptions(db, cli));
    const core::ColumnMapping mapping = importer.mappingOrThrow();
    const auto report = cli.dryRun ? importer.dryRun(mapping) : importer.run(mapping);

    if (!cli.refusedOut.empty() && !report.refusedCsv.empty()) {
        core::writePrivateFile(cli.refusedOut, report.refusedCsv); // full NIKs: for its owner only
    }
    if (cli.json) {
        context.out << core::importReportToJson(report).dump(2) << '\n';
    } else {
        printText(context.out, report, cli);
    }
}

CLI::App* peopleSubcommand(CLI::App& app)
{
    const auto existing = app.get_subcommands([](CLI::App* sub) { return sub->get_name() == "people"; });
    if (!existing.empty()) {
        return existing.front();
    }
    auto* people = app.add_subcommand("people", "The people registry");
    people->require_subcommand(1);
    return people;
}

} // namespace

void addPeopleImportCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<ImportCliOptions>();
    auto* command = peopleSubcommand(app)->add_subcommand(
        "import", "Import people from a CSV or XLSX spreadsheet (header detected, villages found within their "
                  "kecamatan); accepted and warned rows are written in one transaction");
    command
        ->add_option("FILE", options->file, "The spreadsheet: .csv (`;`, `,` or tab; UTF-8 or Windows-1252) or .xlsx")
        ->required();
    command->add_flag("--dry-run", options->dryRun, "Check every row and report, write nothing");
    command->add_flag("--json", options->json, "Print the report as JSON");
    command->add_option("--refused-out", options->refusedOut,
                        "Write the refused rows with the reasons to this CSV file, to fix and import again");
    command->add_option("--kecamatan", options->kecamatan,
                        "The kecamatan (code or name) of rows that leave it empty, e.g. 12.19.07 or \"Sei Balai\"");
    command
        ->add_option("--role", options->role,
                     "The role of everyone whose row names none (all rows when the file has no role column), "
                     "e.g. pkd")
        ->capture_default_str();
    command->add_option("--mapping", options->mapping,
                        "A column mapping saved as JSON ({\"header_line\": N, \"columns\": [...]}): its choices "
                        "apply to headers of the same name");
    command->add_option("--reference-date", options->referenceDate,
                        "The day ages are counted on for the roles' minimum age, YYYY-MM-DD; default: the "
                        "election day set with init --election-day, else today");
    command->callback([&context, options] { runImport(context, *options); });
}

} // namespace relawas::cli

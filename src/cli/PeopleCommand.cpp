#include "PeopleCommand.h"

#include "PeopleEditCommand.h"
#include "TerminalText.h"
#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/roster/RosterExport.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <unistd.h>

namespace relawas::cli {

namespace {

struct ListOptions
{
    std::string under;
    std::string role;
    bool csv = false;
    bool fullNik = false;
};

const std::vector<core::RosterField> kFields{
    core::RosterField::Name,      core::RosterField::Nik,         core::RosterField::Gender,
    core::RosterField::BirthDate, core::RosterField::VillageCode, core::RosterField::Village,
    core::RosterField::Kecamatan, core::RosterField::Roles,       core::RosterField::Phone};

// Who ran the command, for the audit log: "relawas-cli user@host".
std::string cliActor()
{
    const char* user = std::getenv("USER");
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) != 0) {
        host[0] = '\0';
    }
    return fmt::format("relawas-cli {}@{}", user && *user ? user : "?", host.data());
}

core::RosterFilter filterFor(core::Database& db, const ListOptions& options)
{
    core::RosterFilter filter;
    filter.referenceDate = core::SettingsStore(db).referenceDate(); // ages as of the election day
    if (!options.under.empty()) {
        if (!core::RegionRepository(db).find(options.under)) {
            throw core::Error(core::ErrorKind::NotFound, "region.unknown_code",
                              fmt::format("`{}` is not a region of this database", options.under), "--under");
        }
        filter.scopeCode = options.under;
    }
    if (!options.role.empty()) {
        filter.role = core::roleKindFromId(options.role);
        if (!filter.role) {
            throw core::Error(core::ErrorKind::UserInput, "cli.bad_role",
                              fmt::format("unknown role `{}` (use relawan, koordinator-kampung, pkd, ptps, "
                                          "anggota-panwascam, staf-sekretariat, narasumber or pelatih)",
                                          options.role),
                              "--role");
        }
    }
    return filter;
}

// Two passes over the query: the first measures the columns, so that the table needs no row in memory.
long long printTable(CliContext& context, core::Database& db, const core::RosterFilter& filter,
                     const core::RosterExportOptions& options)
{
    const core::RosterQuery query(db);
    const core::RosterSort byName;
    std::vector<std::size_t> widths;
    for (const auto field : options.fields) {
        widths.push_back(core::rosterFieldId(field).size());
    }
    query.forEach(filter, byName, [&](const core::RosterRow& row) {
        for (std::size_t i = 0; i < options.fields.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(terminalText(core::rosterFieldText(
                                                row, options.fields[i], options, filter.referenceDate))));
        }
    });
    const auto print = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            line += cells[i];
            if (i + 1 < cells.size()) {
                line.append(widths[i] - displayWidth(cells[i]) + 2, ' ');
            }
        }
        context.out << line << '\n';
    };
    std::vector<std::string> cells;
    for (const auto field : options.fields) {
        cells.emplace_back(core::rosterFieldId(field));
    }
    print(cells);
    long long rows = 0;
    query.forEach(filter, byName, [&](const core::RosterRow& row) {
        for (std::size_t i = 0; i < options.fields.size(); ++i) {
            cells[i] = terminalText(core::rosterFieldText(row, options.fields[i], options, filter.referenceDate));
        }
        print(cells);
        ++rows;
    });
    return rows;
}

void printList(CliContext& context, const ListOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::RosterFilter filter = filterFor(db, options);
    core::RosterExportOptions exportOptions;
    exportOptions.fields = kFields;
    exportOptions.fullNik = options.fullNik;
    exportOptions.revealedTo = cliActor();
    long long rows = 0;
    if (options.csv) {
        rows = core::writeRosterCsv(context.out, db, filter, core::RosterSort{}, exportOptions);
    } else {
        rows = printTable(context, db, filter, exportOptions);
    }
    core::recordFullNikExport(db, "standard output", filter, exportOptions, rows); // only when --full-nik
}

} // namespace

void addPeopleCommand(CLI::App& app, CliContext& context)
{
    auto* people = app.add_subcommand("people", "The people registry: volunteers, PKD, PTPS, Panwascam, speakers");
    people->require_subcommand(1);

    auto options = std::make_shared<ListOptions>();
    auto* list = people->add_subcommand("list", "List people in name order, the NIK masked");
    list->add_option("--under", options->under, "Only the people living in this region, e.g. 12.19.07");
    list->add_option("--role", options->role,
                     "Only the holders of this role: relawan, koordinator-kampung, pkd, ptps, anggota-panwascam, "
                     "staf-sekretariat, narasumber, pelatih");
    list->add_flag("--csv", options->csv, "Print CSV with a header row");
    list->add_flag("--full-nik", options->fullNik,
                   "Print the full NIK (personal data: keep the output safe; written to the audit log)");
    list->callback([&context, options] { printList(context, *options); });

    addPeopleEditCommand(*people, context);
}

} // namespace relawas::cli

#include "InitCommand.h"

#include "core/base/Error.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/UnitOfWork.h"

#include <CLI/CLI.hpp>
#include <optional>
#include <ostream>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {
void runInit(CliContext& context, const InitOptions& options)
{
    if (context.databasePath.empty()) {
        throw core::Error(core::ErrorKind::UserInput, "cli.db_required", "--db is required: the database file to use");
    }
    std::optional<core::Date> electionDay;
    if (!options.electionDay.empty() && options.electionDay != "none") {
        electionDay = core::parseIsoDate(options.electionDay);
        if (!electionDay) {
            throw core::Error(core::ErrorKind::UserInput, "cli.bad_date",
                              fmt::format("`{}` is not a date YYYY-MM-DD", options.electionDay), "--election-day",
                              {options.electionDay});
        }
    }
    core::Database db(context.databasePath);
    core::RegionRepository regions(db);
    core::SettingsStore settings(db);
    {
        // The region list and the settings in one transaction: a kill or a refused kabupaten leaves the database as
        // it was, and the next init starts again from there.
        core::UnitOfWork work(db, "relawas-cli init");
        std::string loaded;
        if (!regions.currentCodeList()) {
            const auto path =
                options.regionList.empty() ? core::defaultRegionListPath() : std::filesystem::path(options.regionList);
            const auto list = core::readRegionList(path);
            const auto result = core::importRegionList(db, list);
            loaded = fmt::format("Loaded region list {} {}: {} regions.\n", list.name, list.version, result.added);
        }
        settings.installationId();
        if (!options.kabupaten.empty()) {
            settings.setWorkingKabupaten(options.kabupaten);
        }
        if (options.electionDay == "none") {
            settings.setElectionDay(std::nullopt);
        } else if (electionDay) {
            settings.setElectionDay(electionDay);
        }
        work.commit();
        fmt::print(context.out, "{}", loaded);
    }
    const auto working = settings.workingKabupaten();
    const auto region = working ? regions.find(*working) : std::nullopt;
    const auto dayOfElection = settings.electionDay();
    fmt::print(context.out,
               "Database {} is ready (schema version {}). Working kabupaten/kota: {}. Election day (ages are counted "
               "on it): {}.\n",
               context.databasePath, db.schemaVersion(),
               region ? fmt::format("{} {}", region->code, region->name) : std::string("not chosen yet"),
               dayOfElection ? core::formatIsoDate(*dayOfElection) : std::string("not set, today"));
}
} // namespace

void addInitCommand(CLI::App& app, CliContext& context)
{
    auto options = std::make_shared<InitOptions>();
    auto* command = app.add_subcommand("init", "Create or open the database, load the region list if missing, "
                                               "set the working kabupaten/kota");
    command->add_option("--kabupaten", options->kabupaten, "Code of the working kabupaten/kota, e.g. 12.19");
    command->add_option("--regions", options->regionList,
                        "Region list to load: the idn-area-data package folder or a code,name,level,parent_code CSV "
                        "(default: the bundled idn-area-data)");
    command->add_option("--election-day", options->electionDay,
                        "The election day, YYYY-MM-DD: the roles' minimum ages are counted on it (none: clear it, "
                        "ages are then counted on today)");
    command->callback([&context, options] { runInit(context, *options); });
}

} // namespace relawas::cli

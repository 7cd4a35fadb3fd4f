#include "RegionsCommand.h"

#include "core/base/CsvReader.h"
#include "core/base/Error.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <ostream>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct ListOptions
{
    std::string under;
    std::string level;
    bool csv = false;
};

void printStats(CliContext& context, bool json)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::RegionRepository regions(db);
    const auto counts = regions.countByLevel();
    const auto codeList = regions.currentCodeList();
    if (json) {
        nlohmann::ordered_json out;
        long long total = 0;
        for (const auto& [level, count] : counts) {
            out[std::string(core::regionLevelId(level))] = count;
            total += count;
        }
        out["total"] = total;
        out["code_list"] = codeList ? nlohmann::ordered_json{{"name", codeList->name},
                                                             {"version", codeList->version},
                                                             {"loaded_at", codeList->loadedAt}}
                                    : nlohmann::ordered_json(nullptr);
        context.out << out.dump(2) << '\n';
        return;
    }
    for (const auto& [level, count] : counts) {
        fmt::print(context.out, "{:<10} {:>7}\n", core::regionLevelId(level), count);
    }
    fmt::print(context.out, "code list  {}\n",
               codeList ? fmt::format("{} {} (loaded {})", codeList->name, codeList->version, codeList->loadedAt)
                        : std::string("none loaded"));
}

void printList(CliContext& context, const ListOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::RegionRepository regions(db);
    core::RegionFilter filter;
    filter.under = options.under;
    if (!options.level.empty()) {
        filter.level = core::regionLevelFromId(options.level);
        if (!filter.level) {
            throw core::Error(core::ErrorKind::UserInput, "cli.bad_level",
                              fmt::format("unknown level `{}` (use provinsi, kabupaten, kota, kecamatan, desa or "
                                          "kelurahan)",
                                          options.level),
                              "--level");
        }
    }
    if (!options.under.empty() && !regions.find(options.under)) {
        throw core::Error(core::ErrorKind::NotFound, "region.unknown_code",
                          fmt::format("`{}` is not a region of this database", options.under), "--under");
    }
    if (options.csv) {
        context.out << "code,name,level,parent_code\n";
    }
    regions.forEach(filter, [&](const core::Region& region) {
        if (options.csv) {
            context.out << region.code << ',' << core::csvField(region.name) << ',' << core::regionLevelId(region.level)
                        << ',' << region.parentCode << '\n';
        } else {
            fmt::print(context.out, "{:<14} {:<10} {}\n", region.code, core::regionLevelId(region.level), region.name);
        }
    });
}

void loadList(CliContext& context, const std::string& path)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const auto list = core::readRegionList(path);
    const auto result = core::importRegionList(db, list);
    fmt::print(context.out, "Loaded {} {}: {} added, {} changed, {} unchanged, {} retired.\n", list.name, list.version,
               result.added, result.changed, result.unchanged, result.retired);
}

} // namespace

void addRegionsCommand(CLI::App& app, CliContext& context)
{
    auto* regions = app.add_subcommand("regions", "The official region hierarchy");
    regions->require_subcommand(1);

    auto json = std::make_shared<bool>(false);
    auto* stats = regions->add_subcommand("stats", "Count the regions per level and name the code list");
    stats->add_flag("--json", *json, "Print JSON");
    stats->callback([&context, json] { printStats(context, *json); });

    auto listOptions = std::make_shared<ListOptions>();
    auto* list = regions->add_subcommand("list", "List regions in code order");
    list->add_option("--under", listOptions->under, "Only the regions below this code, e.g. 12.19");
    list->add_option("--level", listOptions->level,
                     "Only this level: provinsi, kabupaten, kota, kecamatan, desa, "
                     "kelurahan");
    list->add_flag("--csv", listOptions->csv, "Print CSV with a header row");
    list->callback([&context, listOptions] { printList(context, *listOptions); });

    auto path = std::make_shared<std::string>();
    auto* load = regions->add_subcommand("load", "Load a (newer) region list; names are updated, codes added, "
                                                 "programme data kept");
    load->add_option("PATH", *path, "The idn-area-data package folder or a code,name,level,parent_code CSV")
        ->required();
    load->callback([&context, path] { loadList(context, *path); });
}

} // namespace relawas::cli

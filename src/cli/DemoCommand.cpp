#include "DemoCommand.h"

#include "core/base/Error.h"
#include "core/demo/DemoPeople.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <ostream>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

// The most people `demo generate` makes: a laptop's memory and the person ids the search key holds set the bound.
constexpr long long kMostDemoPeople = 2'000'000;

struct DemoArguments
{
    long long people = 0;
    std::string under;
    std::uint64_t seed = 1;
};

void generate(CliContext& context, const DemoArguments& arguments)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::DemoOptions options;
    options.people = arguments.people;
    options.seed = arguments.seed;
    if (arguments.under == "all") {
        options.underCode.clear();
    } else if (!arguments.under.empty()) {
        if (!core::RegionRepository(db).find(arguments.under)) {
            throw core::Error(core::ErrorKind::NotFound, "region.unknown_code",
                              fmt::format("`{}` is not a region of this database", arguments.under), "--under");
        }
        options.underCode = arguments.under;
    } else if (const auto working = core::SettingsStore(db).workingKabupaten()) {
        options.underCode = *working;
    } else {
        throw core::Error(core::ErrorKind::UserInput, "demo.no_scope",
                          "no working kabupaten is set: give --under CODE (or --under all), or run init --kabupaten",
                          "--under");
    }
    const auto started = std::chrono::steady_clock::now();
    const auto result = core::generateDemoPeople(db, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    fmt::print(context.out, "Generated {} people with {} roles under {} in {:.1f} s.\n", result.people, result.roles,
               options.underCode.empty() ? std::string("all of Indonesia") : options.underCode, seconds);
}

} // namespace

void addDemoCommand(CLI::App& app, CliContext& context)
{
    auto* demo = app.add_subcommand("demo", "Synthetic data to try Relawas with");
    demo->require_subcommand(1);
    auto arguments = std::make_shared<DemoArguments>();
    auto* generateCommand = demo->add_subcommand("generate", "Generate realistic synthetic people and their roles");
    generateCommand->add_option("--people", arguments->people, "How many people")
        ->required()
        ->check(CLI::Range(1LL, kMostDemoPeople)); // a laptop's memory, and the ids the search key holds
    generateCommand->add_option("--under", arguments->under,
                                "The villages under this region code (default: the working kabupaten; `all`: all of "
                                "Indonesia)");
    generateCommand->add_option("--seed", arguments->seed, "Random seed: the same seed gives the same people");
    generateCommand->callback([&context, arguments] { generate(context, *arguments); });
}

} // namespace relawas::cli

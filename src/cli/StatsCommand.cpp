#include "StatsCommand.h"

#include "TrainingCliSupport.h"
#include "core/base/Error.h"
#include "core/people/VillageTally.h"
#include "core/reports/ScopeFigures.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <CLI/CLI.hpp>
#include <ostream>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct StatsArguments
{
    std::string scope;
    std::string on;
    bool json = false;
};

std::string percent(long long part, long long whole)
{
    return whole == 0 ? std::string("–") : fmt::format("{:.0f} %", 100.0 * double(part) / double(whole));
}

void printFigures(std::ostream& out, const core::ScopeFigures& f)
{
    fmt::print(out, "{} ({}), on {} (ages and roles on {})\n", f.scopeName, f.scopeCode.empty() ? "all" : f.scopeCode,
               core::formatIsoDate(f.today), core::formatIsoDate(f.referenceDate));
    fmt::print(out, "Villages with a volunteer  {} of {} ({})\n", f.villagesWithVolunteer, f.villages,
               percent(f.villagesWithVolunteer, f.villages));
    fmt::print(out, "Villages with a PKD        {} of {} ({})\n", f.villagesWithPkd, f.villages,
               percent(f.villagesWithPkd, f.villages));
    std::string programme;
    for (const auto& [stage, count] : f.programme) {
        programme += fmt::format("{}{} {}", programme.empty() ? "" : ", ", count, core::kampungStageId(stage));
    }
    fmt::print(out, "Kampung Pengawasan         {}\n", programme.empty() ? std::string("none") : programme);
    fmt::print(out, "Volunteers                 {} (women {}, first-time voters {}, with a disability {})\n",
               f.volunteers, percent(f.women, f.volunteers), percent(f.firstTimeVoters, f.volunteers),
               percent(f.withDisability, f.volunteers));
    fmt::print(out, "Trainings held             {} (attendance {}), people trained {}\n", f.trainingsHeld,
               f.attendanceRate ? fmt::format("{:.0f} %", *f.attendanceRate * 100) : std::string("–"), f.peopleTrained);
    fmt::print(out, "\n{:<10} {:<28} {:>8} {:>10} {:>8} {:>10} {:>10}\n", "code", "name", "villages", "volunteer",
               "PKD", "programme", "volunteers");
    for (const core::RegionPartFigures& part : f.parts) {
        fmt::print(out, "{:<10} {:<28} {:>8} {:>10} {:>8} {:>10} {:>10}\n", part.code, part.name.substr(0, 28),
                   part.villages, part.villagesWithVolunteer, part.villagesWithPkd, part.programmeVillages,
                   part.volunteers());
    }
    for (const core::SenderFigures& sender : f.senders) {
        fmt::print(out, "{}Last report from {} ({}): no. {}, merged {}\n", &sender == &f.senders.front() ? "\n" : "",
                   sender.installationName, sender.scopeCode, sender.sequence, sender.mergedAt);
    }
}

void stats(CliContext& context, const StatsArguments& arguments)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    std::string scope = arguments.scope == "all" ? std::string() : arguments.scope;
    if (arguments.scope.empty()) {
        const auto working = core::SettingsStore(db).workingKabupaten();
        if (!working) {
            throw core::Error(core::ErrorKind::UserInput, "stats.no_scope",
                              "no working kabupaten is set: give --scope CODE (or --scope all)", "--scope");
        }
        scope = *working;
    }
    core::Date today = core::todayUtc();
    if (!arguments.on.empty()) {
        const auto parsed = core::parseIsoDate(arguments.on);
        if (!parsed) {
            throw core::Error(core::ErrorKind::UserInput, "stats.bad_date",
                              fmt::format("`{}` is not a date (YYYY-MM-DD)", arguments.on), "--on");
        }
        today = *parsed;
    }
    // Ages and roles on the election day, as the roster counts them; the village tallies counted on that day first
    // when they count another (once, after the election day changed or, with none set, on a new day).
    core::refreshVillageTally(db, trainingActor());
    const core::ScopeFigures figures = core::scopeFigures(db, scope, today, core::SettingsStore(db).referenceDate());
    if (arguments.json) {
        context.out << core::scopeFiguresToJson(figures).dump(2) << '\n';
    } else {
        printFigures(context.out, figures);
    }
}

} // namespace

void addStatsCommand(CLI::App& app, CliContext& context)
{
    auto arguments = std::make_shared<StatsArguments>();
    auto* command = app.add_subcommand("stats", "The figures of a region at a glance, as the Beranda shows them");
    command->add_option("--scope", arguments->scope,
                        "A province, kabupaten, kecamatan or village code (default: the working kabupaten; `all`: "
                        "everything)");
    command->add_option("--on", arguments->on,
                        "Count the trainings held by this day (YYYY-MM-DD; default: today); ages and roles are counted "
                        "on the election day of the settings");
    command->add_flag("--json", arguments->json, "Print the figures as JSON");
    command->callback([&context, arguments] { stats(context, *arguments); });
}

} // namespace relawas::cli

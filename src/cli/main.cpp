#include "CliContext.h"
#include "DemoCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "NikCommand.h"
#include "PeopleCommand.h"
#include "RegionsCommand.h"
#include "ReportCommand.h"
#include "StatsCommand.h"
#include "TrainingCommand.h"
#include "core/BuildInfo.h"
#include "core/base/Error.h"

#include <CLI/CLI.hpp>
#include <iostream>

// Exit codes: 0 success, 1 the user's input is wrong (one line on stderr), 2 an internal error, 3 an answer that is
// not a success (`training checkin`: the person was not checked in; the answer is on stdout).
int main(int argc, char** argv)
{
    using namespace relawas;
    CLI::App app("relawas-cli: the Relawas database from the command line", "relawas-cli");
    app.set_version_flag("--version", std::string("relawas-cli ") + core::build::kVersion);
    cli::CliContext context{{}, std::cout};
    app.add_option("--db", context.databasePath, "The Relawas database file (every command but `nik check` needs it)");
    app.require_subcommand(1);
    cli::addInitCommand(app, context);
    cli::addRegionsCommand(app, context);
    cli::addNikCommand(app, context);
    cli::addPeopleCommand(app, context);
    cli::addPeopleImportCommand(app, context);
    cli::addDemoCommand(app, context);
    cli::addTrainingCommand(app, context);
    cli::addReportCommand(app, context);
    cli::addStatsCommand(app, context);

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::RuntimeError& e) {
        return e.get_exit_code(); // a command's answer, printed already, with its own exit code
    } catch (const CLI::ParseError& e) {
        std::cerr << "relawas-cli: " << e.what() << '\n';
        return 1;
    } catch (const core::Error& e) {
        std::cerr << "relawas-cli: " << e.what() << '\n';
        return e.kind() == core::ErrorKind::Internal ? 2 : 1;
    } catch (const std::exception& e) {
        std::cerr << "relawas-cli: internal error: " << e.what() << '\n';
        return 2;
    }
    return 0;
}

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `training add|invite|list|roster|checkin|cards-issue`: an organiser's trainings from a script. add, invite and
// list are here; the door's commands in TrainingDeskCommand.
//   training add --kind K --title T --start DATE [--end DATE] --venue V [--scope CODE] [--capacity N] [--notes TEXT]
//   training invite ID [--role R]... [--under CODE] [--person UUID|NIK]... [--part P]
//   training list [--scope CODE]
// Each with --json.
void addTrainingCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// The door of a training, under `training`:
//   training roster ID --day N [--csv | --json] [--full-nik]   who is expected, their card codes, who came when
//   training checkin ID --day N INPUT [--json]                 a card code, NIK or name at the desk
//   training cards-issue ID [--json]                           a card code for everyone expected without one
// checkin exits with 0 when the person is checked in (or was already), with 3 for every other answer.
void addTrainingDeskCommands(CLI::App& training, CliContext& context);

} // namespace relawas::cli

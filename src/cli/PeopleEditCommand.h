#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `people edit NIK_OR_UUID --set FIELD=VALUE... [--json]`: corrects a person's record with the registration form's
// checks; a bad value is refused with its field, and nothing is written.
void addPeopleEditCommand(CLI::App& people, CliContext& context);

} // namespace relawas::cli

#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `people import FILE [--dry-run] [--json] [--refused-out PATH] [--kecamatan K] [--role R] [--mapping JSON]
// [--reference-date D]`: imports people from a CSV or XLSX file, or with --dry-run only reports what it would do.
// Added under the `people` subcommand of `app`, which it creates when no other command has. Exits 0 when the import
// ran (refused rows included), 1 when the file or the options are wrong.
void addPeopleImportCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

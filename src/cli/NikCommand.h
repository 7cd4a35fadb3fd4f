#pragma once

#include "CliContext.h"

namespace CLI {
class App;
}

namespace relawas::cli {

// `nik check NIK... [--json]`: checks each NIK and prints what it says. With --db the region prefix is looked up in
// that database's code list and a NIK from outside its working kabupaten is a warning; without --db the bundled
// region list is used. Exits 1 when any NIK is invalid.
void addNikCommand(CLI::App& app, CliContext& context);

} // namespace relawas::cli

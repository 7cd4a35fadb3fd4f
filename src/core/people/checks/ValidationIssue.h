#pragma once

#include <string>
#include <vector>

namespace relawas::core {

// One finding of a validation rule. `code` is stable and machine-readable ("nik.bad_date"); the GUI translates by
// code and fills `args` into its own text. `message` is English, for the CLI and logs. Whether an issue blocks
// saving is said by the check that reports it: by the list it is in (errors or warnings), or by its code.
struct ValidationIssue
{
    std::string code;
    std::string message;
    std::vector<std::string> args;
};

} // namespace relawas::core

#pragma once

#include <string>
#include <vector>

namespace relawas::core {

// One finding about one row of an imported spreadsheet. `code` is stable ("nik.length", "import.unknown_village");
// the GUI translates by code and fills `args` into its own text. `message` is English and names the line, the column
// and the value, for the CLI and logs. `column` is the header of the column it is about (empty: the whole row).
struct ImportMessage
{
    enum class Severity
    {
        Error,    // the row cannot be imported as it is
        Warning,  // imported, but worth a look
        Duplicate // the person is already registered, or on an earlier line
    };

    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::vector<std::string> args;
    std::string column;
    std::string value;
};

} // namespace relawas::core

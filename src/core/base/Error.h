#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace relawas::core {

// What kind of failure this is decides the exit code of the CLI and the tone of the GUI's message.
enum class ErrorKind
{
    UserInput, // the input (a file, a value typed) is wrong; the user can fix it
    NotFound,  // a record or file the user named does not exist
    Cancelled, // the user stopped the operation
    Internal   // a bug or a broken environment
};

// The one exception type of the core. `code` is stable and machine-readable ("region.unknown_parent"); the GUI
// translates by code and fills `args` into its own text. `message` is English, for logs and the CLI. `place` names
// where the problem is: "villages.csv:1203", a field name, or a JSON path.
class Error : public std::runtime_error
{
public:
    Error(ErrorKind kind, std::string code, std::string message, std::string place = {},
          std::vector<std::string> args = {});

    ErrorKind kind() const { return m_kind; }
    const std::string& code() const { return m_code; }
    const std::string& message() const { return m_message; }
    const std::string& place() const { return m_place; }
    const std::vector<std::string>& args() const { return m_args; }

private:
    ErrorKind m_kind;
    std::string m_code;
    std::string m_message;
    std::string m_place;
    std::vector<std::string> m_args;
};

} // namespace relawas::core

#pragma once

// relawas-cli run as a user runs it: a real process, its exit code, its stdout and stderr. RELAWAS_CLI is the path of
// the binary, given by CMake.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace relawas::clitest {

struct Run
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// A folder of its own for one test, removed with everything in it at the end.
class Scratch
{
public:
    Scratch()
    {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() / ("relawas-cli-test-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~Scratch() { std::filesystem::remove_all(m_path); }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;

    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string readAll(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::string shellQuoted(const std::string& argument)
{
    std::string result = "'";
    for (const char c : argument) {
        result += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return result + "'";
}

// Runs relawas-cli with `arguments`, both streams captured through files in `scratch`, no standard input.
inline Run cli(const Scratch& scratch, const std::vector<std::string>& arguments)
{
    std::string command = shellQuoted(RELAWAS_CLI);
    for (const auto& argument : arguments) {
        command += ' ' + shellQuoted(argument);
    }
    const std::filesystem::path out = scratch / "stdout.txt";
    const std::filesystem::path err = scratch / "stderr.txt";
    command += " >" + shellQuoted(out.string()) + " 2>" + shellQuoted(err.string()) + " </dev/null";
    const int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, readAll(out), readAll(err)};
}

inline std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        result.push_back(line);
    }
    return result;
}

} // namespace relawas::clitest

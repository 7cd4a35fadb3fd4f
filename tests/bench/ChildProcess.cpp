#include "ChildProcess.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <stdexcept>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace relawas::bench {

namespace {

[[noreturn]] void failInChild(const char* what)
{
    std::fprintf(stderr, "benchmark: %s: %s\n", what, std::strerror(errno));
    _exit(127);
}

} // namespace

ProcessRun runProcess(const std::vector<std::string>& argv, const std::filesystem::path& input,
                      const std::filesystem::path& output)
{
    // Everything the child needs is made before fork(): between fork and exec only async-signal-safe calls.
    std::vector<char*> arguments;
    for (const auto& argument : argv) {
        arguments.push_back(const_cast<char*>(argument.c_str()));
    }
    arguments.push_back(nullptr);
    const std::string inputPath = input.empty() ? std::string("/dev/null") : input.string();
    const std::string outputPath = output.string();

    const auto started = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child < 0) {
        throw std::runtime_error(fmt::format("fork failed: {}", std::strerror(errno)));
    }
    if (child == 0) {
        const int in = open(inputPath.c_str(), O_RDONLY | O_CLOEXEC);
        const int out = open(outputPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (in < 0 || out < 0) {
            failInChild("cannot open the input or output file");
        }
        if (dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0 || dup2(out, STDERR_FILENO) < 0) {
            failInChild("dup2");
        }
        execvp(arguments[0], arguments.data());
        failInChild(arguments[0]);
    }
    int status = 0;
    rusage usage{};
    while (wait4(child, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            throw std::runtime_error(fmt::format("wait4 failed: {}", std::strerror(errno)));
        }
    }
    ProcessRun run;
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const auto secondsOf = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    run.cpuSeconds = secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
    run.peakRssKiB = usage.ru_maxrss; // KiB on Linux
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

std::string tailOf(const std::filesystem::path& file, int lines)
{
    std::ifstream in(file);
    std::deque<std::string> last;
    for (std::string line; std::getline(in, line);) {
        last.push_back(line);
        if (int(last.size()) > lines) {
            last.pop_front();
        }
    }
    std::string text;
    for (const auto& line : last) {
        text += "    " + line + "\n";
    }
    return text;
}

} // namespace relawas::bench

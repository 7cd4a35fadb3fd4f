#pragma once

// Runs a program to its end and measures it whole, as a user's shell would: wall-clock time from start to exit, the
// processor time it used (user + system: what other work on the machine does not inflate) and the peak resident memory
// of that one process (wait4's rusage, not the largest over every child waited for).

#include <filesystem>
#include <string>
#include <vector>

namespace relawas::bench {

struct ProcessRun
{
    double seconds = 0;
    double cpuSeconds = 0;
    long peakRssKiB = 0;
    int exitCode = -1; // 128 + the signal if it was killed
};

// `argv[0]` is looked up on PATH when it has no slash. Standard input comes from `input` (or /dev/null when empty);
// standard output and error both go to `output`, replaced.
ProcessRun runProcess(const std::vector<std::string>& argv, const std::filesystem::path& input,
                      const std::filesystem::path& output);

// The last `lines` lines of a log file, to say why a run failed.
std::string tailOf(const std::filesystem::path& file, int lines = 15);

} // namespace relawas::bench

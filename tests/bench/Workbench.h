#pragma once

// What the benchmarks that time whole processes share: the folder of one run (its databases, files, scripts and the
// log of every process), relawas-cli and the sqlite3 shell run in it and checked, and the table of figures printed
// with their targets.

#include "ChildProcess.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace relawas::bench {

class Workbench
{
public:
    Workbench(std::filesystem::path dir, std::string cli);

    std::filesystem::path file(const std::string& name) const { return m_dir / name; }
    // relawas-cli --db DB ARGUMENTS...; throws with the end of its log unless it exits with 0.
    ProcessRun relawas(const std::filesystem::path& db, const std::vector<std::string>& arguments);
    // sqlite3 -batch DB < SCRIPT; the same.
    ProcessRun sqlite(const std::filesystem::path& db, const std::string& script);
    // Any other program (sqlite3 with options of its own, say), its output to `output` when given.
    ProcessRun program(const std::vector<std::string>& argv, const std::filesystem::path& output = {});
    const std::filesystem::path& lastLog() const { return m_lastLog; }

private:
    ProcessRun checked(const std::vector<std::string>& argv, const std::filesystem::path& input,
                       const std::filesystem::path& output);

    std::filesystem::path m_dir;
    std::string m_cli;
    std::filesystem::path m_lastLog;
    int m_runs = 0;
};

// A database file with its write-ahead log, copied or removed.
void copyDatabase(const std::filesystem::path& from, const std::filesystem::path& to);
void removeDatabase(const std::filesystem::path& db);

struct Figure
{
    std::string what;
    ProcessRun relawas;
    ProcessRun baseline;
    double maxRatio;
    double maxMegabytes; // 0: no target for memory
};

double megabytes(const ProcessRun& run);
// Prints the figures as a Markdown table (time, processor time, peak memory, each against the baseline and the
// target); true when every target is met.
bool printFigures(const std::vector<Figure>& figures);

// Runs `run` on a workbench in a new folder under `workdir` named after `program`, which it removes afterwards unless
// `keep`. Returns the program's exit code: 0 when every target was met, 3 when not, 1 when the run failed (said on
// standard error).
int runOnWorkbench(const std::string& program, const std::filesystem::path& workdir, bool keep, const std::string& cli,
                   const std::function<bool(Workbench&)>& run);

} // namespace relawas::bench

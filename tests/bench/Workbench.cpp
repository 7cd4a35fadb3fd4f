#include "Workbench.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace relawas::bench {

namespace fs = std::filesystem;

Workbench::Workbench(fs::path dir, std::string cli)
    : m_dir(std::move(dir))
    , m_cli(std::move(cli))
{}

ProcessRun Workbench::relawas(const fs::path& db, const std::vector<std::string>& arguments)
{
    std::vector<std::string> argv{m_cli, "--db", db.string()};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    return checked(argv, {}, {});
}

ProcessRun Workbench::sqlite(const fs::path& db, const std::string& script)
{
    const fs::path scriptFile = file(fmt::format("script-{}.sql", m_runs + 1));
    std::ofstream(scriptFile) << script;
    return checked({"sqlite3", "-batch", db.string()}, scriptFile, {});
}

ProcessRun Workbench::program(const std::vector<std::string>& argv, const fs::path& output)
{
    return checked(argv, {}, output);
}

ProcessRun Workbench::checked(const std::vector<std::string>& argv, const fs::path& input, const fs::path& output)
{
    m_lastLog = output.empty() ? file(fmt::format("run-{}.log", ++m_runs)) : output;
    const ProcessRun run = runProcess(argv, input, m_lastLog);
    if (run.exitCode != 0) {
        throw std::runtime_error(fmt::format("`{}` exited with {}; the end of its log {}:\n{}", fmt::join(argv, " "),
                                             run.exitCode, m_lastLog.string(), tailOf(m_lastLog)));
    }
    return run;
}

void copyDatabase(const fs::path& from, const fs::path& to)
{
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
    if (fs::exists(from.string() + "-wal")) {
        fs::copy_file(from.string() + "-wal", to.string() + "-wal", fs::copy_options::overwrite_existing);
    }
}

void removeDatabase(const fs::path& db)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(db.string() + suffix);
    }
}

double megabytes(const ProcessRun& run)
{
    return double(run.peakRssKiB) * 1024 / 1e6;
}

bool printFigures(const std::vector<Figure>& figures)
{
    std::cout << "| measurement | relawas | baseline: sqlite3 shell | ratio | target |\n|---|---:|---:|---:|---|\n";
    bool met = true;
    for (const auto& figure : figures) {
        const ProcessRun& ours = figure.relawas;
        const ProcessRun& theirs = figure.baseline;
        const double ratio = ours.seconds / theirs.seconds;
        const bool fastEnough = ratio <= figure.maxRatio;
        std::cout << fmt::format("| {}: time | {:.1f} s | {:.1f} s | {:.2f}× | ≤ {:g}×: {} |\n", figure.what,
                                 ours.seconds, theirs.seconds, ratio, figure.maxRatio, fastEnough ? "met" : "NOT met");
        std::cout << fmt::format("| … processor time (user + system) | {:.1f} s | {:.1f} s | {:.2f}× | |\n",
                                 ours.cpuSeconds, theirs.cpuSeconds, ours.cpuSeconds / theirs.cpuSeconds);
        const bool smallEnough = figure.maxMegabytes == 0 || megabytes(ours) <= figure.maxMegabytes;
        const std::string memoryTarget = figure.maxMegabytes == 0 ? std::string()
                                                                  : fmt::format("≤ {:.0f} MB: {}", figure.maxMegabytes,
                                                                                smallEnough ? "met" : "NOT met");
        std::cout << fmt::format("| … peak memory (RSS) | {:.0f} MB | {:.0f} MB | {:.2f}× | {} |\n", megabytes(ours),
                                 megabytes(theirs), megabytes(ours) / megabytes(theirs), memoryTarget);
        met = met && fastEnough && smallEnough;
    }
    return met;
}

int runOnWorkbench(const std::string& program, const fs::path& workdir, bool keep, const std::string& cli,
                   const std::function<bool(Workbench&)>& run)
{
    std::string pattern = (workdir / (program + "-XXXXXX")).string();
    if (mkdtemp(pattern.data()) == nullptr) {
        std::cerr << program << ": cannot create a folder under " << workdir << '\n';
        return 1;
    }
    const fs::path dir = pattern;
    int exitCode = 0;
    try {
        Workbench bench(dir, cli);
        exitCode = run(bench) ? 0 : 3;
    } catch (const std::exception& e) {
        std::cerr << program << ": " << e.what() << '\n';
        exitCode = 1;
    }
    if (keep) {
        std::cerr << "the databases, files and logs are kept in " << dir << '\n';
    } else {
        fs::remove_all(dir);
    }
    return exitCode;
}

} // namespace relawas::bench

// The bad-input corpus (tests/data/bad): every file through `relawas-cli people import`, dry run and real run, as a
// clerk or an attacker would send it. Each must end as outcomes.tsv says - the file refused with its name and the
// reason, or the rows read with the bad one refused at its line - in bounded memory, with the database untouched by
// a refused file or a dry run, and whole afterwards.
#define CATCH_CONFIG_MAIN
#include "CliRun.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

namespace fs = std::filesystem;
using namespace relawas::clitest;

extern char** environ;

namespace {

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer's shadow memory and quarantine come on top of what the program itself holds.
constexpr long kMostKilobytes = 768 * 1024;
#else
constexpr long kMostKilobytes = 256 * 1024;
#endif

struct Outcome
{
    std::string file;
    std::string expect; // "file" or "rows"
    std::string line;   // "-": no row is checked
    std::string status;
    long long people = 0;
    std::string fragment;
};

std::vector<Outcome> outcomes()
{
    std::ifstream in(fs::path(RELAWAS_BAD_CORPUS) / "outcomes.tsv");
    std::vector<Outcome> result;
    for (std::string text; std::getline(in, text);) {
        if (text.empty() || text.front() == '#') {
            continue;
        }
        std::vector<std::string> fields;
        std::istringstream columns(text);
        for (std::string field; std::getline(columns, field, '\t');) {
            fields.push_back(field);
        }
        REQUIRE(fields.size() == 6);
        result.push_back({fields[0], fields[1], fields[2], fields[3], std::stoll(fields[4]), fields[5]});
    }
    return result;
}

struct Measured
{
    Run run;
    long maxKilobytes = 0;
};

// relawas-cli as a child process of its own, so that its peak memory is its own (wait4's rusage).
Measured measured(const Scratch& scratch, const std::vector<std::string>& arguments)
{
    const fs::path out = scratch / "stdout.txt";
    const fs::path err = scratch / "stderr.txt";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<std::string> all{RELAWAS_CLI};
    all.insert(all.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : all) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, RELAWAS_CLI, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(spawned == 0);
    int status = 0;
    rusage usage{};
    REQUIRE(wait4(pid, &status, 0, &usage) == pid);
    return {{WIFEXITED(status) ? WEXITSTATUS(status) : -1, readAll(out), readAll(err)}, usage.ru_maxrss};
}

// What a refused file or a dry run must leave as it was.
struct Counts
{
    long long people = 0;
    long long roles = 0;
    long long audit = 0;
    bool operator==(const Counts&) const = default;
};

Counts counts(const fs::path& db)
{
    SQLite::Database open(db.string(), SQLite::OPEN_READONLY);
    return {open.execAndGet("SELECT count(*) FROM person").getInt64(),
            open.execAndGet("SELECT count(*) FROM person_role").getInt64(),
            open.execAndGet("SELECT count(*) FROM audit_log").getInt64()};
}

std::string integrity(const fs::path& db)
{
    SQLite::Database open(db.string(), SQLite::OPEN_READONLY);
    return open.execAndGet("PRAGMA integrity_check").getString();
}

// The file the import is given: one of the corpus, or one the test makes for the @ entries.
fs::path inputFor(const Scratch& scratch, const std::string& name)
{
    if (name == "@dev-zero") {
        return "/dev/zero";
    }
    if (name == "@fifo") {
        const fs::path fifo = scratch / "pipe.csv";
        if (!fs::exists(fifo)) {
            REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        }
        return fifo;
    }
    if (name == "@directory") {
        fs::create_directories(scratch / "folder.csv");
        return scratch / "folder.csv";
    }
    if (name == "@missing") {
        return scratch / "not-there.csv";
    }
    return fs::path(RELAWAS_BAD_CORPUS) / name;
}

void checkRun(const Outcome& expected, const fs::path& input, const Measured& done, bool dryRun)
{
    INFO((dryRun ? "dry run: " : "real run: ") << done.run.out.substr(0, 2000) << done.run.err.substr(0, 2000));
    CHECK(done.maxKilobytes < kMostKilobytes);
    if (expected.expect == "file") {
        CHECK(done.run.exitCode == 1);
        CHECK_THAT(done.run.err, Catch::Contains(input.filename().string()) && Catch::Contains(expected.fragment));
        return;
    }
    REQUIRE(done.run.exitCode == 0);
    const auto report = nlohmann::json::parse(done.run.out);
    const auto& summary = report.at("summary");
    CHECK(summary.at("accepted").get<long long>() + summary.at("warning").get<long long>() == expected.people);
    CHECK(summary.at("written").get<long long>() == (dryRun ? 0 : expected.people));
    if (expected.line == "-") {
        return;
    }
    const auto line = std::stoull(expected.line);
    bool found = false;
    for (const auto& row : report.at("rows")) {
        if (row.at("line").get<std::size_t>() != line) {
            continue;
        }
        found = true;
        CHECK(row.at("status").get<std::string>() == expected.status);
        bool said = false;
        for (const auto& message : row.at("messages")) {
            const auto text = message.get<std::string>();
            said = said || (text.find(expected.fragment) != std::string::npos &&
                            text.find("line " + expected.line) != std::string::npos);
        }
        CHECK(said);
    }
    CHECK(found);
}

} // namespace

TEST_CASE("Every file of the bad-input corpus ends as outcomes.tsv says, in bounded memory", "[cli][import][bad]")
{
    // Catch runs the test case again from the top for each section: one scratch folder and one database made by
    // `init` serve them all.
    static const Scratch scratch;
    const fs::path blank = scratch / "blank.db";
    if (!fs::exists(blank)) {
        REQUIRE(cli(scratch, {"--db", blank.string(), "init", "--kabupaten", "12.19"}).exitCode == 0);
    }
    const auto all = outcomes();
    REQUIRE(all.size() >= 60);

    for (const auto& expected : all) {
        DYNAMIC_SECTION(expected.file << " line " << expected.line)
        {
            const fs::path db = scratch / "case.db";
            fs::remove(db);
            fs::copy_file(blank, db);
            const Counts before = counts(db);
            const fs::path input = inputFor(scratch, expected.file);
            const std::vector<std::string> common{"--db", db.string(), "people", "import", input.string(), "--json"};

            auto dry = common;
            dry.emplace_back("--dry-run");
            checkRun(expected, input, measured(scratch, dry), true);
            CHECK(counts(db) == before);

            auto real = common;
            real.insert(real.end(), {"--refused-out", (scratch / "refused.csv").string()});
            checkRun(expected, input, measured(scratch, real), false);
            const Counts after = counts(db);
            CHECK(after.people == before.people + expected.people);
            if (expected.expect == "file") {
                CHECK(after == before);
            }
            CHECK(integrity(db) == "ok");
        }
    }
}

// Writing people at scale, each timed as a whole relawas-cli process against the sqlite3 shell writing the same rows
// into a copy of the same database, in the same run: `people import` of one kabupaten's spreadsheet into an empty
// database and into one of a million people, `demo generate` of a million; and the file's size per person.
// Usage: relawas-import-benchmark [--people N] [--base N] [--workdir DIR] [--keep]
//   --people  rows in the spreadsheet (default 100000)     --base  people in the large database (default 1000000)
//   --workdir where the temporary folder goes (default the system's temp folder); --keep leaves it there.
#include "ChildProcess.h"
#include "SqliteBaseline.h"
#include "Workbench.h"
#include "core/regions/RegionDataLocation.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

using namespace relawas::bench;
namespace fs = std::filesystem;

namespace {

constexpr const char* kKabupaten = "12.19"; // Batu Bara

// The rows of a CSV file without line breaks in its cells, header aside.
long long dataLinesOf(const fs::path& csv)
{
    std::ifstream in(csv);
    long long lines = 0;
    for (std::string line; std::getline(in, line);) {
        ++lines;
    }
    return lines - 1;
}

// What a write left in a database, to check that relawas and the baseline wrote the same rows.
struct Tally
{
    long long people = 0;
    long long roles = 0;
    long long audit = 0;
    long long found = 0; // index matches of a common family name: the search index was written

    bool operator==(const Tally&) const = default;
    std::string text() const
    {
        return fmt::format("{} people, {} roles, {} audit entries, {} found", people, roles, audit, found);
    }
};

Tally tallyOf(const fs::path& db)
{
    SQLite::Database connection(db.string(), SQLite::OPEN_READONLY);
    const auto count = [&connection](const char* sql) { return connection.execAndGet(sql).getInt64(); };
    return {count("SELECT count(*) FROM person WHERE deleted_at IS NULL"),
            count("SELECT count(*) FROM person_role WHERE deleted_at IS NULL"), count("SELECT count(*) FROM audit_log"),
            count("SELECT count(*) FROM person_search WHERE person_search MATCH 'nasution'")};
}

double bytesPerPerson(const fs::path& db)
{
    SQLite::Database connection(db.string(), SQLite::OPEN_READWRITE);
    connection.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double bytes = double(connection.execAndGet("PRAGMA page_count").getInt64()) *
                         double(connection.execAndGet("PRAGMA page_size").getInt64());
    return bytes / double(connection.execAndGet("SELECT count(*) FROM person WHERE deleted_at IS NULL").getInt64());
}

// Both wrote `expected` people more than `before` held, and the same rows.
void checkSameWrites(const std::string& what, const Tally& before, const fs::path& relawasDb,
                     const fs::path& baselineDb, long long expected)
{
    const Tally relawas = tallyOf(relawasDb);
    const Tally baseline = tallyOf(baselineDb);
    std::cerr << fmt::format("  {}: relawas left {}; the baseline {}\n", what, relawas.text(), baseline.text());
    if (relawas.people - before.people != expected || baseline.people - before.people != expected) {
        throw std::runtime_error(fmt::format("{}: {} people were to be written, relawas wrote {} and the baseline {}",
                                             what, expected, relawas.people - before.people,
                                             baseline.people - before.people));
    }
    if (!(relawas == baseline)) {
        std::cerr << "  warning: the baseline did not write the same rows as relawas\n";
    }
}

struct Options
{
    long long people = 100'000;
    long long base = 1'000'000;
    fs::path workdir = fs::temp_directory_path();
    bool keep = false;
};

// Prints the table; true when every target is met.
bool report(const Options& options, const std::vector<Figure>& figures, double perPerson, double perPersonBaseline)
{
    std::cout << fmt::format(
        "spreadsheet: {} rows of kabupaten {}; large database: {} people over all of Indonesia\n\n", options.people,
        kKabupaten, options.base);
    bool met = printFigures(figures);
    const bool compact = perPerson <= 1500.0;
    std::cout << fmt::format(
        "| database file per person at {} people | {:.0f} B | {:.0f} B | {:.2f}× | ≤ 1500 B: {} |\n", options.base,
        perPerson, perPersonBaseline, perPerson / perPersonBaseline, compact ? "met" : "NOT met");
    met = met && compact;
    std::cout << fmt::format("\ntargets: {}\n", met ? "all met" : "NOT all met");
    return met;
}

bool run(Workbench& bench, const Options& options)
{
    const std::string people = std::to_string(options.people);
    const std::string base = std::to_string(options.base);
    const fs::path empty = bench.file("empty.db");
    bench.relawas(empty,
                  {"init", "--kabupaten", kKabupaten, "--regions", relawas::core::defaultRegionListPath().string()});

    // A million people generated, against the shell loading the same people into a copy of the empty database.
    std::cerr << fmt::format("generating {} people over all of Indonesia (relawas-cli demo generate)...\n", base);
    const fs::path large = bench.file("large.db");
    copyDatabase(empty, large);
    const ProcessRun generated =
        bench.relawas(large, {"demo", "generate", "--people", base, "--under", "all", "--seed", "20241127"});
    const fs::path storedCsv = bench.file("generated-people.csv");
    bench.sqlite(large, exportStoredPeopleSql(storedCsv));
    const fs::path largeBaseline = bench.file("large-baseline.db");
    copyDatabase(empty, largeBaseline);
    std::cerr << "  the baseline: sqlite3 loads the same people\n";
    const ProcessRun generatedBaseline = bench.sqlite(largeBaseline, generateBaselineSql(storedCsv));
    checkSameWrites("generation", tallyOf(empty), large, largeBaseline, options.base);
    const double perPerson = bytesPerPerson(large);
    const double perPersonBaseline = bytesPerPerson(largeBaseline);
    removeDatabase(largeBaseline);
    fs::remove(storedCsv);

    // The spreadsheet: people of one kabupaten generated in a scratch database, none holding a NIK of the large one.
    std::cerr << fmt::format("writing a spreadsheet of {} people of {}...\n", people, kKabupaten);
    const fs::path scratch = bench.file("scratch.db");
    copyDatabase(empty, scratch);
    bench.relawas(scratch, {"demo", "generate", "--people", std::to_string(options.people + options.people / 20 + 100),
                            "--under", kKabupaten, "--seed", "7"});
    const fs::path sheet = bench.file("relawan-batu-bara.csv");
    bench.sqlite(scratch, exportSpreadsheetSql(sheet, large, options.people));
    removeDatabase(scratch);
    if (const long long rows = dataLinesOf(sheet); rows != options.people) {
        throw std::runtime_error(fmt::format("the spreadsheet has {} rows instead of {}", rows, options.people));
    }

    std::cerr << "importing it into an empty database...\n";
    const fs::path fresh = bench.file("fresh.db");
    const fs::path freshBaseline = bench.file("fresh-baseline.db");
    copyDatabase(empty, fresh);
    copyDatabase(empty, freshBaseline);
    const ProcessRun imported = bench.relawas(fresh, {"people", "import", sheet.string()});
    std::cerr << "  relawas-cli: " << tailOf(bench.lastLog(), 1);
    const ProcessRun importedBaseline = bench.sqlite(freshBaseline, importBaselineSql(sheet, kKabupaten));
    checkSameWrites("import into an empty database", tallyOf(empty), fresh, freshBaseline, options.people);

    std::cerr << fmt::format("importing it into the database of {} people...\n", base);
    const Tally largeBefore = tallyOf(large);
    copyDatabase(large, largeBaseline);
    const ProcessRun importedLarge = bench.relawas(large, {"people", "import", sheet.string()});
    std::cerr << "  relawas-cli: " << tailOf(bench.lastLog(), 1);
    const ProcessRun importedLargeBaseline = bench.sqlite(largeBaseline, importBaselineSql(sheet, kKabupaten));
    checkSameWrites("import into the large database", largeBefore, large, largeBaseline, options.people);

    const std::vector<Figure> figures{
        {fmt::format("`people import` of {} rows into an empty database", people), imported, importedBaseline, 2.0,
         150.0},
        {fmt::format("`people import` of {} rows into a database of {} people", people, base), importedLarge,
         importedLargeBaseline, 3.0, 150.0},
        {fmt::format("`demo generate` of {} people into an empty database", base), generated, generatedBaseline, 2.0,
         0.0},
    };
    return report(options, figures, perPerson, perPersonBaseline);
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--people") == 0 && hasValue) {
            options.people = std::stoll(argv[++i]);
        } else if (std::strcmp(argv[i], "--base") == 0 && hasValue) {
            options.base = std::stoll(argv[++i]);
        } else if (std::strcmp(argv[i], "--workdir") == 0 && hasValue) {
            options.workdir = argv[++i];
        } else if (std::strcmp(argv[i], "--keep") == 0) {
            options.keep = true;
        } else {
            std::cerr << "usage: relawas-import-benchmark [--people N] [--base N] [--workdir DIR] [--keep]\n";
            return 2;
        }
    }
    return runOnWorkbench("relawas-import-benchmark", options.workdir, options.keep, RELAWAS_CLI,
                          [&options](Workbench& bench) { return run(bench, options); });
}

// Roster search and paging at scale, against a '%...%' scan measured in the same run on the same data.
// Usage: relawas-roster-benchmark [--people N] [--db PATH] [--rounds R]
// With --db PATH the database is kept and reused on the next run (generating a million people takes minutes).
#include "BenchTiming.h"
#include "DemoDatabase.h"
#include "core/people/PersonRepository.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

using namespace relawas::core;
using namespace relawas::bench;

namespace {

// The baseline: what a roster without an index does, a LIKE scan over name, NIK and phone, sorted by name.
std::size_t likeScan(Database& db, const std::string& term, int limit)
{
    SQLite::Statement query(
        db.connection(),
        "SELECT p.uuid, p.full_name FROM person p WHERE p.deleted_at IS NULL AND "
        "(p.full_name LIKE ?1 OR p.nik LIKE ?1 OR p.phone LIKE ?1) ORDER BY p.full_name COLLATE NOCASE LIMIT ?2");
    query.bind(1, "%" + term + "%");
    query.bind(2, limit);
    std::size_t rows = 0;
    while (query.executeStep()) {
        ++rows;
    }
    return rows;
}

} // namespace

int main(int argc, char** argv)
{
    long long people = 1'000'000;
    int rounds = 5;
    std::filesystem::path dbPath;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--people") == 0) {
            people = std::stoll(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--db") == 0) {
            dbPath = argv[i + 1];
        } else if (std::strcmp(argv[i], "--rounds") == 0) {
            rounds = std::stoi(argv[i + 1]);
        }
    }
    const bool temporary = dbPath.empty();
    if (temporary) {
        dbPath = std::filesystem::temp_directory_path() / fmt::format("relawas-bench-{}.db", people);
    }

    int exitCode = 0;
    {
        Database db(dbPath);
        fillWithDemoPeople(db, people);
        const long long total = PersonRepository(db).countLiving();
        RosterQuery roster(db);

        // What clerks type: parts of common names, NIK prefixes and fragments, phone fragments in both forms.
        const std::vector<std::string> terms{"siti",   "nasution", "rahmat",    "nur ha",  "putri a",  "dewi",
                                             "sireg",  "lubis",    "hasibuan",  "fitri n", "ahmad s",  "wahyu",
                                             "121901", "1219071",  "3175",      "0409",    "0812345",  "08521",
                                             "77701",  "628131",   "kurniawan", "yanti",   "m. akbar", "rotua"};
        std::vector<double> indexed;
        std::vector<double> scanned;
        std::map<std::string, std::vector<double>> perTerm;
        RosterFilter filter;
        for (int round = 0; round < rounds; ++round) {
            for (const auto& term : terms) {
                filter.search = term;
                const double ms = millisecondsOf([&] { roster.page(filter, {}, 0, 50); });
                indexed.push_back(ms);
                perTerm[term].push_back(ms);
                scanned.push_back(millisecondsOf([&] { likeScan(db, term, 50); }));
            }
        }
        std::vector<double> firstPage;
        std::vector<double> deepPage;
        std::vector<double> scopedPage;
        RosterFilter everyone;
        RosterFilter batuBara;
        batuBara.scopeCode = "12.19";
        for (int round = 0; round < rounds * 4; ++round) {
            firstPage.push_back(millisecondsOf([&] { roster.page(everyone, {}, 0, 100); }));
            deepPage.push_back(millisecondsOf([&] { roster.page(everyone, {}, total / 2, 100); }));
            scopedPage.push_back(millisecondsOf([&] { roster.page(batuBara, {}, 0, 100); }));
        }
        const double countAll = millisecondsOf([&] { roster.count(everyone); });

        const Stats search = statsOf(indexed);
        const Stats scan = statsOf(scanned);
        const Stats first = statsOf(firstPage);
        const double speedup = scan.median / search.median;
        std::cout << fmt::format("people: {}\nsearch terms: {} x {} rounds\n\n", total, terms.size(), rounds);
        std::cout << "| measurement | median ms | p95 ms |\n|---|---:|---:|\n";
        std::cout << fmt::format("| search, first 50 results (trigram index) | {:.2f} | {:.2f} |\n", search.median,
                                 search.p95);
        std::cout << fmt::format("| baseline: LIKE '%...%' scan, first 50 | {:.2f} | {:.2f} |\n", scan.median,
                                 scan.p95);
        std::cout << fmt::format("| first page of the roster (100 rows, by name) | {:.2f} | {:.2f} |\n", first.median,
                                 first.p95);
        std::cout << fmt::format("| page in the middle (offset {}) | {:.2f} | {:.2f} |\n", total / 2,
                                 statsOf(deepPage).median, statsOf(deepPage).p95);
        std::cout << fmt::format("| first page of one kabupaten (12.19) | {:.2f} | {:.2f} |\n",
                                 statsOf(scopedPage).median, statsOf(scopedPage).p95);
        std::cout << fmt::format("| count of the whole roster | {:.2f} | |\n\n", countAll);
        std::vector<std::pair<double, std::string>> slowest;
        for (const auto& [term, samples] : perTerm) {
            RosterFilter counted;
            counted.search = term;
            slowest.emplace_back(statsOf(samples).median,
                                 fmt::format("`{}` ({} matches)", term, roster.count(counted)));
        }
        std::sort(slowest.rbegin(), slowest.rend());
        std::cout << "slowest searches (median ms):";
        for (std::size_t i = 0; i < std::min<std::size_t>(5, slowest.size()); ++i) {
            std::cout << fmt::format(" {} {:.1f};", slowest[i].second, slowest[i].first);
        }
        std::cout << "\n\n";
        std::cout << fmt::format("search vs scan: {:.1f}x faster (median), {:.1f}x (p95)\n", speedup,
                                 scan.p95 / search.p95);
        const bool searchOk = search.p95 <= 20.0 && speedup >= 10.0;
        const bool pageOk = first.p95 <= 50.0;
        std::cout << fmt::format("targets: search p95 <= 20 ms and >= 10x the scan: {}; first page <= 50 ms: {}\n",
                                 searchOk ? "met" : "NOT met", pageOk ? "met" : "NOT met");
        exitCode = searchOk && pageOk ? 0 : 3;
    }
    if (temporary) {
        std::filesystem::remove(dbPath);
        std::filesystem::remove(dbPath.string() + "-wal");
        std::filesystem::remove(dbPath.string() + "-shm");
    }
    return exitCode;
}

// The duplicate check while a clerk types, and the review list of probable pairs, at scale.
// Usage: relawas-duplicate-benchmark [--db PATH] [--from PATH] [--people N] [--rounds R] [--scope CODE] [--seed S]
// --from copies an existing database (opened read-only, never changed) into --db first; otherwise --db gets N
// synthetic people, kept for the next run.
#include "BenchTiming.h"
#include "DemoDatabase.h"
#include "core/demo/DemoPeople.h"
#include "core/people/PersonRepository.h"
#include "core/people/duplicates/DuplicateFinder.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

using namespace relawas::core;
using namespace relawas::bench;

namespace {

void prepare(const std::filesystem::path& path, const std::filesystem::path& from, long long people)
{
    if (!from.empty() && !std::filesystem::exists(path)) {
        std::cerr << fmt::format("copying {} (read-only) to {}...\n", from.string(), path.string());
        SQLite::Database source(from.string(), SQLite::OPEN_READONLY);
        SQLite::Database target(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup(target, source).executeStep();
        return;
    }
    Database db(path);
    fillWithDemoPeople(db, people);
}

// A clerk registering someone who is already there, written a little differently.
std::string retyped(std::string name, std::mt19937& random)
{
    if (name.rfind("Muhammad ", 0) == 0) {
        return "M. " + name.substr(9);
    }
    if (name.rfind("Siti ", 0) == 0) {
        return "St. " + name.substr(5);
    }
    for (char& c : name) {
        c = char(std::toupper(static_cast<unsigned char>(c)));
    }
    const std::size_t at = 1 + random() % (name.size() - 2);
    if (name[at] != ' ' && name[at + 1] != ' ') {
        std::swap(name[at], name[at + 1]);
    }
    return name;
}

} // namespace

int main(int argc, char** argv)
{
    long long people = 1'000'000;
    int rounds = 200;
    std::string scope = "12.19";
    std::filesystem::path dbPath;
    std::filesystem::path from;
    unsigned seed = 11;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--people") == 0) {
            people = std::stoll(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--db") == 0) {
            dbPath = argv[i + 1];
        } else if (std::strcmp(argv[i], "--from") == 0) {
            from = argv[i + 1];
        } else if (std::strcmp(argv[i], "--rounds") == 0) {
            rounds = std::stoi(argv[i + 1]);
        } else if (std::strcmp(argv[i], "--scope") == 0) {
            scope = argv[i + 1];
        } else if (std::strcmp(argv[i], "--seed") == 0) {
            seed = unsigned(std::stoul(argv[i + 1]));
        }
    }
    if (dbPath.empty()) {
        dbPath = std::filesystem::temp_directory_path() / fmt::format("relawas-duplicates-{}.db", people);
    }
    prepare(dbPath, from, people);

    Database db(dbPath);
    const long long total = PersonRepository(db).countLiving();
    DuplicateFinder finder(db);
    PersonRepository repository(db);

    // People already registered, typed again: with the birth date (from the NIK), and without one.
    std::mt19937 random(seed); // another seed, other people: their rows not yet in any cache
    const long long maxId = db.connection().execAndGet("SELECT max(id) FROM person").getInt64();
    std::vector<double> dated;
    std::vector<double> undated;
    std::vector<double> fresh;
    int foundDated = 0;
    int foundUndated = 0;
    for (int round = 0; round < rounds; ++round) {
        SQLite::Statement pick(db.connection(), "SELECT uuid FROM person WHERE id >= ? AND deleted_at IS NULL "
                                                "AND birth_date IS NOT NULL ORDER BY id LIMIT 1");
        pick.bind(1, static_cast<int64_t>(1 + random() % std::uint64_t(maxId)));
        if (!pick.executeStep()) {
            continue;
        }
        const Person existing = *repository.find(pick.getColumn(0).getString());
        Person typed = existing;
        typed.meta = {};
        typed.nik.clear(); // the NIK alone would find it: measure the name search
        typed.phone.clear();
        typed.fullName = retyped(existing.fullName, random);
        const auto hits = [&existing](const std::vector<DuplicateCandidate>& found) {
            return std::any_of(found.begin(), found.end(),
                               [&existing](const auto& c) { return c.personUuid == existing.meta.uuid; });
        };
        std::vector<DuplicateCandidate> found;
        dated.push_back(millisecondsOf([&] { found = finder.candidatesFor(typed, 70); }));
        foundDated += hits(found) ? 1 : 0;
        typed.birthDate.reset();
        undated.push_back(millisecondsOf([&] { found = finder.candidatesFor(typed, 70); }));
        foundUndated += found.empty() ? 0 : 1;
        typed.fullName = "Zaenal Arifin Wicaksono";
        typed.birthDate = existing.birthDate;
        typed.phone = existing.phone;
        typed.nik = existing.nik;
        fresh.push_back(millisecondsOf([&] { finder.candidatesFor(typed); }));
    }

    std::vector<DuplicateFinder::Pair> pairs;
    const double scopedList = millisecondsOf([&] { pairs = finder.probablePairs(scope, 80, 0, 50); });
    const double scopedNextPage = millisecondsOf([&] { finder.probablePairs(scope, 80, 50, 50); });
    const long long scopedCount = finder.probablePairCount(scope, 80);
    const double wholeList = millisecondsOf([&] { finder.probablePairs("", 80, 0, 50); });
    const long long wholeCount = finder.probablePairCount("", 80);

    const Stats d = statsOf(dated);
    const Stats u = statsOf(undated);
    const Stats f = statsOf(fresh);
    std::cout << fmt::format("people: {}\ntyped records: {}\n\n", total, dated.size());
    std::cout << "| measurement | median ms | p95 ms | max ms |\n|---|---:|---:|---:|\n";
    std::cout << fmt::format("| typing check, name + birth date (a retyped record) | {:.2f} | {:.2f} | {:.2f} |\n",
                             d.median, d.p95, d.max);
    std::cout << fmt::format("| typing check, name + village, no birth date | {:.2f} | {:.2f} | {:.2f} |\n", u.median,
                             u.p95, u.max);
    std::cout << fmt::format("| typing check, new name with NIK, phone, birth date | {:.2f} | {:.2f} | {:.2f} |\n",
                             f.median, f.p95, f.max);
    std::cout << fmt::format("| review list of {} ({} pairs), first page | {:.0f} | | |\n", scope, scopedCount,
                             scopedList);
    std::cout << fmt::format("| review list of {}, next page (reused) | {:.2f} | | |\n", scope, scopedNextPage);
    std::cout << fmt::format("| review list of everyone ({} pairs), first page | {:.0f} | | |\n\n", wholeCount,
                             wholeList);
    std::cout << fmt::format("retyped records found with their birth date: {} of {}\n", foundDated, dated.size());
    std::cout << fmt::format("typed without a birth date, candidates offered: {} of {}\n", foundUndated,
                             undated.size());
    const bool met = d.p95 <= 5.0 && u.p95 <= 5.0 && f.p95 <= 5.0;
    std::cout << fmt::format("target: typing check p95 <= 5 ms: {}\n", met ? "met" : "NOT met");
    return met ? 0 : 3;
}

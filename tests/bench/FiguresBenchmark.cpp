// The figures of a region (the Beranda, the reports, `relawas-cli stats`) at scale: read from the village tallies, for
// all of Indonesia and for one kabupaten, against a count of the living people (the least any answer from the people
// themselves costs) and against counting the tallies from the people, measured in the same run on the same data.
// Also: counting every village again (after a new election day, once) and a registration, which counts its village.
// Usage: relawas-figures-benchmark [--people N] [--db PATH] [--rounds R]
// With --db PATH the database is kept and reused on the next run (generating a million people takes minutes).
#include "BenchTiming.h"
#include "DemoDatabase.h"
#include "core/base/Clock.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/people/VillageTally.h"
#include "core/reports/ScopeFigures.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

using namespace relawas::core;
using namespace relawas::bench;
using namespace std::chrono_literals;

namespace {

// The baseline: one count of the living people, what any figure counted from the people costs at the least.
long long countLivingPeople(Database& db)
{
    SQLite::Statement query(db.connection(), "SELECT count(*) FROM person WHERE deleted_at IS NULL");
    query.executeStep();
    return query.getColumn(0).getInt64();
}

// The village holding the most people, where a registration's recount costs the most.
std::string busiestVillage(Database& db)
{
    SQLite::Statement query(db.connection(), "SELECT village_code FROM person GROUP BY village_code ORDER BY "
                                             "count(*) DESC LIMIT 1");
    return query.executeStep() ? query.getColumn(0).getString() : std::string();
}

} // namespace

int main(int argc, char** argv)
{
    long long people = 1'000'000;
    int rounds = 20;
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
        dbPath = std::filesystem::temp_directory_path() / fmt::format("relawas-figures-bench-{}.db", people);
    }

    int exitCode = 0;
    {
        Database db(dbPath);
        fillWithDemoPeople(db, people);
        const Date today = todayUtc();
        const Date reference = 2029y / std::chrono::February / 14d;
        // A new election day: every village counted again, once.
        SettingsStore(db).setElectionDay(reference);
        const double recount = millisecondsOf([&] { refreshVillageTally(db, "benchmark"); });

        std::vector<double> everywhere;
        std::vector<double> kabupaten;
        std::vector<double> baseline;
        long long volunteers = 0;
        for (int round = 0; round < rounds; ++round) {
            everywhere.push_back(
                millisecondsOf([&] { volunteers = scopeFigures(db, "", today, reference).volunteers; }));
            kabupaten.push_back(millisecondsOf([&] { scopeFigures(db, "12.19", today, reference); }));
            baseline.push_back(millisecondsOf([&] { countLivingPeople(db); }));
        }
        const double counted = millisecondsOf([&] { countVillageTallies(db, "", reference); });

        // Registrations of a volunteer in the busiest village: each counts that village again before it commits.
        const std::string village = busiestVillage(db);
        PeopleService service(db, "benchmark");
        std::vector<double> registrations;
        for (int round = 0; round < rounds; ++round) {
            Person person;
            person.fullName = fmt::format("Relawan Uji {}", round + 1);
            person.gender = round % 2 == 0 ? Gender::Female : Gender::Male;
            person.birthDate = 1990y / std::chrono::May / 17d;
            person.villageCode = village;
            PersonRole role;
            role.kind = RoleKind::Relawan;
            role.scopeCode = village;
            registrations.push_back(millisecondsOf([&] { service.registerPerson(person, {role}); }));
        }
        std::vector<double> afterRegistering;
        for (int round = 0; round < 3; ++round) {
            afterRegistering.push_back(millisecondsOf([&] { scopeFigures(db, "", today, reference); }));
        }

        const Stats all = statsOf(everywhere);
        const Stats base = statsOf(baseline);
        std::cout << fmt::format("people: {} ({} volunteers on {})\nrounds: {}\n\n", PersonRepository(db).countLiving(),
                                 volunteers, formatIsoDate(reference), rounds);
        std::cout << "| measurement | median ms | p95 ms |\n|---|---:|---:|\n";
        std::cout << fmt::format("| figures of all of Indonesia, from the village tallies | {:.1f} | {:.1f} |\n",
                                 all.median, all.p95);
        std::cout << fmt::format("| figures of one kabupaten (12.19) | {:.1f} | {:.1f} |\n", statsOf(kabupaten).median,
                                 statsOf(kabupaten).p95);
        std::cout << fmt::format("| baseline: count(*) of the living people | {:.1f} | {:.1f} |\n", base.median,
                                 base.p95);
        std::cout << fmt::format("| the tallies counted from the people (no tallies kept) | {:.1f} | |\n", counted);
        std::cout << fmt::format("| every village counted again (a new election day) | {:.1f} | |\n", recount);
        std::cout << fmt::format("| a volunteer registered in the busiest village ({}) | {:.1f} | {:.1f} |\n", village,
                                 statsOf(registrations).median, statsOf(registrations).p95);
        std::cout << fmt::format("| figures of all of Indonesia after those registrations | {:.1f} | |\n\n",
                                 statsOf(afterRegistering).median);
        std::cout << fmt::format("figures vs one count of the people: {:.2f}x its time (median); vs counting from "
                                 "the people: {:.3f}x\n",
                                 all.median / base.median, all.median / counted);
        const bool met = all.p95 <= 200.0;
        std::cout << fmt::format("target: figures of all of Indonesia p95 <= 200 ms: {}\n", met ? "met" : "NOT met");
        exitCode = met ? 0 : 3;
    }
    if (temporary) {
        std::filesystem::remove(dbPath);
        std::filesystem::remove(dbPath.string() + "-wal");
        std::filesystem::remove(dbPath.string() + "-shm");
    }
    return exitCode;
}

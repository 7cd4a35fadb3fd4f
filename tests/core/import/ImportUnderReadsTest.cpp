// A clerk's import ran on the wizard's worker thread, on a connection of its own, while the roster behind the wizard
// kept reading through the main connection; once the program ended with "file is not a database". This runs that
// many times over with the real pieces: imports of real files on a worker, and on this thread the roster's counts,
// pages and searches, the duplicate check of the form, and a connection opened and closed as the review list does.
#include "ImportTestSupport.h"
#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/import/PeopleImport.h"
#include "core/people/duplicates/DuplicateFinder.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <exception>
#include <thread>

#include <fmt/format.h>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono;

namespace {

constexpr int kRounds = 12;
constexpr int kPeoplePerFile = 150;

// One file per round: people of Durian (Sei Balai) born in the round's year, so no round's people are anyone's
// probable duplicates, with NIKs that agree with their birth dates.
std::filesystem::path writeRound(const TempDir& dir, int round)
{
    static constexpr const char* kGiven[] = {"Andi",  "Budi", "Citra",   "Dedi",    "Eka",  "Fitri", "Gilang", "Hana",
                                             "Indra", "Joko", "Kartika", "Lestari", "Maya", "Nanda", "Oki"};
    static constexpr const char* kFamily[] = {"Lubis",   "Siregar", "Harahap", "Nasution", "Hasibuan",
                                              "Sitorus", "Tanjung", "Damanik", "Pohan",    "Ritonga"};
    std::vector<std::string> lines{"Nama;NIK;Jenis Kelamin;Tgl Lahir;Desa;Kecamatan"};
    for (int i = 0; i < kPeoplePerFile; ++i) {
        const int day = 1 + i % 28;
        const int month = 1 + (i / 28) % 12;
        const int year = 1970 + round;
        lines.push_back(fmt::format("{} {};121907{:02}{:02}{:02}{:04};L;{:02}/{:02}/{};Durian;Sei Balai",
                                    kGiven[i % 15], kFamily[(i / 15) % 10], day, month, year % 100,
                                    round * kPeoplePerFile + i + 1, day, month, year));
    }
    const auto file = dir / fmt::format("relawan-{}.csv", round);
    writeBytes(file, crlf(lines));
    return file;
}

} // namespace

TEST_CASE("Imports on a worker's own connection while the roster reads on the main one, many times, never fail",
          "[import][stress]")
{
    TempDir dir;
    const auto path = dir / "relawas.db";
    copyRealRegionDatabase(path);
    Database main(path);
    SettingsStore(main).setWorkingKabupaten("12.19");
    std::vector<std::filesystem::path> files;
    for (int round = 0; round < kRounds; ++round) {
        files.push_back(writeRound(dir, round));
    }

    std::atomic<bool> importing = true;
    std::exception_ptr workerFailure;
    std::size_t written = 0;
    std::thread worker([&] {
        try {
            for (const auto& file : files) {
                Database db(path, Database::Upgrade::No); // what the wizard's worker opens, each time
                ImportOptions options;
                options.actor = "clerk";
                options.today = 2026y / December / 3d;
                options.referenceDate = 2029y / February / 14d;
                PeopleImport import(db, file, options);
                const ImportReport report = import.run(import.mappingOrThrow());
                written += report.summary.written;
            }
        } catch (...) {
            workerFailure = std::current_exception();
        }
        importing = false;
    });

    std::exception_ptr readerFailure;
    int reads = 0;
    try {
        Person typed;
        typed.fullName = "Andi Lubis";
        typed.birthDate = 1971y / January / 1d;
        typed.villageCode = "12.19.07.2004";
        while (importing) {
            RosterFilter filter;
            filter.scopeCode = "12.19.07";
            filter.search = reads % 2 ? "lubis" : "";
            const RosterQuery roster(main);
            roster.count(filter);
            roster.page(filter, {}, 0, 50);
            DuplicateFinder(main).candidatesFor(typed);
            if (reads % 10 == 0) {
                Database other(path, Database::Upgrade::No); // as the review list and the export open theirs
                RosterQuery(other).count({});
            }
            ++reads;
        }
    } catch (...) {
        readerFailure = std::current_exception();
        importing = false;
    }
    worker.join();

    const auto describe = [](const std::exception_ptr& failure) -> std::string {
        try {
            std::rethrow_exception(failure);
        } catch (const std::exception& e) {
            return e.what();
        }
    };
    INFO("reads while importing: " << reads);
    if (workerFailure) {
        FAIL("the import failed: " << describe(workerFailure));
    }
    if (readerFailure) {
        FAIL("a read failed: " << describe(readerFailure));
    }
    CHECK(written == std::size_t(kRounds * kPeoplePerFile));
    CHECK(RosterQuery(main).count({}) == kRounds * kPeoplePerFile);
    CHECK(reads > 0);
}

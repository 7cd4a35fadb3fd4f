// Reports at scale, each timed as a whole relawas-cli process against the sqlite3 shell doing the plain version of the
// same work in the same run: `report export` of a kabupaten of N people against `sqlite3 -json` of the same tables,
// `report import` of that file into an empty database against the shell loading it with json_each into the same
// tables, and the same file imported again against that load.
// Usage: relawas-report-benchmark [--people N] [--workdir DIR] [--keep]
//   --people  people of Batu Bara in the report (default 1000000)
//   --workdir where the temporary folder goes (default the system's temp folder); --keep leaves it there.
#include "Workbench.h"
#include "core/regions/RegionDataLocation.h"

#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

using namespace relawas::bench;
namespace fs = std::filesystem;

namespace {

constexpr const char* kKabupaten = "12.19"; // Batu Bara

struct Options
{
    long long people = 1'000'000;
    fs::path workdir = fs::temp_directory_path();
    bool keep = false;
};

// The tables a report carries, as `sqlite3 -json` prints them: what the export is measured against.
constexpr const char* kExportBaseline = "SELECT * FROM kampung_programme WHERE deleted_at IS NULL ORDER BY uuid; "
                                        "SELECT * FROM person WHERE deleted_at IS NULL ORDER BY uuid; "
                                        "SELECT * FROM person_role WHERE deleted_at IS NULL ORDER BY uuid; "
                                        "SELECT * FROM training WHERE deleted_at IS NULL ORDER BY uuid; "
                                        "SELECT * FROM invitation WHERE deleted_at IS NULL ORDER BY uuid; "
                                        "SELECT * FROM attendance WHERE deleted_at IS NULL ORDER BY uuid; "
                                        "SELECT * FROM checkin_attempt ORDER BY uuid;";

// The plain load of a report: the shell reads the file with readfile(), walks its people and roles with json_each and
// writes the tables relawas writes (the person, its search index row, its role, the base of the next merge) in one
// transaction. No check of the digest, the signature or a single value: the least any import must do.
// `people` and `roles` name where json_each finds the records: "report, json_each(report.text, '$.content.people')".
constexpr const char* kMeta = "'$.uuid', '$.revision', '$.base_revision', '$.created_at', '$.created_by', "
                              "'$.updated_at', '$.updated_by'";

std::string loadPeople(const std::string& from)
{
    return fmt::format(R"sql(
INSERT INTO person (uuid, nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone, email,
    occupation, education, has_disability, disability_kind, target_groups, organisation, no_party_declared_on,
    consent_on, notes, revision, created_at, created_by, updated_at, updated_by)
SELECT p.value ->> 'uuid', p.value ->> 'nik', p.value ->> 'full_name', p.value ->> 'gender', p.value ->> 'birth_date',
    p.value ->> 'birth_place', p.value ->> 'village_code', p.value ->> 'dusun', p.value ->> 'rt', p.value ->> 'rw',
    p.value ->> 'phone', p.value ->> 'email', p.value ->> 'occupation', p.value ->> 'education',
    p.value ->> 'has_disability', p.value ->> 'disability_kind',
    (SELECT coalesce(group_concat(g.value, ' '), '') FROM json_each(p.value, '$.target_groups') AS g),
    p.value ->> 'organisation', p.value ->> 'no_party_declared_on', p.value ->> 'consent_on', p.value ->> 'notes',
    p.value ->> 'revision', p.value ->> 'created_at', p.value ->> 'created_by', p.value ->> 'updated_at',
    p.value ->> 'updated_by'
FROM {0} AS p;
)sql",
                       from);
}

std::string loadRoles(const std::string& from)
{
    return fmt::format(R"sql(
INSERT INTO person_role (uuid, person_uuid, role, scope_code, start_date, end_date, end_reason, revision, created_at,
    created_by, updated_at, updated_by)
SELECT r.value ->> 'uuid', r.value ->> 'person_uuid', r.value ->> 'role', r.value ->> 'scope_code',
    r.value ->> 'start_date', r.value ->> 'end_date', r.value ->> 'end_reason', r.value ->> 'revision',
    r.value ->> 'created_at', r.value ->> 'created_by', r.value ->> 'updated_at', r.value ->> 'updated_by'
FROM {0} AS r;
)sql",
                       from);
}

std::string loadBases(const std::string& table, const std::string& from)
{
    return fmt::format(R"sql(
INSERT INTO exchange_base (peer_id, uuid, record_table, revision, fields)
SELECT '00000000-0000-7000-8000-000000000000', b.value ->> 'uuid', '{0}', b.value ->> 'revision',
    json_remove(b.value, {1})
FROM {2} AS b;
)sql",
                       table, kMeta, from);
}

constexpr const char* kSearchRows =
    "INSERT INTO person_search (rowid, full_name, nik, phone) SELECT id, full_name, coalesce(nik, ''), phone FROM "
    "person;\n";

std::string importBaselineSql(const fs::path& report)
{
    const std::string people = "report, json_each(report.text, '$.content.people')";
    const std::string roles = "report, json_each(report.text, '$.content.roles')";
    return fmt::format("BEGIN;\nCREATE TEMP TABLE report AS SELECT readfile('{}') AS text;\n", report.string()) +
           loadPeople(people) + kSearchRows + loadRoles(roles) + loadBases("person", people) +
           loadBases("person_role", roles) + "COMMIT;\n";
}

// The sqlite3 shell holds a string of at most 1,000,000,000 bytes (SQLITE_MAX_LENGTH), less than a report of a
// million people. The load then reads the people and the roles from pieces of the report, each a JSON array of its
// records, cut before the clock starts; json_each parses each piece once for the records and once for the bases.
constexpr std::uintmax_t kShellLongestString = 1'000'000'000;
constexpr std::size_t kPieceBytes = std::size_t(256) << 20;

// The records of `member`, one a line in the file as relawas writes it, into JSON arrays of about kPieceBytes.
std::vector<fs::path> cutIntoPieces(const fs::path& report, const std::string& member, Workbench& bench)
{
    std::ifstream in(report);
    const std::string begins = "\"" + member + "\":[";
    std::vector<fs::path> pieces;
    std::ofstream out;
    std::size_t bytes = 0;
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        if (!inside) {
            inside = line == begins;
            continue;
        }
        // "{...}," or, the member's last record, "{...}],".
        const bool last = line.ends_with("],");
        line.resize(line.size() - (last ? 2 : 1));
        if (bytes == 0) {
            pieces.push_back(bench.file(fmt::format("{}-{}.json", member, pieces.size())));
            out.open(pieces.back());
            out << '[';
        } else {
            out << ',';
        }
        out << line;
        bytes += line.size();
        if (bytes >= kPieceBytes || last) {
            out << "]\n";
            out.close();
            bytes = 0;
        }
        if (last) {
            break;
        }
    }
    return pieces;
}

std::string importBaselineSqlInPieces(const std::vector<fs::path>& people, const std::vector<fs::path>& roles)
{
    std::string sql = "BEGIN;\n";
    const auto load = [&sql](const fs::path& piece, const std::string& records) {
        sql += fmt::format("CREATE TEMP TABLE piece AS SELECT readfile('{}') AS text;\n", piece.string()) + records +
               "DROP TABLE piece;\n";
    };
    const std::string from = "piece, json_each(piece.text)";
    for (const fs::path& piece : people) {
        load(piece, loadPeople(from) + loadBases("person", from));
    }
    sql += kSearchRows;
    for (const fs::path& piece : roles) {
        load(piece, loadRoles(from) + loadBases("person_role", from));
    }
    return sql + "COMMIT;\n";
}

long long peopleIn(const fs::path& db)
{
    SQLite::Database connection(db.string(), SQLite::OPEN_READONLY);
    return connection.execAndGet("SELECT count(*) FROM person WHERE deleted_at IS NULL").getInt64();
}

bool run(Workbench& bench, const Options& options)
{
    const std::string people = std::to_string(options.people);
    // Each laptop is a database of its own, with its own installation id and key.
    const auto init = [&bench](const fs::path& db) {
        bench.relawas(
            db, {"init", "--kabupaten", kKabupaten, "--regions", relawas::core::defaultRegionListPath().string()});
    };
    const fs::path empty = bench.file("empty.db");
    init(empty);
    std::cerr << fmt::format("generating {} people of {} (relawas-cli demo generate)...\n", people, kKabupaten);
    const fs::path source = bench.file("kecamatan.db");
    init(source);
    bench.relawas(source, {"demo", "generate", "--people", people, "--under", kKabupaten, "--seed", "20241206"});

    std::cerr << "exporting the report...\n";
    const fs::path report = bench.file("batu-bara.relawas.json");
    const ProcessRun exported =
        bench.relawas(source, {"report", "export", "--scope", kKabupaten, "-o", report.string()});
    std::cerr << "  the baseline: sqlite3 -json of the same tables\n";
    const ProcessRun exportedBaseline =
        bench.program({"sqlite3", "-json", source.string(), kExportBaseline}, bench.file("baseline.json"));
    fs::remove(bench.file("baseline.json"));
    std::cerr << fmt::format("  {:.0f} MB, {:.0f} bytes per person\n", double(fs::file_size(report)) / 1e6,
                             double(fs::file_size(report)) / double(options.people));

    std::cerr << "importing it into an empty database...\n";
    const fs::path district = bench.file("district.db");
    const fs::path baseline = bench.file("district-baseline.db");
    copyDatabase(empty, district);
    copyDatabase(empty, baseline);
    const ProcessRun imported = bench.relawas(district, {"report", "import", report.string(), "--trust-new"});
    std::cerr << "  relawas-cli: " << tailOf(bench.lastLog(), 2);
    std::string baselineSql;
    if (fs::file_size(report) < kShellLongestString) {
        std::cerr << "  the baseline: sqlite3 loads the file with json_each\n";
        baselineSql = importBaselineSql(report);
    } else {
        std::cerr << "  the baseline: sqlite3 loads the people and roles with json_each, in pieces of the file\n";
        baselineSql =
            importBaselineSqlInPieces(cutIntoPieces(report, "people", bench), cutIntoPieces(report, "roles", bench));
    }
    const ProcessRun importedBaseline = bench.sqlite(baseline, baselineSql);
    const long long relawasPeople = peopleIn(district);
    const long long baselinePeople = peopleIn(baseline);
    if (relawasPeople != options.people || baselinePeople != options.people) {
        throw std::runtime_error(fmt::format("{} people were to be imported, relawas wrote {} and the baseline {}",
                                             options.people, relawasPeople, baselinePeople));
    }
    std::cerr << "importing it again...\n";
    const ProcessRun again = bench.relawas(district, {"report", "import", report.string()});
    std::cerr << "  relawas-cli: " << tailOf(bench.lastLog(), 1);

    std::cout << fmt::format("report of {} people of kabupaten {}: {:.0f} MB\n\n", people, kKabupaten,
                             double(fs::file_size(report)) / 1e6);
    const bool met = printFigures({
        {fmt::format("`report import` of {} people into an empty database", people), imported, importedBaseline, 0.5,
         150.0},
        {"the same report imported again", again, importedBaseline, 0.25, 150.0},
        {fmt::format("`report export` of {} people", people), exported, exportedBaseline, 1.5, 0.0},
    });
    std::cout << fmt::format("\ntargets: {}\n", met ? "all met" : "NOT all met");
    return met;
}

} // namespace

int main(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (std::strcmp(argv[i], "--people") == 0 && hasValue) {
            options.people = std::stoll(argv[++i]);
        } else if (std::strcmp(argv[i], "--workdir") == 0 && hasValue) {
            options.workdir = argv[++i];
        } else if (std::strcmp(argv[i], "--keep") == 0) {
            options.keep = true;
        } else {
            std::cerr << "usage: relawas-report-benchmark [--people N] [--workdir DIR] [--keep]\n";
            return 2;
        }
    }
    return runOnWorkbench("relawas-report-benchmark", options.workdir, options.keep, RELAWAS_CLI,
                          [&options](Workbench& bench) { return run(bench, options); });
}

// What a report writes into the indexes: a report that fills the district's tables has their indexes built once at
// its end and the search index written in key order, with the same result as row by row; a report refused at its very
// end leaves every index as it was; and the search finds people under the names the latest report gave them.
#include "ErrorCodeOf.h"
#include "ImportFixture.h"
#include "core/base/NameOrder.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/sync/ReportImport.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::vector<std::string> indexDefinitions(Database& db)
{
    SQLite::Statement query(db.connection(), "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema "
                                             "WHERE type = 'index' ORDER BY name");
    std::vector<std::string> definitions;
    while (query.executeStep()) {
        definitions.push_back(query.getColumn(0).getString());
    }
    return definitions;
}

// The search index's row ids that hold `text` (a name, a NIK).
std::vector<long long> searchRowsOf(Database& db, const std::string& text)
{
    SQLite::Statement query(db.connection(), "SELECT rowid FROM person_search WHERE person_search MATCH ?");
    query.bind(1, "\"" + text + "\"");
    std::vector<long long> rows;
    while (query.executeStep()) {
        rows.push_back(query.getColumn(0).getInt64());
    }
    return rows;
}

// The key the search index must give each living person: their name's bucket above their id.
void checkEveryoneSearchable(Database& db)
{
    SQLite::Statement people(db.connection(),
                             "SELECT id, full_name, nik FROM person WHERE deleted_at IS NULL AND nik IS NOT NULL");
    int checked = 0;
    while (people.executeStep()) {
        const std::string name = people.getColumn(1).getString();
        const std::string nik = people.getColumn(2).getString();
        INFO(name);
        CHECK(searchRowsOf(db, nik) == std::vector<long long>{searchKey(name, people.getColumn(0).getInt64())});
        ++checked;
    }
    CHECK(checked >= 4);
}

ReportImportOptions withEveryIndexAside()
{
    ReportImportOptions options;
    options.actor = "koordinator.kabupaten";
    options.trustNew = true;
    options.indexesAsideFrom = 1; // the fixture's few records stand for a kabupaten's million
    return options;
}

} // namespace

TEST_CASE("A report that fills the tables builds their indexes at its end; one refused at its end leaves them as they "
          "were",
          "[sync][import][indexes]")
{
    TwoLaptops t;
    const auto file = t.report(t.db, "sei-balai-1.relawas.json");
    const auto indexes = indexDefinitions(t.district);
    const std::string before = contentDump(t.district);

    // The digest is checked after the last record was merged: refused then, with the indexes set aside meanwhile.
    std::string text = fileText(file);
    const auto digest = text.find("\"digest\":{\"algorithm\":\"sha-256\",\"value\":\"");
    REQUIRE(digest != std::string::npos);
    char& first = text[text.find("value\":\"", digest) + 8];
    first = first == 'a' ? 'b' : 'a';
    const auto damaged = t.dir / "damaged.relawas.json";
    std::ofstream(damaged, std::ios::binary) << text;
    CHECK(errorCodeOf([&] { importReport(t.district, damaged, withEveryIndexAside()); }) == "report.digest_mismatch");
    CHECK(indexDefinitions(t.district) == indexes);
    CHECK((contentDump(t.district) == before));

    const ReportImportResult taken = importReport(t.district, file, withEveryIndexAside());
    CHECK(taken.status == ImportStatus::Merged);
    CHECK(taken.counts.added == 21);
    CHECK(indexDefinitions(t.district) == indexes);
    CHECK(t.district.connection().execAndGet("PRAGMA integrity_check").getString() == "ok");
    CHECK(PersonRepository(t.district).findByNik(t.siti.nik)->meta.uuid == t.siti.meta.uuid);
    checkEveryoneSearchable(t.district);
}

TEST_CASE("The search finds the people a report brings, and under the name the next report gives them",
          "[sync][import][indexes]")
{
    TwoLaptops t;
    REQUIRE(TwoLaptops::take(t.district, t.report(t.db, "sei-balai-1.relawas.json")).status == ImportStatus::Merged);
    checkEveryoneSearchable(t.district);
    CHECK(searchRowsOf(t.district, "Nasution").size() == 1);

    Person siti = *PersonRepository(t.db).find(t.siti.meta.uuid);
    siti.fullName = "Siti Aminah Harahap";
    PeopleService(t.db, "clerk").correct(siti);
    const ReportImportResult second = TwoLaptops::take(t.district, t.report(t.db, "sei-balai-2.relawas.json"));
    CHECK(second.counts.updated == 1);
    CHECK(searchRowsOf(t.district, "Nasution").empty());
    CHECK(searchRowsOf(t.district, "Harahap").size() == 1);
    checkEveryoneSearchable(t.district);
}

#pragma once

// Two databases that exchange reports: a kecamatan laptop (the founding Rakernis of ReportFixture.h) and the
// district's, each with its own installation id and key.

#include "RegionFixtures.h"
#include "ReportFixture.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/storage/Database.h"
#include "core/sync/ReportImport.h"

#include <filesystem>
#include <string>

namespace relawas::tests {

struct TwoLaptops : ExportedRakernis
{
    core::Database district{copyRealRegionDatabase(dir / "district.db")};

    // A full report of `from`'s scope 12.19, for `receiver` (an installation id, or empty: anyone).
    std::filesystem::path report(core::Database& from, const std::string& name, const std::string& receiver = "")
    {
        const auto path = dir / name;
        core::exportReport(from, {"12.19", path, name, "0.1.0", core::ReportKind::Full, receiver, "clerk"});
        return path;
    }

    static core::ReportImportResult take(core::Database& into, const std::filesystem::path& file, bool dryRun = false)
    {
        core::ReportImportOptions options;
        options.actor = "koordinator.kabupaten";
        options.trustNew = true;
        options.dryRun = dryRun;
        return core::importReport(into, file, options);
    }
};

// Corrects the living person of `uuid` in `db` with `change`, as a clerk of that laptop would.
template<typename Change>
core::Person corrected(core::Database& db, const std::string& uuid, Change&& change)
{
    core::Person person = *core::PersonRepository(db).find(uuid);
    change(person);
    return core::PeopleService(db, "clerk").correct(person);
}

} // namespace relawas::tests

#include "DemoDatabase.h"

#include "BenchTiming.h"
#include "core/demo/DemoPeople.h"
#include "core/people/PersonRepository.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <cstdint>
#include <iostream>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

namespace relawas::bench {

void fillWithDemoPeople(core::Database& db, long long people)
{
    using namespace relawas::core;
    if (!RegionRepository(db).currentCodeList()) {
        importRegionList(db, readRegionList(defaultRegionListPath()));
    }
    const long long have = PersonRepository(db).countLiving();
    if (have >= people) {
        return;
    }
    std::cerr << fmt::format("generating {} people over all of Indonesia...\n", people - have);
    DemoOptions options;
    options.people = people - have;
    options.seed = 20241127 + std::uint64_t(have);
    const double ms = millisecondsOf([&] { generateDemoPeople(db, options); });
    std::cerr << fmt::format("  done in {:.0f} s\n", ms / 1000.0);
    db.connection().exec("ANALYZE");
}

} // namespace relawas::bench

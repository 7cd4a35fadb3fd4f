#include "FuzzRegions.h"

#include "FuzzSupport.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/storage/Database.h"

#include <filesystem>
#include <memory>

namespace relawas::fuzz {

namespace {

struct RealRegions
{
    std::unordered_set<std::string> codes;
    std::unique_ptr<core::VillageResolver> batuBara;
};

RealRegions loadRealRegions()
{
    // The list itself is dropped once read: only its codes and one kabupaten's names are kept.
    core::RegionList list = core::readRegionList(core::defaultRegionListPath());
    RealRegions regions;
    for (const auto& entry : list.entries) {
        regions.codes.insert(entry.region.code);
    }
    // Only the province and the kabupaten go into the database: the resolver reads nothing else, and importing all
    // 91,599 regions under the sanitizers would make every run start late.
    std::erase_if(list.entries, [](const core::RegionList::Entry& entry) {
        const std::string& code = entry.region.code;
        return code != "12" && code != "12.19" && !code.starts_with("12.19.");
    });
    const std::filesystem::path file = scratchFolder() / "regions.db";
    {
        core::Database db(file);
        core::importRegionList(db, list);
        regions.batuBara = std::make_unique<core::VillageResolver>(db, "12.19");
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        std::error_code ignored;
        std::filesystem::remove(file.string() + suffix, ignored);
    }
    return regions;
}

const RealRegions& realRegions()
{
    static const RealRegions regions = loadRealRegions();
    return regions;
}

} // namespace

const std::unordered_set<std::string>& realRegionCodes()
{
    return realRegions().codes;
}

const core::VillageResolver& batuBaraResolver()
{
    return *realRegions().batuBara;
}

} // namespace relawas::fuzz

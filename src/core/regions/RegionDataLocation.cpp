#include "core/regions/RegionDataLocation.h"

#include "core/BuildInfo.h"

#include <cstdlib>
#include <system_error>

namespace relawas::core {

std::filesystem::path defaultRegionListPath()
{
    namespace fs = std::filesystem;
    if (const char* fromEnvironment = std::getenv("RELAWAS_REGION_DATA"); fromEnvironment && *fromEnvironment) {
        return fromEnvironment;
    }
    std::error_code ec;
    const fs::path executable = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const fs::path installed = executable.parent_path().parent_path() / "share" / "relawas" / "idn-area-data";
        if (fs::exists(installed / "package.json", ec)) {
            return installed;
        }
    }
    return build::kRegionDataDir;
}

} // namespace relawas::core

#pragma once

#include <filesystem>

namespace relawas::core {

// Where the bundled idn-area-data package is: $RELAWAS_REGION_DATA if set, else share/relawas/idn-area-data next to
// an installed program, else the folder the build was configured with.
std::filesystem::path defaultRegionListPath();

} // namespace relawas::core

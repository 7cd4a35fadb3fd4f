#pragma once

#include "core/base/Progress.h"
#include "core/regions/Region.h"

#include <filesystem>
#include <string>
#include <vector>

namespace relawas::core {

// A complete region code list read from disk and checked, before anything is written to a database.
struct RegionList
{
    struct Entry
    {
        Region region;
        std::string file; // file name, for messages
        std::size_t line; // 1-based line in that file
    };

    std::string name;    // "idn-area-data", or the CSV's file name
    std::string version; // the package version, or a digest of the CSV
    std::string source;  // the folder or file it was read from
    std::vector<Entry> entries;
};

// Reads either the idn-area-data package folder (package.json and data/{provinces,regencies,districts,villages}.csv)
// or a single CSV with the header `code,name,level,parent_code`. The list must stand on its own: a bad or zero
// code, a level or parent that contradicts the code, a parent missing from the list, a duplicate code, a missing
// file or a short row is refused with an Error naming the file and line.
RegionList readRegionList(const std::filesystem::path& path, const Progress& progress = {});

} // namespace relawas::core

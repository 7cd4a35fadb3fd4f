#pragma once

#include "core/regions/RegionList.h"

#include <filesystem>
#include <string>

namespace relawas::core {
class Database;
}

namespace relawas::tests {

void writeText(const std::filesystem::path& file, const std::string& text);

// The files of an idn-area-data package folder, small enough to read at a glance in a test.
struct PackageFiles
{
    std::string version = "1.0.0";
    std::string provinces;
    std::string regencies;
    std::string districts;
    std::string villages;
};

// A corner of Kabupaten Batu Bara as the package ships it: two kecamatan, a kelurahan, and a village called Durian
// in each kecamatan. Eight regions; villages.csv holds its four villages on lines 2 to 5.
PackageFiles batuBaraPackage();

// Writes package.json and data/*.csv into `folder` and returns the folder.
std::filesystem::path writePackage(const std::filesystem::path& folder, const PackageFiles& files);

// The real idn-area-data list (RELAWAS_REGION_DATA), read once per test run.
const core::RegionList& realRegionList();

// Puts a database holding the real list at `file` and returns it. The list is imported once per test run into a
// template file; every caller gets a copy of that file, which is far quicker than importing 91,599 rows again.
std::filesystem::path copyRealRegionDatabase(const std::filesystem::path& file);

// Every row of every table in a stable order: two dumps are equal exactly when the stored content is.
std::string contentDump(core::Database& db);

} // namespace relawas::tests

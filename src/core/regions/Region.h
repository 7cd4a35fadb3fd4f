#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

enum class RegionLevel
{
    Provinsi,
    Kabupaten,
    Kota,
    Kecamatan,
    Desa,
    Kelurahan
};

inline constexpr RegionLevel kAllRegionLevels[] = {RegionLevel::Provinsi, RegionLevel::Kabupaten,
                                                   RegionLevel::Kota,     RegionLevel::Kecamatan,
                                                   RegionLevel::Desa,     RegionLevel::Kelurahan};

struct Region
{
    std::string code;
    std::string name;
    RegionLevel level = RegionLevel::Provinsi;
    std::string parentCode; // empty for a provinsi
    bool retired = false;   // no longer in the code list the database uses
};

// The identifiers used in the database, the CLI and the reports: "provinsi", "kabupaten", ...
std::string_view regionLevelId(RegionLevel level);
std::optional<RegionLevel> regionLevelFromId(std::string_view id);

bool isVillageLevel(RegionLevel level);       // desa or kelurahan
bool isKabupatenKotaLevel(RegionLevel level); // kabupaten or kota

} // namespace relawas::core

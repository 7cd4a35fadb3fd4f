#include "core/regions/Region.h"

namespace relawas::core {

std::string_view regionLevelId(RegionLevel level)
{
    switch (level) {
    case RegionLevel::Provinsi:
        return "provinsi";
    case RegionLevel::Kabupaten:
        return "kabupaten";
    case RegionLevel::Kota:
        return "kota";
    case RegionLevel::Kecamatan:
        return "kecamatan";
    case RegionLevel::Desa:
        return "desa";
    case RegionLevel::Kelurahan:
        return "kelurahan";
    }
    return "provinsi";
}

std::optional<RegionLevel> regionLevelFromId(std::string_view id)
{
    for (const RegionLevel level : kAllRegionLevels) {
        if (regionLevelId(level) == id) {
            return level;
        }
    }
    return std::nullopt;
}

bool isVillageLevel(RegionLevel level)
{
    return level == RegionLevel::Desa || level == RegionLevel::Kelurahan;
}

bool isKabupatenKotaLevel(RegionLevel level)
{
    return level == RegionLevel::Kabupaten || level == RegionLevel::Kota;
}

} // namespace relawas::core

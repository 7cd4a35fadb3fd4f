#pragma once

#include "core/regions/Region.h"

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

// What the Kemendagri code itself says: `PP` provinsi, `PP.KK` kabupaten (01-69) or kota (71-99), `PP.KK.CC`
// kecamatan, `PP.KK.CC.NNNN` desa/kelurahan, where a serial starting with 1 is a kelurahan, 2 a desa and 3 a
// desa adat (counted as desa). A segment of zeros is never a real region.
struct RegionCodeInfo
{
    RegionLevel level;
    std::string parentCode; // empty for a provinsi
};

std::optional<RegionCodeInfo> parseRegionCode(std::string_view code);

} // namespace relawas::core

#include "core/regions/RegionCode.h"

#include <catch2/catch.hpp>

using namespace relawas::core;

namespace {
struct KnownCode
{
    std::string code;
    RegionLevel level;
    std::string parent;
};
} // namespace

TEST_CASE("A region code says its level and its parent", "[region-code]")
{
    const auto known = GENERATE(values<KnownCode>({
        {"11", RegionLevel::Provinsi, ""},                     // Aceh
        {"12.19", RegionLevel::Kabupaten, "12"},               // Kabupaten Batu Bara
        {"12.69", RegionLevel::Kabupaten, "12"},               // the last kabupaten number
        {"12.71", RegionLevel::Kota, "12"},                    // Kota Medan
        {"12.19.01", RegionLevel::Kecamatan, "12.19"},         // Medang Deras
        {"12.19.01.1001", RegionLevel::Kelurahan, "12.19.01"}, // Pangkalan Dodek
        {"12.19.01.2003", RegionLevel::Desa, "12.19.01"},      // Aek Nauli
        {"91.03.01.3007", RegionLevel::Desa, "91.03.01"},      // a desa adat in Papua counts as a desa
        {"12.71.01.1001", RegionLevel::Kelurahan, "12.71.01"}, // a kelurahan in a kota
    }));
    CAPTURE(known.code);

    const auto info = parseRegionCode(known.code);
    REQUIRE(info);
    CHECK(info->level == known.level);
    CHECK(info->parentCode == known.parent);
}

TEST_CASE("Text that is not a region code is refused", "[region-code]")
{
    const std::string text = GENERATE(as<std::string>{}, "",
                                      "1",               // one digit
                                      "123",             // three digits
                                      "12.",             // a dot with nothing after it
                                      "12.1",            // a short kabupaten segment
                                      "00",              // zeros are never a region
                                      "12.00",           // a kabupaten of zeros
                                      "12.19.00",        // a kecamatan of zeros
                                      "12.70",           // neither kabupaten (01-69) nor kota (71-99)
                                      "12.19.01.0001",   // a village serial starts with 1, 2 or 3
                                      "12.19.01.4001",   // 4 is no kind of village
                                      "12.19.01.20031",  // a five-digit serial
                                      "12.19.01.2003.1", // a fifth segment
                                      "1a.19",           // a letter
                                      " 12.19",          // a leading space
                                      "12.19 ",          // a trailing space
                                      "12-19",           // the wrong separator
                                      "12..19");         // an empty segment
    CAPTURE(text);

    CHECK_FALSE(parseRegionCode(text));
}

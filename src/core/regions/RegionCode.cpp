#include "core/regions/RegionCode.h"

#include <algorithm>
#include <array>

namespace relawas::core {

namespace {
bool allDigits(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool allZeros(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return c == '0'; });
}
} // namespace

std::optional<RegionCodeInfo> parseRegionCode(std::string_view code)
{
    static constexpr std::array<std::size_t, 4> widths{2, 2, 2, 4};
    std::array<std::string_view, 4> segments{};
    std::size_t count = 0;
    std::size_t pos = 0;
    while (true) {
        if (count == widths.size()) {
            return std::nullopt;
        }
        const std::size_t end = std::min(code.find('.', pos), code.size());
        const std::string_view segment = code.substr(pos, end - pos);
        if (segment.size() != widths[count] || !allDigits(segment) || allZeros(segment)) {
            return std::nullopt;
        }
        segments[count++] = segment;
        if (end == code.size()) {
            break;
        }
        pos = end + 1;
    }

    RegionCodeInfo info{RegionLevel::Provinsi, {}};
    if (count > 1) {
        info.parentCode = std::string(code.substr(0, code.rfind('.')));
    }
    switch (count) {
    case 1:
        info.level = RegionLevel::Provinsi;
        break;
    case 2:
        if (segments[1] == "70") {
            return std::nullopt; // 01-69 are kabupaten, 71-99 kota; 70 is neither
        }
        info.level = segments[1] > "70" ? RegionLevel::Kota : RegionLevel::Kabupaten;
        break;
    case 3:
        info.level = RegionLevel::Kecamatan;
        break;
    default:
        switch (segments[3][0]) {
        case '1':
            info.level = RegionLevel::Kelurahan;
            break;
        case '2':
        case '3':
            info.level = RegionLevel::Desa;
            break;
        default:
            return std::nullopt;
        }
    }
    return info;
}

} // namespace relawas::core

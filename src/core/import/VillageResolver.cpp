#include "core/import/VillageResolver.h"

#include "core/base/Error.h"
#include "core/import/sheet/CellValues.h"
#include "core/people/names/NameMatching.h"
#include "core/regions/RegionRepository.h"

#include <algorithm>
#include <array>
#include <span>

#include <fmt/format.h>

namespace relawas::core {

namespace {

using Prefixes = std::span<const std::string_view>;
constexpr std::array<std::string_view, 2> kKecamatanPrefixes = {"kecamatan", "kec"};
constexpr std::array<std::string_view, 4> kVillagePrefixes = {"desa", "kelurahan", "kel", "ds"};

// The folded name without a leading word that only says what kind of region it is.
std::string withoutPrefix(const std::string& folded, Prefixes prefixes)
{
    for (const auto prefix : prefixes) {
        if (folded.size() > prefix.size() + 1 && folded.starts_with(prefix) && folded[prefix.size()] == ' ') {
            return folded.substr(prefix.size() + 1);
        }
    }
    return folded;
}

std::vector<const Region*> matching(const std::vector<VillageResolver::NamedRegion>& regions, std::string_view name,
                                    Prefixes prefixes)
{
    const std::string folded = foldName(name);
    std::vector<const Region*> found;
    if (folded.empty()) {
        return found;
    }
    for (const auto& named : regions) {
        if (named.folded == folded) {
            found.push_back(&named.region);
        }
    }
    if (const std::string bare = withoutPrefix(folded, prefixes); found.empty() && bare != folded) {
        for (const auto& named : regions) {
            if (named.folded == bare) {
                found.push_back(&named.region);
            }
        }
    }
    return found;
}

std::string withoutSpaces(std::string text)
{
    std::erase(text, ' ');
    return text;
}

std::vector<VillageResolver::NamedRegion> named(std::vector<Region> regions)
{
    std::vector<VillageResolver::NamedRegion> result;
    result.reserve(regions.size());
    for (auto& region : regions) {
        std::string folded = foldName(region.name);
        result.push_back({std::move(folded), std::move(region)});
    }
    return result;
}

} // namespace

VillageResolver::VillageResolver(Database& db, const std::string& kabupatenCode)
{
    const RegionRepository regions(db);
    const auto kabupaten = regions.find(kabupatenCode);
    if (!kabupaten || !isKabupatenKotaLevel(kabupaten->level)) {
        throw Error(ErrorKind::UserInput, "region.unknown_code",
                    fmt::format("`{}` is not a kabupaten or kota of the current code list", kabupatenCode), "kabupaten",
                    {kabupatenCode});
    }
    m_kabupaten = *kabupaten;
    m_kecamatan = named(regions.children(kabupatenCode));
    for (const auto& kecamatan : m_kecamatan) {
        m_villages[kecamatan.region.code] = named(regions.children(kecamatan.region.code));
    }
}

VillageResolver::Lookup VillageResolver::findKecamatan(std::string_view name) const
{
    return {matching(m_kecamatan, name, kKecamatanPrefixes)};
}

VillageResolver::Lookup VillageResolver::findVillage(std::string_view name, const std::string& kecamatanCode) const
{
    const auto villages = m_villages.find(kecamatanCode);
    if (villages == m_villages.end()) {
        return {};
    }
    return {matching(villages->second, name, kVillagePrefixes)};
}

std::vector<const Region*> VillageResolver::villagesNamed(std::string_view name) const
{
    std::vector<const Region*> found;
    for (const auto& [code, villages] : m_villages) {
        for (const Region* village : matching(villages, name, kVillagePrefixes)) {
            found.push_back(village);
        }
    }
    return found;
}

std::vector<const Region*> VillageResolver::villagesLike(std::string_view name, const std::string& kecamatanCode) const
{
    const auto villages = m_villages.find(kecamatanCode);
    const std::string wanted = withoutSpaces(withoutPrefix(foldName(name), kVillagePrefixes));
    if (villages == m_villages.end() || wanted.size() < 4) {
        return {};
    }
    const int allowed = std::max<int>(1, int(wanted.size()) / 4);
    std::vector<std::pair<int, const Region*>> near;
    for (const auto& village : villages->second) {
        const int distance = editDistance(wanted, withoutSpaces(village.folded));
        if (distance <= allowed) {
            near.emplace_back(distance, &village.region);
        }
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Region*> found;
    for (std::size_t i = 0; i < near.size() && i < 3; ++i) {
        found.push_back(near[i].second);
    }
    return found;
}

const Region* VillageResolver::kecamatan(const std::string& code) const
{
    for (const auto& kecamatan : m_kecamatan) {
        if (kecamatan.region.code == code) {
            return &kecamatan.region;
        }
    }
    return nullptr;
}

} // namespace relawas::core

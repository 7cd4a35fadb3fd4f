#pragma once

#include "core/regions/Region.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;

// Finds kecamatan and villages of one kabupaten by the names people write, and never guesses: names repeat (Batu
// Bara has two Durian, in Medang Deras and Sei Balai), so a village is only looked up within its kecamatan.
// Names compare case-, space- and punctuation-insensitively, with or without a leading "Kecamatan"/"Kec." or
// "Desa"/"Kelurahan"/"Kel.". The regions are read once, when it is made (a few hundred per kabupaten).
class VillageResolver
{
public:
    VillageResolver(Database& db, const std::string& kabupatenCode);

    struct Lookup
    {
        std::vector<const Region*> matches; // none: unknown; two or more: ambiguous
    };

    Lookup findKecamatan(std::string_view name) const;
    Lookup findVillage(std::string_view name, const std::string& kecamatanCode) const;
    // Every village of the kabupaten with this name, in code order: the hint when a kecamatan is missing or wrong.
    std::vector<const Region*> villagesNamed(std::string_view name) const;

    // The villages of one kecamatan whose name is a slip of the pen away from this one ("Sukarame" for Suka Ramai:
    // spaces ignored, at most one edit per four letters), nearest first, at most three. Only ever a suggestion.
    std::vector<const Region*> villagesLike(std::string_view name, const std::string& kecamatanCode) const;

    const Region& kabupaten() const { return m_kabupaten; }
    const Region* kecamatan(const std::string& code) const;

    struct NamedRegion
    {
        std::string folded; // the name as foldName gives it
        Region region;
    };

private:
    Region m_kabupaten;
    std::vector<NamedRegion> m_kecamatan;
    std::map<std::string, std::vector<NamedRegion>> m_villages; // by kecamatan code
};

} // namespace relawas::core

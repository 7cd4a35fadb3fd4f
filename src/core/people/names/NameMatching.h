#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

// One part of a name as the matcher sees it.
struct NamePart
{
    std::string canonical; // lower case, no punctuation, abbreviations spelled out: "Muh." -> "muhammad"
    std::string key;       // canonical with spelling variants folded: "Rizky", "Rizqi", "RIZKI" -> "rizki"
    std::string looseKey;  // key without a final h after a vowel: "Aminah" and "Amina"
    bool initial = false;  // written as one letter ("A."): may stand for any name that starts with it
    bool common = false;   // so frequent (Muhammad, Siti, Nur, Abdul, Sri) that it says little on its own
};

// A full name prepared for comparison: parse once, compare many times.
struct NameKey
{
    std::vector<NamePart> parts;
    std::string joined; // the keys of all parts without spaces, for "Nurhidayah" / "Nur Hidayah"
};

// Reads an Indonesian name: case, spacing and punctuation are ignored; apostrophes vanish (Ja'far, Ja’far, Jafar);
// degrees after a comma and leading titles (H., Hj., Dr., Drs., Ir., Prof.) and the particles br./boru/bin/binti are
// dropped; "M." / "Muh." / "Moh." / "Mhd." / "Muhammad" / "Mohammad" / "Muhamad" are one part, as are "Nur" / "Nurul",
// "Siti" / "St." and "Abd." / "Abdul". Keys fold the old spellings (oe, dj, tj, sj, ch), y/i, q/k, kh/h, dh/d,
// th/t, ph/f, sy/s, a final ie/i, d/t and b/p, doubled letters, and "Abdurrahman" into "Abdulrahman".
NameKey nameKey(std::string_view fullName);

// The canonical parts joined by single spaces: "M. Rizky" -> "muhammad rizky". For showing what was compared.
std::string canonicalName(std::string_view fullName);

// How alike two names are, 0 to 100. 100: the same name up to case, spacing, punctuation and the abbreviations above;
// 90s: spelling variants (Rizky / Rizki), a reordering (Nasution Ahmad / Ahmad Nasution) or an initial (A. / Ahmad);
// 80s: one typo in a long part; 70s and below: a part missing (Dewi / Dewi Sartika), a different name
// (Sri Wahyuni / Sri Wahyudi: one letter, but another name) or a one-letter change in a short part.
int nameSimilarity(const NameKey& a, const NameKey& b);
int nameSimilarity(std::string_view a, std::string_view b);

// Damerau–Levenshtein distance (optimal string alignment) between byte strings.
int editDistance(std::string_view a, std::string_view b);

// Hashes that two names share whenever a part of one is within one edit of a part of the other (parts as common as
// Muhammad or Siti count only in names that have nothing else), or the two spelled without spaces are: comparing only
// names that share a hash finds the pairs alike 70 or more among many without comparing every two. Names with an
// initial have no hash for it: compare those with all.
std::vector<std::uint64_t> nameBlockingKeys(const NameKey& key);
bool hasInitial(const NameKey& key);

} // namespace relawas::core

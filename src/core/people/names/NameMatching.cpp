#include "core/people/names/NameMatching.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <tuple>

namespace relawas::core {

namespace {

using namespace std::string_view_literals;

// ---- Reading the text ----------------------------------------------------------------------------------------------

struct CodePoint
{
    char32_t value;
    std::size_t length; // bytes; 0 for a malformed byte, which is skipped
};

CodePoint decodeUtf8(std::string_view text, std::size_t at)
{
    const auto byte = [&text](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        return {lead, 1};
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || at + length > text.size()) {
        return {0, 0};
    }
    char32_t value = lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xC0) != 0x80) {
            return {0, 0};
        }
        value = (value << 6) | (byte(at + i) & 0x3F);
    }
    return {value, length};
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'`' || c == U'\u00B4' || c == U'\u2018' || c == U'\u2019' || c == U'\u02BC' ||
           c == U'\u02BB' || c == U'\u2032';
}

// Latin-1 letters without their accents (André, Zoë); × and ÷ separate words before they get here.
std::string_view latin1Base(char32_t c)
{
    static constexpr std::array<std::string_view, 64> kBase{
        "a"sv, "a"sv, "a"sv, "a"sv, "a"sv,  "a"sv,  "ae"sv, "c"sv, "e"sv, "e"sv, "e"sv,  "e"sv, "i"sv,
        "i"sv, "i"sv, "i"sv, "d"sv, "n"sv,  "o"sv,  "o"sv,  "o"sv, "o"sv, "o"sv, ""sv,   "o"sv, "u"sv,
        "u"sv, "u"sv, "u"sv, "y"sv, "th"sv, "ss"sv, "a"sv,  "a"sv, "a"sv, "a"sv, "a"sv,  "a"sv, "ae"sv,
        "c"sv, "e"sv, "e"sv, "e"sv, "e"sv,  "i"sv,  "i"sv,  "i"sv, "i"sv, "d"sv, "n"sv,  "o"sv, "o"sv,
        "o"sv, "o"sv, "o"sv, ""sv,  "o"sv,  "u"sv,  "u"sv,  "u"sv, "u"sv, "y"sv, "th"sv, "y"sv};
    return kBase[c - 0xC0];
}

bool separatesWords(char32_t c)
{
    return c == 0xA0 || (c >= 0x2000 && c <= 0x206F) || c == 0x3000 || (c >= 0x80 && c < 0xC0) || c == 0xD7 ||
           c == 0xF7;
}

// Lower-case words: letters and digits; apostrophes join, everything else separates. Other scripts stay as they are.
std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> result;
    std::string word;
    const auto endWord = [&] {
        if (!word.empty()) {
            result.push_back(std::move(word));
            word.clear();
        }
    };
    for (std::size_t at = 0; at < text.size();) {
        const CodePoint cp = decodeUtf8(text, at);
        if (cp.length == 0) {
            endWord();
            ++at;
            continue;
        }
        const char32_t c = cp.value;
        if (isApostrophe(c)) {
            // Joins: Ja'far is Jafar.
        } else if (c >= 'A' && c <= 'Z') {
            word += char(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            word += char(c);
        } else if (c < 0x80 || separatesWords(c)) {
            endWord();
        } else if (c >= 0xC0 && c <= 0xFF) {
            word += latin1Base(c);
        } else {
            word.append(text.substr(at, cp.length));
        }
        at += cp.length;
    }
    endWord();
    return result;
}

// ---- Spelling keys -------------------------------------------------------------------------------------------------

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Folds the spellings Indonesian names are written in interchangeably: the old spelling (Soekarno, Djoko, Tjipto,
// Sjahrul, Achmad, Fitrie), sy and s, y and i, q and k, kh and h, dh and d, th and t, ph and f, doubled letters, a
// final d or b said as t or p (Rahmad / Rahmat, Ya'qub / Yakup), and the assimilated "Abdur-", "Abdus-" of Arabic
// names.
std::string spellingKey(std::string_view word)
{
    std::string folded;
    folded.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        const char c = word[i];
        const char next = i + 1 < word.size() ? word[i + 1] : '\0';
        if (c == 'o' && next == 'e') {
            folded += 'u';
            ++i;
        } else if ((c == 'd' && next == 'j') || (c == 't' && next == 'j')) {
            folded += c == 'd' ? 'j' : 'c';
            ++i;
        } else if (c == 's' && (next == 'j' || next == 'y')) { // Sjahrul, Syahrul, Sahrul
            folded += 's';
            ++i;
        } else if ((c == 'c' || c == 'k') && next == 'h') {
            folded += 'h';
            ++i;
        } else if ((c == 'd' || c == 't' || c == 'p') && next == 'h') {
            folded += c == 'p' ? 'f' : c;
            ++i;
        } else if (c == 'q') {
            folded += 'k';
        } else if (c == 'y' && !folded.empty()) {
            folded += 'i';
        } else {
            folded += c;
        }
    }
    if (folded.size() > 6 && folded.compare(0, 4, "abdu") == 0 &&
        std::string_view("rsnzdt").find(folded[4]) != std::string_view::npos) {
        folded.insert(4, "l");
    }
    std::string key;
    key.reserve(folded.size());
    for (const char c : folded) {
        if (key.empty() || key.back() != c) {
            key += c;
        }
    }
    if (key.size() >= 4 && key.compare(key.size() - 2, 2, "ie") == 0) { // Fitrie
        key.pop_back();
    }
    if (key.size() >= 3 && (key.back() == 'd' || key.back() == 'b')) {
        key.back() = key.back() == 'd' ? 't' : 'p';
    }
    return key;
}

std::string looseKeyOf(const std::string& key)
{
    if (key.size() >= 4 && key.back() == 'h' && isVowel(key[key.size() - 2])) {
        return key.substr(0, key.size() - 1);
    }
    return key;
}

template<std::size_t N>
bool isOneOf(std::string_view word, const std::array<std::string_view, N>& list)
{
    return std::find(list.begin(), list.end(), word) != list.end();
}

constexpr std::array kMuhammadAbbreviations{"m"sv, "mhd"sv, "muh"sv, "moh"sv, "mohd"sv, "muhd"sv, "mhmd"sv};
constexpr std::array kTitles{"hj"sv,   "dr"sv, "drs"sv,  "dra"sv,    "ir"sv,
                             "prof"sv, "kh"sv, "haji"sv, "hajjah"sv, "hajah"sv};
constexpr std::array kParticles{"br"sv, "boru"sv, "bin"sv, "binti"sv};

// The family and clan names (marga) of North Sumatra as clerks shorten them on lists: "Siti Aminah Nst".
struct ClanAbbreviation
{
    std::string_view abbreviation;
    std::string_view clan;
};
constexpr std::array kClanAbbreviations{
    ClanAbbreviation{"nst", "nasution"}, ClanAbbreviation{"hrp", "harahap"},       ClanAbbreviation{"srg", "siregar"},
    ClanAbbreviation{"lbs", "lubis"},    ClanAbbreviation{"hsb", "hasibuan"},      ClanAbbreviation{"rkt", "rangkuti"},
    ClanAbbreviation{"dly", "daulay"},   ClanAbbreviation{"plg", "pulungan"},      ClanAbbreviation{"tnj", "tanjung"},
    ClanAbbreviation{"dmk", "damanik"},  ClanAbbreviation{"smb", "sembiring"},     ClanAbbreviation{"psb", "pasaribu"},
    ClanAbbreviation{"strs", "sitorus"}, ClanAbbreviation{"smjtk", "simanjuntak"}, ClanAbbreviation{"rtg", "ritonga"},
    ClanAbbreviation{"btb", "batubara"}, ClanAbbreviation{"pnj", "panjaitan"},     ClanAbbreviation{"sgl", "sagala"},
};

std::optional<std::string_view> clanOf(std::string_view word)
{
    for (const auto& [abbreviation, clan] : kClanAbbreviations) {
        if (word == abbreviation) {
            return clan;
        }
    }
    return std::nullopt;
}

NamePart partOf(const std::string& word)
{
    static const std::array kMuhammadKeys{spellingKey("muhammad"), spellingKey("mohammad"), spellingKey("muhammed"),
                                          spellingKey("mohammed")};
    NamePart part;
    part.initial = word.size() == 1;
    part.key = spellingKey(word);
    const auto becomes = [&part](std::string_view canonical) {
        part.canonical = canonical;
        part.key = spellingKey(canonical);
        part.common = true;
    };
    if (isOneOf(word, kMuhammadAbbreviations) ||
        std::find(kMuhammadKeys.begin(), kMuhammadKeys.end(), part.key) != kMuhammadKeys.end()) {
        becomes("muhammad");
    } else if (part.key == "nur" || part.key == "nurul" || part.key == "nor") {
        becomes("nur");
    } else if (word == "st" || part.key == "siti") {
        becomes("siti");
    } else if (word == "abd" || part.key == "abdul") {
        becomes("abdul");
    } else if (part.key == "sri") {
        becomes("sri");
    } else if (const auto clan = clanOf(word)) {
        // A clan name is as telling written short as written out: not a common part.
        part.canonical = *clan;
        part.key = spellingKey(*clan);
    } else {
        part.canonical = word;
    }
    part.looseKey = looseKeyOf(part.key);
    return part;
}

// ---- Edit distance -------------------------------------------------------------------------------------------------

// Optimal string alignment with the given costs, on two rows and the one before, kept on the stack for names. Stops
// early with a cost above `limit` once no alignment can stay within it.
int alignmentCost(std::string_view a, std::string_view b, int change, int swap,
                  int limit = std::numeric_limits<int>::max() - 1)
{
    if (a.size() < b.size()) {
        std::swap(a, b);
    }
    const std::size_t m = b.size();
    if (m == 0 || int(a.size() - m) * change > limit) {
        return std::min(int(a.size() - m) * change, limit + 1);
    }
    constexpr std::size_t kStack = 96;
    std::array<int, 3 * kStack> stack; // not cleared: every cell read was written first
    std::vector<int> heap;
    int* rows = stack.data();
    if (m + 1 > kStack) {
        heap.resize(3 * (m + 1));
        rows = heap.data();
    }
    int* twoBack = rows;
    int* previous = rows + (m + 1);
    int* current = rows + 2 * (m + 1);
    for (std::size_t j = 0; j <= m; ++j) {
        previous[j] = int(j) * change;
    }
    int previousLeast = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = int(i) * change;
        int least = current[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : change);
            int best = std::min({previous[j] + change, current[j - 1] + change, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                best = std::min(best, twoBack[j - 2] + swap);
            }
            current[j] = best;
            least = std::min(least, best);
        }
        // Every later cell grows from one of the last two rows.
        if (least > limit && previousLeast > limit) {
            return limit + 1;
        }
        previousLeast = least;
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

// In half letters: a swap of two neighbours ("Aminha") is the commonest typo and costs half a letter.
double typoDistance(std::string_view a, std::string_view b, int halfLetterLimit)
{
    return alignmentCost(a, b, 2, 1, halfLetterLimit) / 2.0;
}

// ---- Scoring -------------------------------------------------------------------------------------------------------

constexpr double kSameKey = 0.96;      // a spelling variant: Rizky / Rizki
constexpr double kSameLooseKey = 0.93; // Aminah / Amina
constexpr double kInitial = 0.8;       // A. / Ahmad
constexpr double kMostForTypos = 0.9;  // never more alike than a known variant
constexpr double kLeastForMatch = 0.5; // below this two parts are different names
constexpr double kPerEdit = 2.5;       // an edit costs 2.5 letters' worth: Wahyuni / Wahyudi are two names
constexpr double kPerJoinedEdit = 4.0; // stricter over the whole name, whose length hides a changed part
constexpr double kReordered = 0.95;    // Hasan Ahmad / Ahmad Hasan may be father and son
constexpr double kContainedFloor = 0.55;
constexpr double kContainedShare = 0.3;
constexpr double kFullContainedPart = 0.8;

double weightOf(const NamePart& part)
{
    if (part.common) {
        return 2;
    }
    if (part.initial) {
        return 1;
    }
    return double(std::max<std::size_t>(2, part.key.size()));
}

// 1 - perEdit * edits / length; 0 below `least`, which lets the distance stop early.
double editSimilarity(std::string_view a, std::string_view b, double perEdit, double least = 0)
{
    const double length = double(std::max(a.size(), b.size()));
    if (length == 0) {
        return 0;
    }
    const int limit = int(2 * (1 - least) * length / perEdit);
    const double similarity = 1.0 - perEdit * typoDistance(a, b, limit) / length;
    return similarity >= least ? similarity : 0;
}

double partSimilarity(const NamePart& a, const NamePart& b)
{
    if (a.canonical == b.canonical) {
        return 1;
    }
    if (a.key == b.key) {
        return kSameKey;
    }
    if (a.looseKey == b.looseKey) {
        return kSameLooseKey;
    }
    if (a.initial || b.initial) {
        if (a.initial && b.initial) {
            return 0;
        }
        return a.canonical.front() == b.canonical.front() ? kInitial : 0;
    }
    // As folded and as written: a typo can make or break a folded pair of letters (Pohan, Phoan -> foan).
    const double folded = editSimilarity(a.key, b.key, kPerEdit, kLeastForMatch);
    const double written = editSimilarity(a.canonical, b.canonical, kPerEdit, kLeastForMatch);
    return std::min(kMostForTypos, std::max(folded, written));
}

double joinedSimilarity(const NameKey& a, const NameKey& b)
{
    if (a.joined == b.joined) {
        return kSameKey;
    }
    return editSimilarity(a.joined, b.joined, kPerJoinedEdit);
}

std::uint64_t fnv1a(std::string_view text, std::size_t skip = std::string_view::npos)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != skip) {
            hash = (hash ^ static_cast<unsigned char>(text[i])) * 0x100000001b3ULL;
        }
    }
    return hash;
}

void addWithDeletions(std::vector<std::uint64_t>& keys, std::string_view text)
{
    keys.push_back(fnv1a(text));
    if (text.size() >= 4) {
        for (std::size_t i = 0; i < text.size(); ++i) {
            keys.push_back(fnv1a(text, i));
        }
    }
}

} // namespace

NameKey nameKey(std::string_view fullName)
{
    const auto comma = fullName.find(',');
    if (comma != std::string_view::npos && !words(fullName.substr(0, comma)).empty()) {
        fullName = fullName.substr(0, comma); // "Rahmat Hidayat, S.Pd., M.Si."
    }
    std::vector<std::string> raw = words(fullName);
    std::size_t first = 0;
    while (first < raw.size() && ((isOneOf(raw[first], kTitles) && raw.size() - first >= 2) ||
                                  (raw[first] == "h" && raw.size() - first >= 3))) {
        ++first;
    }
    NameKey key;
    for (std::size_t i = first; i < raw.size(); ++i) {
        if (isOneOf(raw[i], kParticles) && raw.size() - first >= 2) {
            continue;
        }
        key.parts.push_back(partOf(raw[i]));
        key.joined += key.parts.back().key;
    }
    return key;
}

std::string canonicalName(std::string_view fullName)
{
    std::string result;
    for (const NamePart& part : nameKey(fullName).parts) {
        result += (result.empty() ? "" : " ") + part.canonical;
    }
    return result;
}

int nameSimilarity(const NameKey& a, const NameKey& b)
{
    const std::size_t n = a.parts.size();
    const std::size_t m = b.parts.size();
    if (n == 0 || m == 0) {
        return 0;
    }

    // Order-insensitive: the best pairs first, each part used once.
    std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
    pairs.reserve(n * m);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < m; ++j) {
            if (const double s = partSimilarity(a.parts[i], b.parts[j]); s > 0) {
                pairs.emplace_back(s, i, j);
            }
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
    std::vector<int> partnerOfA(n, -1);
    std::vector<double> similarityOfA(n, 0);
    std::vector<bool> matchedB(m, false);
    double matched = 0;
    double total = 0;
    for (const auto& [s, i, j] : pairs) {
        if (partnerOfA[i] >= 0 || matchedB[j]) {
            continue;
        }
        partnerOfA[i] = int(j);
        similarityOfA[i] = s;
        matchedB[j] = true;
        const double weight = std::max(weightOf(a.parts[i]), weightOf(b.parts[j]));
        matched += weight * s;
        total += weight;
    }
    std::size_t matchedCount = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (partnerOfA[i] < 0) {
            total += weightOf(a.parts[i]);
        } else {
            ++matchedCount;
        }
    }
    for (std::size_t j = 0; j < m; ++j) {
        if (!matchedB[j]) {
            total += weightOf(b.parts[j]);
        }
    }
    double score = matched / total;

    if (matchedCount == n && n == m && !std::is_sorted(partnerOfA.begin(), partnerOfA.end())) {
        score *= kReordered;
    }
    // A name that is all of another's parts, and no more: "Dewi" in "Dewi Sartika". Maybe the same person, written
    // short; the more the longer name has besides, the less likely.
    if (n != m) {
        bool contained = true;
        if (n < m) {
            contained = std::all_of(similarityOfA.begin(), similarityOfA.end(),
                                    [](double s) { return s >= kFullContainedPart; });
        } else {
            for (std::size_t i = 0; i < n; ++i) {
                if (partnerOfA[i] >= 0 && similarityOfA[i] < kFullContainedPart) {
                    contained = false;
                }
            }
            contained = contained &&
                        std::all_of(matchedB.begin(), matchedB.end(), [](bool matchedPart) { return matchedPart; });
        }
        if (contained) {
            score = std::max(score, kContainedFloor + kContainedShare * score);
        }
        // Parts run together or split apart: "Nurhidayah" / "Nur Hidayah", "Abdurrahman" / "Abdul Rahman".
        score = std::max(score, joinedSimilarity(a, b));
    }
    return std::clamp(int(std::lround(score * 100)), 0, 100);
}

int nameSimilarity(std::string_view a, std::string_view b)
{
    return nameSimilarity(nameKey(a), nameKey(b));
}

int editDistance(std::string_view a, std::string_view b)
{
    return alignmentCost(a, b, 1, 1);
}

std::vector<std::uint64_t> nameBlockingKeys(const NameKey& key)
{
    // A part as common as Muhammad or Siti ties two names only when they have nothing else: "Siti" and "St.". Two
    // names that share one and nothing else are alike below 70 (Siti / Siti Aminah: 63).
    const bool onlyCommon = std::none_of(key.parts.begin(), key.parts.end(),
                                         [](const NamePart& part) { return !part.common && !part.initial; });
    std::vector<std::uint64_t> keys;
    for (const NamePart& part : key.parts) {
        if (part.initial && !part.common) {
            continue;
        }
        if (part.common) {
            if (onlyCommon) {
                keys.push_back(fnv1a(part.key));
            }
        } else {
            addWithDeletions(keys, part.key);
            if (part.canonical != part.key) {
                addWithDeletions(keys, part.canonical);
            }
        }
    }
    if (key.parts.size() > 1) {
        addWithDeletions(keys, key.joined);
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

bool hasInitial(const NameKey& key)
{
    return std::any_of(key.parts.begin(), key.parts.end(), [](const NamePart& part) { return part.initial; });
}

} // namespace relawas::core

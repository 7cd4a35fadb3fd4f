#include "core/people/duplicates/DuplicateFinder.h"

#include "core/base/NameOrder.h"
#include "core/base/TextUtil.h"
#include "core/people/names/NameMatching.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns =
    "id, uuid, full_name, coalesce(nik, ''), birth_date, coalesce(village_code, ''), coalesce(gender, ''), phone";

constexpr int kSameVillageBonus = 5;
// Born the same day in another kecamatan: most likely two people who share a name.
constexpr int kOtherKecamatanPenalty = 10;
// A name of one word, or of words as common as Muhammad or Siti ("Andi", "Siti Nur"), is shared by many born the same
// day: without the same village it says little.
constexpr int kThinNamePenalty = 15;
constexpr int kSamePhoneBonus = 5;
constexpr int kDifferentGenderPenalty = 20;
constexpr int kDifferentNikPenalty = 10;
constexpr int kNoBirthDatePenalty = 15;
// A name this much below the threshold can't reach it, whatever else the two records share.
constexpr int kMostBonus = kSameVillageBonus + kSamePhoneBonus;

// A village with more people than this is searched through the trigram index instead of read whole.
constexpr int kVillageReadWhole = 300;
// A shared office or family phone: the first ones are warning enough.
constexpr int kPhoneLimit = 50;
// Up to this many people of one birth date are compared each with each; more go through the blocking keys.
constexpr std::size_t kCompareAllBelow = 8;
// Rows fetched by id in one statement.
constexpr std::size_t kIdsPerQuery = 500;

struct Row
{
    long long id = 0;
    std::string uuid;
    std::string fullName;
    std::string nik;
    std::optional<Date> birthDate;
    std::string villageCode;
    std::string gender;
    std::string phone;
};

Row rowFrom(SQLite::Statement& q)
{
    Row row;
    row.id = q.getColumn(0).getInt64();
    row.uuid = q.getColumn(1).getString();
    row.fullName = q.getColumn(2).getString();
    row.nik = q.getColumn(3).getString();
    row.birthDate = optionalDate(q.getColumn(4));
    row.villageCode = q.getColumn(5).getString();
    row.gender = q.getColumn(6).getString();
    row.phone = q.isColumnNull(7) ? std::string() : q.getColumn(7).getString();
    return row;
}

Row rowOf(const Person& person)
{
    Row row;
    row.uuid = person.meta.uuid;
    row.fullName = person.fullName;
    row.nik = person.nik;
    row.birthDate = person.birthDate;
    row.villageCode = person.villageCode;
    row.gender = person.gender ? std::string(genderId(*person.gender)) : std::string();
    row.phone = person.phone;
    return row;
}

struct Judgement
{
    int score = 0;
    std::vector<std::string> reasons;
};

// At most one word that is neither an initial nor as common as Muhammad or Siti.
bool isThinName(const std::string& fullName)
{
    const NameKey key = nameKey(fullName);
    return std::count_if(key.parts.begin(), key.parts.end(), [](const NamePart& part) { return !part.initial; }) <= 1 ||
           std::none_of(key.parts.begin(), key.parts.end(),
                        [](const NamePart& part) { return !part.common && !part.initial; });
}

// The kecamatan of a village code ("12.19.07.2001" -> "12.19.07"), or empty.
std::string_view kecamatanOf(std::string_view villageCode)
{
    const auto last = villageCode.rfind('.');
    return villageCode.size() > 8 && last != std::string_view::npos ? villageCode.substr(0, last) : std::string_view{};
}

// Two records with alike names: what else speaks for or against their being one person. The same birth date and
// village weigh more than a common name: two Andi born the same day in two kecamatan are two people.
Judgement judgeSimilar(const Row& a, const Row& b, int nameScore, bool sameBirthDate)
{
    Judgement j;
    int score = nameScore;
    const bool bothPlaced = !a.villageCode.empty() && !b.villageCode.empty();
    const bool sameVillage = bothPlaced && a.villageCode == b.villageCode;
    if (sameBirthDate) {
        j.reasons.push_back(fmt::format("name {}% alike, same birth date", nameScore));
        if (sameVillage) {
            score += kSameVillageBonus;
            j.reasons.emplace_back("same village");
        } else if (bothPlaced && kecamatanOf(a.villageCode) != kecamatanOf(b.villageCode)) {
            score -= kOtherKecamatanPenalty;
            j.reasons.emplace_back("another kecamatan");
        }
        if (!sameVillage && isThinName(a.fullName) && isThinName(b.fullName)) {
            score -= kThinNamePenalty;
            j.reasons.emplace_back("common name");
        }
    } else {
        score -= kNoBirthDatePenalty;
        j.reasons.push_back(fmt::format("name {}% alike, same village, birth date unknown", nameScore));
    }
    if (!a.phone.empty() && a.phone == b.phone) {
        score += kSamePhoneBonus;
        j.reasons.emplace_back("same phone");
    }
    if (!a.gender.empty() && !b.gender.empty() && a.gender != b.gender) {
        score -= kDifferentGenderPenalty;
        j.reasons.emplace_back("different gender");
    }
    if (!a.nik.empty() && !b.nik.empty() && a.nik != b.nik) {
        score -= kDifferentNikPenalty;
        j.reasons.emplace_back("different NIK");
    }
    j.score = std::clamp(score, 0, 100);
    return j;
}

DuplicateCandidate candidateOf(const Row& row, DuplicateKind kind, int score, std::vector<std::string> reasons)
{
    return {row.uuid, row.fullName, row.nik, row.birthDate, row.villageCode, kind, score, std::move(reasons)};
}

int rankOf(DuplicateKind kind)
{
    switch (kind) {
    case DuplicateKind::SameNik:
        return 0;
    case DuplicateKind::SimilarName:
        return 1;
    case DuplicateKind::SamePhone:
        break;
    }
    return 2;
}

// The words of a name as the trigram index holds them, three characters or more.
std::vector<std::string> searchableWords(const std::string& typedName)
{
    const std::string fullName = withoutApostrophes(typedName);
    std::vector<std::string> result;
    std::string word;
    for (std::size_t i = 0; i <= fullName.size(); ++i) {
        const char c = i < fullName.size() ? fullName[i] : ' ';
        const bool inWord = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            (static_cast<unsigned char>(c) & 0x80) != 0;
        if (inWord) {
            word += c;
        } else {
            if (word.size() >= 3) {
                result.push_back(word);
            }
            word.clear();
        }
    }
    return result;
}

// The FTS5 query for the word of `fullName` that the fewest people's names contain, or empty.
std::string rarestWordQuery(SQLite::Database& db, const std::string& fullName)
{
    SQLite::Statement count(db, "SELECT count(*) FROM (SELECT 1 FROM person_search WHERE person_search MATCH ? "
                                "LIMIT 5000)");
    std::string best;
    long long fewest = 0;
    for (const std::string& word : searchableWords(fullName)) {
        const std::string query = "full_name : \"" + word + "\"";
        count.bind(1, query);
        count.executeStep();
        const long long found = count.getColumn(0).getInt64();
        count.reset();
        // A word nobody has may be the typo; the people to find share another one.
        if (found > 0 && (best.empty() || found < fewest)) {
            best = query;
            fewest = found;
        }
    }
    return best;
}

struct Found
{
    Row row;
    bool sameNik = false;
    bool samePhone = false;
    bool sameBirthDate = false;
    bool sameVillageUndated = false;
};

class FoundSet
{
public:
    std::vector<Found>& all() { return m_found; }

    Found& add(Row row)
    {
        const auto [at, added] = m_index.emplace(row.uuid, m_found.size());
        if (added) {
            m_found.push_back({std::move(row)});
        }
        return m_found[at->second];
    }

    template<typename Mark>
    void collect(SQLite::Statement& query, Mark mark)
    {
        while (query.executeStep()) {
            mark(add(rowFrom(query)));
        }
    }

private:
    std::vector<Found> m_found;
    std::unordered_map<std::string, std::size_t> m_index;
};

// People of the same village whose birth date can't be compared with the person's: all of them when the person has
// none, else those without one.
void collectVillage(SQLite::Database& db, const Person& person, FoundSet& found)
{
    const std::string undated = person.birthDate ? " AND birth_date IS NULL" : "";
    SQLite::Statement size(db, "SELECT count(*) FROM (SELECT 1 FROM person WHERE village_code = ? LIMIT ?)");
    size.bind(1, person.villageCode);
    size.bind(2, kVillageReadWhole + 1);
    size.executeStep();
    std::string sql = std::string("SELECT ") + kColumns +
                      " FROM person WHERE village_code = ? AND deleted_at IS NULL AND uuid <> ?" + undated;
    std::string words;
    if (size.getColumn(0).getInt() > kVillageReadWhole) {
        words = rarestWordQuery(db, person.fullName);
        if (words.empty()) {
            return;
        }
        sql += " AND id IN (SELECT rowid & " + std::to_string(kSearchKeyIdMask) +
               " FROM person_search WHERE person_search MATCH ?)";
    }
    SQLite::Statement query(db, sql);
    query.bind(1, person.villageCode);
    query.bind(2, person.meta.uuid);
    if (!words.empty()) {
        query.bind(3, words);
    }
    found.collect(query, [](Found& f) { f.sameVillageUndated = true; });
}

// Rows by id, a few hundred per statement.
std::unordered_map<long long, Row> rowsById(SQLite::Database& db, const std::vector<long long>& ids,
                                            const std::string& except = {})
{
    std::unordered_map<long long, Row> rows;
    for (std::size_t first = 0; first < ids.size(); first += kIdsPerQuery) {
        const std::size_t count = std::min(kIdsPerQuery, ids.size() - first);
        std::string placeholders;
        for (std::size_t i = 0; i < count; ++i) {
            placeholders += i == 0 ? "?" : ",?";
        }
        SQLite::Statement query(db, std::string("SELECT ") + kColumns + " FROM person WHERE id IN (" + placeholders +
                                        ") AND uuid <> ?");
        for (std::size_t i = 0; i < count; ++i) {
            query.bind(int(i) + 1, static_cast<int64_t>(ids[first + i]));
        }
        query.bind(int(count) + 1, except);
        while (query.executeStep()) {
            Row row = rowFrom(query);
            rows.emplace(row.id, std::move(row));
        }
    }
    return rows;
}

struct NamedId
{
    long long id;
    std::string fullName;
};

struct NamePair
{
    long long older;
    long long newer;
    int nameScore;
};

// Alike names among the people of one birth date: each with each when they are few, else each with those that share
// a blocking key (or have an initial, which has none).
void alikeOnOneDay(const std::vector<NamedId>& day, int least, std::vector<NamePair>& out)
{
    const std::size_t n = day.size();
    std::vector<NameKey> keys;
    keys.reserve(n);
    for (const NamedId& person : day) {
        keys.push_back(nameKey(person.fullName));
    }
    const auto compare = [&](std::size_t i, std::size_t j) {
        if (const int nameScore = nameSimilarity(keys[i], keys[j]); nameScore >= least) {
            out.push_back({std::min(day[i].id, day[j].id), std::max(day[i].id, day[j].id), nameScore});
        }
    };
    if (n <= kCompareAllBelow) {
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                compare(i, j);
            }
        }
        return;
    }

    std::vector<std::pair<std::uint64_t, std::size_t>> entries; // (hash, person), sorted: people sharing a hash adjoin
    std::vector<std::size_t> withInitial;
    for (std::size_t i = 0; i < n; ++i) {
        for (const std::uint64_t hash : nameBlockingKeys(keys[i])) {
            entries.emplace_back(hash, i);
        }
        if (hasInitial(keys[i])) {
            withInitial.push_back(i);
        }
    }
    std::sort(entries.begin(), entries.end());
    // Where each run of one hash ends, and where each person's entries are (grouped by person).
    std::vector<std::size_t> runEnd(entries.size());
    for (std::size_t k = entries.size(); k-- > 0;) {
        const bool runGoesOn = k + 1 < entries.size() && entries[k + 1].first == entries[k].first;
        runEnd[k] = runGoesOn ? runEnd[k + 1] : k + 1;
    }
    std::vector<std::size_t> firstOf(n + 1, 0);
    for (const auto& entry : entries) {
        ++firstOf[entry.second + 1];
    }
    std::partial_sum(firstOf.begin(), firstOf.end(), firstOf.begin());
    std::vector<std::size_t> positions(entries.size());
    std::vector<std::size_t> next(firstOf.begin(), firstOf.end() - 1);
    for (std::size_t k = 0; k < entries.size(); ++k) {
        positions[next[entries[k].second]++] = k;
    }

    // seenBy[j] == i: j was compared with i already (two names share many keys: a part and its deletions).
    std::vector<std::size_t> seenBy(n, n);
    const auto compareOnce = [&](std::size_t i, std::size_t j) {
        if (j > i && seenBy[j] != i) {
            seenBy[j] = i;
            compare(i, j);
        }
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (hasInitial(keys[i])) {
            for (std::size_t j = i + 1; j < n; ++j) {
                compareOnce(i, j);
            }
            continue;
        }
        for (const std::size_t j : withInitial) {
            compareOnce(i, j);
        }
        // Within a run, the people after i's own entry are the ones with a higher index.
        for (std::size_t k = firstOf[i]; k < firstOf[i + 1]; ++k) {
            for (std::size_t q = positions[k] + 1; q < runEnd[positions[k]]; ++q) {
                compareOnce(i, entries[q].second);
            }
        }
    }
}

} // namespace

DuplicateFinder::DuplicateFinder(Database& db)
    : m_db(db)
{}

std::vector<DuplicateCandidate> DuplicateFinder::candidatesFor(const Person& person, int threshold) const
{
    return translatingSqliteErrors("looking for duplicates", [&]() -> std::vector<DuplicateCandidate> {
        SQLite::Database& db = m_db.connection();
        const std::string living = " AND deleted_at IS NULL AND uuid <> ?";
        FoundSet found;
        const auto lookUp = [&](const std::string& where, const std::string& value, auto mark,
                                const std::string& limit = {}) {
            SQLite::Statement query(db,
                                    std::string("SELECT ") + kColumns + " FROM person WHERE " + where + living + limit);
            query.bind(1, value);
            query.bind(2, person.meta.uuid);
            found.collect(query, mark);
        };
        if (!person.nik.empty()) {
            lookUp("nik = ?", person.nik, [](Found& f) { f.sameNik = true; });
        }
        if (!person.phone.empty()) {
            // "phone <> ''" lets SQLite use the partial index person_by_phone.
            lookUp(
                "phone <> '' AND phone = ?", person.phone, [](Found& f) { f.samePhone = true; },
                fmt::format(" LIMIT {}", kPhoneLimit));
        }
        const NameKey key = nameKey(person.fullName);
        if (person.birthDate) {
            // The names first, which an index on (birth_date, full_name) holds without reading rows; then the few
            // alike.
            SQLite::Statement names(db, "SELECT id, full_name FROM person WHERE birth_date = ? AND deleted_at IS NULL");
            names.bind(1, formatIsoDate(*person.birthDate));
            std::vector<long long> alike;
            while (names.executeStep()) {
                if (nameSimilarity(key, nameKey(names.getColumn(1).getString())) >= threshold - kMostBonus) {
                    alike.push_back(names.getColumn(0).getInt64());
                }
            }
            for (auto& [id, row] : rowsById(db, alike, person.meta.uuid)) {
                found.add(std::move(row)).sameBirthDate = true;
            }
        }
        if (!person.villageCode.empty()) {
            collectVillage(db, person, found);
        }

        const Row self = rowOf(person);
        std::vector<DuplicateCandidate> candidates;
        for (const Found& f : found.all()) {
            const int nameScore = nameSimilarity(key, nameKey(f.row.fullName));
            if (f.sameNik) {
                candidates.push_back(candidateOf(f.row, DuplicateKind::SameNik, 100,
                                                 {"same NIK", fmt::format("name {}% alike", nameScore)}));
                continue;
            }
            if (f.sameBirthDate || f.sameVillageUndated) {
                Judgement judged = judgeSimilar(self, f.row, nameScore, f.sameBirthDate);
                if (judged.score >= threshold) {
                    candidates.push_back(
                        candidateOf(f.row, DuplicateKind::SimilarName, judged.score, std::move(judged.reasons)));
                    continue;
                }
            }
            if (f.samePhone) {
                candidates.push_back(candidateOf(f.row, DuplicateKind::SamePhone, nameScore,
                                                 {"same phone", fmt::format("name {}% alike", nameScore)}));
            }
        }
        std::sort(candidates.begin(), candidates.end(), [](const DuplicateCandidate& x, const DuplicateCandidate& y) {
            return std::tuple(rankOf(x.kind), -x.score, x.fullName, x.personUuid) <
                   std::tuple(rankOf(y.kind), -y.score, y.fullName, y.personUuid);
        });
        return candidates;
    });
}

const std::vector<DuplicateFinder::Pair>& DuplicateFinder::allPairs(const std::string& scopeCode, int threshold,
                                                                    const Progress& progress) const
{
    return translatingSqliteErrors("looking for duplicate pairs", [&]() -> const std::vector<Pair>& {
        SQLite::Database& db = m_db.connection();
        const long long changes = db.getTotalChanges();
        const long long dataVersion = db.execAndGet("PRAGMA data_version").getInt64();
        if (m_cache.scopeCode == scopeCode && m_cache.threshold == threshold && m_cache.changes == changes &&
            m_cache.dataVersion == dataVersion) {
            return m_cache.pairs;
        }

        // Alike names of one birth date first, from names and dates only; then the rows of those, to judge them whole.
        std::string sql =
            "SELECT id, full_name, birth_date FROM person WHERE deleted_at IS NULL AND birth_date IS NOT NULL";
        if (!scopeCode.empty()) {
            sql += " AND (village_code = ? OR (village_code > ? AND village_code < ?))";
        }
        SQLite::Statement query(db, sql + " ORDER BY birth_date");
        if (!scopeCode.empty()) {
            query.bind(1, scopeCode);
            query.bind(2, scopeCode + ".");
            query.bind(3, scopeCode + "/");
        }
        // Progress in days of birth: the list is read in that order, and the first and last day come from an index.
        SQLite::Statement span(db, "SELECT min(birth_date), max(birth_date) FROM person");
        span.executeStep();
        const auto dayNumber = [](const std::string& text) {
            const auto date = parseIsoDate(text);
            return date ? std::chrono::sys_days(*date).time_since_epoch().count() : 0;
        };
        const long long firstDay = span.getColumn(0).isNull() ? 0 : dayNumber(span.getColumn(0).getString());
        const long long lastDay = span.getColumn(1).isNull() ? 0 : dayNumber(span.getColumn(1).getString());
        const auto totalDays = std::size_t(lastDay - firstDay + 1);

        std::vector<NamePair> alike;
        std::vector<NamedId> day;
        std::string date;
        while (query.executeStep()) {
            if (query.getColumn(2).getString() != date) {
                alikeOnOneDay(day, threshold - kMostBonus, alike);
                day.clear();
                date = query.getColumn(2).getString();
                progress.step(std::size_t(std::clamp(dayNumber(date) - firstDay, 0LL, lastDay - firstDay)), totalDays);
            }
            day.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
        }
        alikeOnOneDay(day, threshold - kMostBonus, alike);
        progress.step(totalDays, totalDays);

        std::vector<long long> ids;
        for (const NamePair& pair : alike) {
            ids.push_back(pair.older);
            ids.push_back(pair.newer);
        }
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        const std::unordered_map<long long, Row> rows = rowsById(db, ids);
        std::vector<Pair> pairs;
        for (const NamePair& pair : alike) {
            const auto older = rows.find(pair.older);
            const auto newer = rows.find(pair.newer);
            if (older == rows.end() || newer == rows.end()) {
                continue; // removed by another window meanwhile
            }
            Judgement judged = judgeSimilar(older->second, newer->second, pair.nameScore, true);
            if (judged.score >= threshold) {
                pairs.push_back({candidateOf(older->second, DuplicateKind::SimilarName, judged.score, judged.reasons),
                                 candidateOf(newer->second, DuplicateKind::SimilarName, judged.score, judged.reasons),
                                 judged.score});
            }
        }
        std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
            return std::tuple(-x.score, x.a.fullName, x.a.personUuid, x.b.personUuid) <
                   std::tuple(-y.score, y.a.fullName, y.a.personUuid, y.b.personUuid);
        });
        m_cache = {scopeCode, threshold, changes, dataVersion, std::move(pairs)};
        return m_cache.pairs;
    });
}

std::vector<DuplicateFinder::Pair> DuplicateFinder::probablePairs(const std::string& scopeCode, int threshold,
                                                                  int offset, int limit, const Progress& progress) const
{
    const std::vector<Pair>& pairs = allPairs(scopeCode, threshold, progress);
    if (offset < 0 || limit <= 0 || std::size_t(offset) >= pairs.size()) {
        return {};
    }
    const auto first = pairs.begin() + offset;
    return {first, first + std::min<std::ptrdiff_t>(limit, pairs.end() - first)};
}

long long DuplicateFinder::probablePairCount(const std::string& scopeCode, int threshold,
                                             const Progress& progress) const
{
    return static_cast<long long>(allPairs(scopeCode, threshold, progress).size());
}

} // namespace relawas::core

#pragma once

#include "core/base/Clock.h"
#include "core/base/Progress.h"
#include "core/people/Person.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

enum class DuplicateKind
{
    SameNik,    // a hard duplicate: one NIK, one person
    SamePhone,  // a warning only: families share a phone
    SimilarName // a probable duplicate: the name alike and the same birth date (or the same village, no date)
};

struct DuplicateCandidate
{
    std::string personUuid;
    std::string fullName;
    std::string nik;
    std::optional<Date> birthDate;
    std::string villageCode;
    DuplicateKind kind = DuplicateKind::SimilarName;
    int score = 0;                    // 0-100: 100 for the same NIK; how alike the names are for the same phone
    std::vector<std::string> reasons; // English: "same NIK", "same phone", "name 92% alike, same birth date"
};

// Finds the people a record may duplicate, while a clerk types it and as a list for review. Candidates come from
// indexed lookups only (NIK, phone, birth date, village, the trigram index), so a handful of names are scored in C++
// however many people the database holds.
//
// Scoring a similar name (see nameSimilarity): the name's likeness, +3 for the same village, +5 for the same phone,
// -20 when both genders are known and differ (boy and girl twins: Wahyudi and Wahyuni), -10 when both NIKs are known
// and differ; -15 when a birth date is missing and only the village ties the two.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Database& db);

    // For a person being typed (meta.uuid empty) or an existing one (its own record is left out): living people
    // with the same NIK, the same phone (always listed, whatever the threshold), and similar names (score >=
    // threshold) with the same birth date, or in the same village when either birth date is unknown. Strongest first:
    // same NIK, then similar names, then shared phones; by score within each.
    std::vector<DuplicateCandidate> candidatesFor(const Person& person, int threshold = 80) const;

    // The "kemungkinan duplikat" list of a scope (a kabupaten, kecamatan or village code; empty for all): pairs of
    // living people with the same birth date whose names are alike (score >= threshold), highest score first, a pair
    // once. `a` is the older record. Paged: the list is computed once (a kabupaten in milliseconds, a million people
    // in seconds: run it off the UI thread the first time, with `progress`) and reused while the database is
    // unchanged. One finder per thread.
    struct Pair
    {
        DuplicateCandidate a, b;
        int score = 0;
    };
    std::vector<Pair> probablePairs(const std::string& scopeCode, int threshold, int offset, int limit,
                                    const Progress& progress = {}) const;
    long long probablePairCount(const std::string& scopeCode, int threshold, const Progress& progress = {}) const;

private:
    const std::vector<Pair>& allPairs(const std::string& scopeCode, int threshold, const Progress& progress) const;

    struct PairCache
    {
        std::string scopeCode;
        int threshold = 0;
        long long changes = -1;
        long long dataVersion = -1;
        std::vector<Pair> pairs;
    };

    Database& m_db;
    mutable PairCache m_cache;
};

} // namespace relawas::core

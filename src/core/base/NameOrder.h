#pragma once

#include <string>
#include <string_view>

namespace relawas::core {

// The roster's name order and the search index key that follows it.
//
// Names sort as SQLite's NOCASE collation sorts them (ASCII letters folded, then byte by byte), ties by id. The
// trigram index gives each living person the row id searchKey(name, id): the name's bucket (its first seven
// characters, five bits each) above the person's id. The index yields matches in row id order, so a search sorted by
// name reads its first page straight off the index, in order up to the bucket, instead of sorting every match.
//
// The bucket of each character is monotone in the folded character (end < control and space < punctuation < digits
// < other ASCII < a ... z < the rest), so a name that sorts before another never has a greater bucket.
// nameBucketSql() is the same function in SQL, for the triggers that keep the index; changing either needs a
// migration step that rebuilds the index.
inline constexpr int kSearchKeyIdBits = 24;
inline constexpr long long kSearchKeyIdMask = (1LL << kSearchKeyIdBits) - 1;
inline constexpr long long kMaxSearchablePersonId = kSearchKeyIdMask;

long long nameBucket(std::string_view name);
long long searchKey(std::string_view name, long long id);
constexpr long long bucketOfSearchKey(long long key)
{
    return key >> kSearchKeyIdBits;
}
constexpr long long personIdOfSearchKey(long long key)
{
    return key & kSearchKeyIdMask;
}

// nameBucket() as an SQL expression over `column` (e.g. "new.full_name").
std::string nameBucketSql(const std::string& column);

// Text that every name of `bucket` sorts at or after (lower) and at or before (upper), under NOCASE.
std::string nameBucketLowerBound(long long bucket);
std::string nameBucketUpperBound(long long bucket);

// The roster order: NOCASE, then id.
bool nameOrderLess(std::string_view nameA, long long idA, std::string_view nameB, long long idB);

} // namespace relawas::core

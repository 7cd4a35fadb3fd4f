#include "core/roster/NameOrderedSearch.h"

#include "core/base/NameOrder.h"

#include <algorithm>
#include <unordered_set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

struct NamedId
{
    long long id = 0;
    std::string name;
};

// The names of `ids`, a few hundred per statement.
std::vector<NamedId> withNames(SQLite::Database& db, const std::vector<long long>& ids)
{
    constexpr std::size_t kChunk = 500;
    std::vector<NamedId> named;
    named.reserve(ids.size());
    for (std::size_t first = 0; first < ids.size(); first += kChunk) {
        const std::size_t count = std::min(kChunk, ids.size() - first);
        std::string sql = "SELECT id, full_name FROM person WHERE id IN (?";
        for (std::size_t i = 1; i < count; ++i) {
            sql += ",?";
        }
        SQLite::Statement query(db, sql + ")");
        for (std::size_t i = 0; i < count; ++i) {
            query.bind(int(i) + 1, static_cast<int64_t>(ids[first + i]));
        }
        while (query.executeStep()) {
            named.push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString()});
        }
    }
    return named;
}

void sortByName(std::vector<NamedId>& rows, bool ascending)
{
    std::sort(rows.begin(), rows.end(), [ascending](const NamedId& a, const NamedId& b) {
        return ascending ? nameOrderLess(a.name, a.id, b.name, b.id) : nameOrderLess(b.name, b.id, a.name, a.id);
    });
}

// The first `wanted` of `matches` (all in `bucket`) in name order, walking the name index through the bucket.
std::vector<long long> walkBucket(SQLite::Database& db, long long bucket, const std::unordered_set<long long>& matches,
                                  bool ascending, std::size_t wanted)
{
    SQLite::Statement walk(db, ascending ? "SELECT id, full_name FROM person INDEXED BY person_by_name "
                                           "WHERE deleted_at IS NULL AND full_name >= ? COLLATE NOCASE "
                                           "ORDER BY full_name COLLATE NOCASE, id"
                                         : "SELECT id, full_name FROM person INDEXED BY person_by_name "
                                           "WHERE deleted_at IS NULL AND full_name <= ? COLLATE NOCASE "
                                           "ORDER BY full_name COLLATE NOCASE DESC, id DESC");
    walk.bind(1, ascending ? nameBucketLowerBound(bucket) : nameBucketUpperBound(bucket));
    std::vector<long long> ids;
    while (ids.size() < wanted && walk.executeStep()) {
        const long long id = walk.getColumn(0).getInt64();
        const long long walked = nameBucket(walk.getColumn(1).getText());
        if (walked != bucket) {
            if (ascending ? walked > bucket : walked < bucket) {
                break; // past the bucket
            }
            continue; // still before it: the bound is only a bound
        }
        if (matches.count(id) != 0) {
            ids.push_back(id);
        }
    }
    return ids;
}

} // namespace

std::vector<long long> searchIdsInNameOrder(SQLite::Database& db, const std::string& ftsExpression, bool ascending,
                                            long long offset, int limit, std::size_t bucketSortLimit)
{
    const auto wanted = static_cast<std::size_t>(offset + limit);
    SQLite::Statement matches(db, std::string("SELECT rowid FROM person_search WHERE person_search MATCH ? "
                                              "ORDER BY rowid ") +
                                      (ascending ? "ASC" : "DESC"));
    matches.bind(1, ftsExpression);
    // The matches of the buckets before the last one needed, and all matches of that last bucket.
    std::vector<long long> before;
    std::vector<long long> last;
    long long lastBucket = -1;
    while (matches.executeStep()) {
        const long long key = matches.getColumn(0).getInt64();
        const long long bucket = bucketOfSearchKey(key);
        if (bucket != lastBucket) {
            if (before.size() + last.size() >= wanted) {
                break;
            }
            before.insert(before.end(), last.begin(), last.end());
            last.clear();
            lastBucket = bucket;
        }
        last.push_back(personIdOfSearchKey(key));
    }

    std::vector<NamedId> sorted = withNames(db, before);
    sortByName(sorted, ascending);
    std::vector<long long> ids;
    ids.reserve(wanted);
    for (const auto& row : sorted) {
        ids.push_back(row.id);
    }
    const std::size_t fromLast = std::min(last.size(), wanted > ids.size() ? wanted - ids.size() : 0);
    if (last.size() <= bucketSortLimit) {
        std::vector<NamedId> lastSorted = withNames(db, last);
        sortByName(lastSorted, ascending);
        for (std::size_t i = 0; i < fromLast; ++i) {
            ids.push_back(lastSorted[i].id);
        }
    } else {
        const std::unordered_set<long long> inLast(last.begin(), last.end());
        const std::vector<long long> walked = walkBucket(db, lastBucket, inLast, ascending, fromLast);
        ids.insert(ids.end(), walked.begin(), walked.end());
    }
    if (ids.size() <= static_cast<std::size_t>(offset)) {
        return {};
    }
    return {ids.begin() + offset, ids.begin() + static_cast<std::ptrdiff_t>(std::min(ids.size(), wanted))};
}

} // namespace relawas::core

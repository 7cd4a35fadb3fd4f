#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace SQLite {
class Database;
}

namespace relawas::core {

// The ids of one page of search matches in the roster's name order (NOCASE, then id), read off the search index in
// key order (see NameOrder.h): every match of the buckets before the page's last one, sorted by name, then the last
// bucket's first few. Its names are sorted when they are few (up to `bucketSortLimit`), else the name index is walked
// through that bucket alone. So a page costs about as much as its own rows, however many people match.
std::vector<long long> searchIdsInNameOrder(SQLite::Database& db, const std::string& ftsExpression, bool ascending,
                                            long long offset, int limit, std::size_t bucketSortLimit = 400);

} // namespace relawas::core

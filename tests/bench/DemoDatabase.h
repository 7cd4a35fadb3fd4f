#pragma once

// A database of demo people over all of Indonesia for the benchmarks that run in-process: the official region list
// and, when it holds fewer, people generated until it holds `people` (a million take minutes; pass --db to keep them).

namespace relawas::core {
class Database;
}

namespace relawas::bench {

void fillWithDemoPeople(core::Database& db, long long people);

} // namespace relawas::bench

#pragma once

#include "core/base/Progress.h"

#include <cstddef>

namespace relawas::core {

class Database;
struct RegionList;

struct RegionImportResult
{
    std::size_t added = 0;   // codes the database did not have
    std::size_t changed = 0; // codes whose name (or level, or parent) the new list changes
    std::size_t unchanged = 0;
    std::size_t retired = 0; // codes the database has that the new list no longer holds
    long long codeListId = 0;
};

// Writes a checked list into the database in one transaction: adds new codes, updates names, marks codes the list
// dropped as retired (they are kept, since programme data may refer to them) and records the list's name and
// version. Programme data is never touched. On any failure, or on cancel, the database is left as it was.
RegionImportResult importRegionList(Database& db, const RegionList& list, const Progress& progress = {});

} // namespace relawas::core

#pragma once

#include "core/regions/Region.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

struct CodeListInfo
{
    long long id = 0;
    std::string name;
    std::string version;
    std::string source;
    long long regionCount = 0;
    std::string loadedAt;
};

struct RegionFilter
{
    std::string under;                // only regions below this code (not the code itself); empty: everywhere
    std::optional<RegionLevel> level; // only this level
    bool includeRetired = false;
};

// Read access to the region hierarchy. Everything is keyed on the code: names repeat, even within one kabupaten.
class RegionRepository
{
public:
    explicit RegionRepository(Database& db);

    std::optional<Region> find(const std::string& code) const;
    std::vector<Region> children(const std::string& parentCode) const;
    std::vector<Region> kabupatenKota() const;

    // Streams the regions matching `filter` in code order, so a national listing never sits in memory.
    void forEach(const RegionFilter& filter, const std::function<void(const Region&)>& visit) const;
    std::vector<Region> list(const RegionFilter& filter) const;

    // Counts the regions in the current list (not retired), per level; levels without regions count 0.
    std::map<RegionLevel, long long> countByLevel(const std::string& under = {}) const;
    long long countAll() const;
    std::optional<CodeListInfo> currentCodeList() const;

private:
    Database& m_db;
};

} // namespace relawas::core

#include "core/regions/RegionRepository.h"

#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "code, name, level, coalesce(parent_code, ''), retired_in IS NOT NULL";

Region regionFrom(SQLite::Statement& query)
{
    Region region;
    region.code = query.getColumn(0).getString();
    region.name = query.getColumn(1).getString();
    region.level = regionLevelFromId(query.getColumn(2).getString()).value_or(RegionLevel::Provinsi);
    region.parentCode = query.getColumn(3).getString();
    region.retired = query.getColumn(4).getInt() != 0;
    return region;
}

// The codes below `code` are exactly those between "code." and "code/" ('/' follows '.'), which the primary key
// answers as a range scan.
void bindUnder(SQLite::Statement& query, int first, const std::string& code)
{
    query.bind(first, code + ".");
    query.bind(first + 1, code + "/");
}

} // namespace

RegionRepository::RegionRepository(Database& db)
    : m_db(db)
{}

std::optional<Region> RegionRepository::find(const std::string& code) const
{
    return translatingSqliteErrors("reading a region", [&]() -> std::optional<Region> {
        // Every person and role written checks its region: the statement is prepared once.
        auto query = m_db.prepared(std::string("SELECT ") + kColumns + " FROM region WHERE code = ?");
        query->bind(1, code);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return regionFrom(*query);
    });
}

std::vector<Region> RegionRepository::children(const std::string& parentCode) const
{
    return translatingSqliteErrors("regions: children", [&]() -> std::vector<Region> {
        SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kColumns +
                                                       " FROM region WHERE parent_code = ? AND retired_in IS NULL "
                                                       "ORDER BY code");
        query.bind(1, parentCode);
        std::vector<Region> result;
        while (query.executeStep()) {
            result.push_back(regionFrom(query));
        }
        return result;
    });
}

std::vector<Region> RegionRepository::kabupatenKota() const
{
    return translatingSqliteErrors("regions: kabupaten kota", [&]() -> std::vector<Region> {
        SQLite::Statement query(m_db.connection(), std::string("SELECT ") + kColumns +
                                                       " FROM region WHERE level IN ('kabupaten', 'kota') "
                                                       "AND retired_in IS NULL ORDER BY code");
        std::vector<Region> result;
        while (query.executeStep()) {
            result.push_back(regionFrom(query));
        }
        return result;
    });
}

void RegionRepository::forEach(const RegionFilter& filter, const std::function<void(const Region&)>& visit) const
{
    translatingSqliteErrors("regions: for each", [&]() {
        std::string sql = std::string("SELECT ") + kColumns + " FROM region WHERE 1";
        if (!filter.under.empty()) {
            sql += " AND code > ? AND code < ?";
        }
        if (filter.level) {
            sql += " AND level = ?";
        }
        if (!filter.includeRetired) {
            sql += " AND retired_in IS NULL";
        }
        sql += " ORDER BY code";
        SQLite::Statement query(m_db.connection(), sql);
        int next = 1;
        if (!filter.under.empty()) {
            bindUnder(query, next, filter.under);
            next += 2;
        }
        if (filter.level) {
            query.bind(next, std::string(regionLevelId(*filter.level)));
        }
        while (query.executeStep()) {
            visit(regionFrom(query));
        }
    });
}

std::vector<Region> RegionRepository::list(const RegionFilter& filter) const
{
    return translatingSqliteErrors("regions: list", [&]() -> std::vector<Region> {
        std::vector<Region> result;
        forEach(filter, [&result](const Region& region) { result.push_back(region); });
        return result;
    });
}

std::map<RegionLevel, long long> RegionRepository::countByLevel(const std::string& under) const
{
    return translatingSqliteErrors("regions: count by level", [&]() -> std::map<RegionLevel, long long> {
        std::map<RegionLevel, long long> counts;
        for (const RegionLevel level : kAllRegionLevels) {
            counts[level] = 0;
        }
        std::string sql = "SELECT level, count(*) FROM region WHERE retired_in IS NULL";
        if (!under.empty()) {
            sql += " AND code > ? AND code < ?";
        }
        sql += " GROUP BY level";
        SQLite::Statement query(m_db.connection(), sql);
        if (!under.empty()) {
            bindUnder(query, 1, under);
        }
        while (query.executeStep()) {
            if (const auto level = regionLevelFromId(query.getColumn(0).getString())) {
                counts[*level] = query.getColumn(1).getInt64();
            }
        }
        return counts;
    });
}

long long RegionRepository::countAll() const
{
    return translatingSqliteErrors("regions: count all", [&]() -> long long {
        return m_db.connection().execAndGet("SELECT count(*) FROM region WHERE retired_in IS NULL").getInt64();
    });
}

std::optional<CodeListInfo> RegionRepository::currentCodeList() const
{
    return translatingSqliteErrors("regions: current code list", [&]() -> std::optional<CodeListInfo> {
        SQLite::Statement query(m_db.connection(), "SELECT id, name, version, source, region_count, loaded_at "
                                                   "FROM code_list ORDER BY id DESC LIMIT 1");
        if (!query.executeStep()) {
            return std::nullopt;
        }
        return CodeListInfo{query.getColumn(0).getInt64(),  query.getColumn(1).getString(),
                            query.getColumn(2).getString(), query.getColumn(3).getString(),
                            query.getColumn(4).getInt64(),  query.getColumn(5).getString()};
    });
}

} // namespace relawas::core

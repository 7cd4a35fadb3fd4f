#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

struct RosterFilter
{
    std::string scopeCode;        // a kabupaten, kecamatan or village: the people living there; empty: everyone
    std::optional<RoleKind> role; // held on the reference day (not ended before it)
    std::optional<TargetGroup> targetGroup;
    std::optional<Gender> gender;
    std::optional<int> minimumAge;
    std::optional<int> maximumAge;
    std::optional<bool> trained;     // true: attended at least one training; false: none yet
    Date referenceDate = todayUtc(); // ages are counted on this day (the election day), and roles held
    std::string search;              // part of a name, NIK or phone number
};

enum class RosterColumn
{
    Name,
    Nik,
    Gender,
    Age,
    Village,
    Kecamatan,
    Roles,
    Phone,
    Trainings
};

struct RosterSort
{
    RosterColumn column = RosterColumn::Name;
    bool ascending = true;
};

struct RosterRow
{
    long long id = 0;
    std::string uuid;
    std::string fullName;
    std::string nik;
    std::optional<Gender> gender;
    std::optional<Date> birthDate;
    std::string villageCode;
    std::string villageName;
    std::string kecamatanCode;
    std::string kecamatanName;
    std::string roles; // role ids, ", "-separated
    std::string phone;
    int trainings = 0; // distinct trainings attended, on any day
};

// The roster as pages of SQL: filters, search and sort all run in the database, so a million people never sit in
// memory. Names sort without regard to case (NameOrder.h). Search uses the trigram index (three characters or more), a
// name prefix below that.
class RosterQuery
{
public:
    // A search alone, sorted by name, reads its page off the search index in name order (NameOrderedSearch.h).
    // A search among other filters sorts its matches when there are up to `smallMatchSet` of them, and beyond that
    // walks the name index until the page is full, which is quicker when matches are common.
    explicit RosterQuery(Database& db, long long smallMatchSet = 50000);

    long long count(const RosterFilter& filter) const;
    std::vector<RosterRow> page(const RosterFilter& filter, const RosterSort& sort, long long offset, int limit) const;
    void forEach(const RosterFilter& filter, const RosterSort& sort,
                 const std::function<void(const RosterRow&)>& visit) const;

private:
    Database& m_db;
    long long m_smallMatchSet;
};

// The FTS5 query that finds `text` anywhere in name, NIK or phone ("0812...", "62812..." and "+62 812..." all find
// "+62812..."), or empty when `text` is too short for trigrams.
std::string rosterSearchExpression(const std::string& text);

} // namespace relawas::core

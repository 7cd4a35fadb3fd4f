#pragma once

// The volunteers of each village counted ahead, for the figures of a region (the Beranda, the reports): who holds a
// relawan role on the reference day (the election day of the settings), by gender, first-time voters, people with a
// disability, age bands, and the village's PKD holders. One row a village in `village_tally`, written here only.
// The people and role writers tell a unit of work which villages and people they touched (VillageTallyChanges); those
// villages are counted again before the unit commits, in its transaction, so the tallies are never behind the people.
// A change of the reference day (a new election day, or the next day while none is set) makes them all stale:
// refreshVillageTally() counts them again, and until then the figures count from the people themselves.

#include "core/base/Clock.h"
#include "core/storage/BeforeCommit.h"

#include <array>
#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;

// The age bands of the figures: each starts at its age, the first below voting age, the last without an end.
inline constexpr std::array<int, 11> kVolunteerAgeBands{0, 17, 21, 26, 31, 36, 41, 46, 51, 56, 61};
// The bands of a tally: those, then the volunteers whose birth date is not recorded.
inline constexpr std::size_t kTallyAgeBands = kVolunteerAgeBands.size() + 1;

struct VillageTally
{
    std::string villageCode; // empty for people recorded without a village
    long long men = 0;
    long long women = 0;
    long long others = 0; // gender not recorded
    long long firstTime = 0;
    long long withDisability = 0;
    long long pkd = 0; // living people of the village holding a PKD role on the day
    std::array<long long, kTallyAgeBands> agedMen{};
    std::array<long long, kTallyAgeBands> agedWomen{};

    long long volunteers() const { return men + women + others; }
    bool operator==(const VillageTally&) const = default;
};

// The tallies of the villages in `scope` (empty: everywhere) on `reference`, in code order: the stored ones when they
// count that day, else counted now from the people. Reads only; the caller holds the read transaction.
std::vector<VillageTally> villageTallies(Database& db, const std::string& scope, const Date& reference);
// The same, one at a time (83,762 of them for all of Indonesia, none kept).
void forEachVillageTally(Database& db, const std::string& scope, const Date& reference,
                         const std::function<void(const VillageTally&)>& visit);

// Counted from the people and their roles, never from the stored rows. From `peopleForPasses` living people in the
// region on, in two passes over the roles and the people rather than a look at each person's roles (the same
// tallies, faster at scale).
std::vector<VillageTally> countVillageTallies(Database& db, const std::string& scope, const Date& reference,
                                              long long peopleForPasses = 50'000);

// Whether the stored tallies count `reference`.
bool villageTallyCounts(Database& db, const Date& reference);

// Counts every village again, on the settings' reference day, when the stored tallies count another day or none; in
// a unit of work of `actor`. Returns whether it counted.
bool refreshVillageTally(Database& db, const std::string& actor);

// What the writes of one unit of work touched; its villages are counted again before the unit commits. Past a few
// thousand (an import, a report), every village is counted again in two passes, and nothing more is noted.
class VillageTallyChanges : public BeforeCommit
{
public:
    void village(std::string_view code);
    // A person whose village is looked up before the commit (a role changed).
    void person(std::string_view uuid);
    bool countsEverything() const { return m_everything; }

    void run(UnitOfWork& unit) override;

private:
    void noteOne();

    static constexpr std::size_t kFew = 2'000;
    bool m_everything = false;
    std::set<std::string, std::less<>> m_villages;
    std::set<std::string, std::less<>> m_people;
};

} // namespace relawas::core

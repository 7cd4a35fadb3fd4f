#include "core/people/VillageTally.h"

#include "core/people/checks/Eligibility.h"
#include "core/storage/Database.h"
#include "core/storage/RegionRange.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <optional>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// Whether the space-separated ids `groups` hold `id`.
bool holdsGroup(std::string_view groups, std::string_view id)
{
    for (std::size_t at = groups.find(id); at != std::string_view::npos; at = groups.find(id, at + 1)) {
        const bool starts = at == 0 || groups[at - 1] == ' ';
        const bool ends = at + id.size() == groups.size() || groups[at + id.size()] == ' ';
        if (starts && ends) {
            return true;
        }
    }
    return false;
}

// A uuid as 16 bytes: a million of them sort and search in a moment, in 16 MB.
using UuidKey = std::array<unsigned char, 16>;

std::optional<UuidKey> uuidKey(std::string_view text)
{
    UuidKey key{};
    std::size_t nibble = 0;
    for (const char c : text) {
        if (c == '-') {
            continue;
        }
        const int value = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (value < 0 || nibble >= 32) {
            return std::nullopt;
        }
        key[nibble / 2] = static_cast<unsigned char>(key[nibble / 2] << 4 | value);
        ++nibble;
    }
    return nibble == 32 ? std::optional<UuidKey>(key) : std::nullopt;
}

struct TextHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
};

std::size_t bandOf(int age)
{
    std::size_t band = 0;
    for (std::size_t i = 0; i < kVolunteerAgeBands.size(); ++i) {
        if (age >= kVolunteerAgeBands[i]) {
            band = i;
        }
    }
    return band;
}

std::string agesText(const VillageTally& tally)
{
    std::string text;
    for (std::size_t band = 0; band < kTallyAgeBands; ++band) {
        text += fmt::format("{}{} {}", band == 0 ? "" : " ", tally.agedMen[band], tally.agedWomen[band]);
    }
    return text;
}

void readAges(std::string_view text, VillageTally& tally)
{
    const char* at = text.data();
    const char* end = text.data() + text.size();
    for (std::size_t i = 0; i < 2 * kTallyAgeBands && at < end; ++i) {
        while (at < end && *at == ' ') {
            ++at;
        }
        long long value = 0;
        at = std::from_chars(at, end, value).ptr;
        (i % 2 == 0 ? tally.agedMen : tally.agedWomen)[i / 2] = value;
    }
}

// The people rows of the counts: `where` selects living people (alias p) and binds :scope, :below, :above or :village.
class TallyCounter
{
public:
    TallyCounter(Database& db, const Date& reference)
        : m_db(db)
        , m_reference(reference)
        , m_referenceText(formatIsoDate(reference))
    {}

    // The volunteers of the people `where` selects, a look at each one's roles.
    void volunteersOneByOne(const std::string& where, const std::string& region)
    {
        SQLite::Statement query(
            m_db.connection(),
            "SELECT coalesce(p.village_code, ''), coalesce(p.gender, ''), p.birth_date, p.target_groups FROM person p "
            "WHERE p.deleted_at IS NULL AND " +
                where +
                " AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_uuid = p.uuid AND r.role = 'relawan' AND "
                "r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= :reference))");
        bind(query, region);
        query.bind(":reference", m_referenceText);
        while (query.executeStep()) {
            volunteer(query);
        }
    }

    // The uuids of the people holding a relawan role on the day, read in one pass over the roles (16 bytes each,
    // sorted), then one pass over the people of the region in the table's order, looking each up.
    void volunteersInTwoPasses(const std::string& where, const std::string& region)
    {
        std::vector<UuidKey> holders;
        {
            SQLite::Statement roles(m_db.connection(),
                                    "SELECT person_uuid FROM person_role WHERE +role = 'relawan' AND deleted_at IS "
                                    "NULL AND (end_date IS NULL OR end_date >= ?)");
            roles.bind(1, m_referenceText);
            while (roles.executeStep()) {
                if (const auto key = uuidKey(roles.getColumn(0).getText())) {
                    holders.push_back(*key);
                }
            }
        }
        std::sort(holders.begin(), holders.end());
        holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
        // NOT INDEXED: in the table's order, no lookup per row (the planner would walk an index in name order).
        SQLite::Statement query(m_db.connection(),
                                "SELECT coalesce(p.village_code, ''), coalesce(p.gender, ''), p.birth_date, "
                                "p.target_groups, p.uuid FROM person p NOT INDEXED WHERE p.deleted_at IS NULL AND " +
                                    where);
        bind(query, region);
        while (query.executeStep()) {
            const auto key = uuidKey(query.getColumn(4).getText());
            if (key && std::binary_search(holders.begin(), holders.end(), *key)) {
                volunteer(query);
            }
        }
    }

    // The PKD holders: few, each looked up by the role.
    void pkd(const std::string& where, const std::string& region)
    {
        SQLite::Statement query(m_db.connection(),
                                "SELECT coalesce(p.village_code, '') FROM person p WHERE p.uuid IN (SELECT "
                                "r.person_uuid FROM person_role r WHERE r.role = 'pkd' AND r.deleted_at IS NULL AND "
                                "(r.end_date IS NULL OR r.end_date >= :reference)) AND p.deleted_at IS NULL AND " +
                                    where);
        bind(query, region);
        query.bind(":reference", m_referenceText);
        while (query.executeStep()) {
            ++row(query.getColumn(0).getText()).pkd;
        }
    }

    std::vector<VillageTally> rows()
    {
        std::vector<VillageTally> rows;
        rows.reserve(m_rows.size());
        for (auto& [code, tally] : m_rows) {
            rows.push_back(std::move(tally));
        }
        std::sort(rows.begin(), rows.end(),
                  [](const VillageTally& a, const VillageTally& b) { return a.villageCode < b.villageCode; });
        return rows;
    }

private:
    static void bind(SQLite::Statement& query, const std::string& region)
    {
        if (query.getIndex(":village") != 0) {
            query.bind(":village", region);
        } else {
            bindRegionRange(query, region);
        }
    }

    VillageTally& row(std::string_view village)
    {
        auto found = m_rows.find(village);
        if (found == m_rows.end()) {
            found = m_rows.emplace(std::string(village), VillageTally{}).first;
            found->second.villageCode = std::string(village);
        }
        return found->second;
    }

    // One volunteer from the columns village, gender, birth date and target groups.
    void volunteer(SQLite::Statement& query)
    {
        VillageTally& tally = row(query.getColumn(0).getText());
        const std::string_view gender = query.getColumn(1).getText();
        const std::string_view groups = query.getColumn(3).getText();
        ++(gender == "L" ? tally.men : gender == "P" ? tally.women : tally.others);
        tally.firstTime += holdsGroup(groups, "pemilih-pemula");
        tally.withDisability += holdsGroup(groups, "disabilitas");
        const auto birth = query.getColumn(2).isNull() ? std::nullopt : parseIsoDate(query.getColumn(2).getText());
        const std::size_t band = birth ? bandOf(ageOn(*birth, m_reference)) : kTallyAgeBands - 1;
        tally.agedMen[band] += gender == "L";
        tally.agedWomen[band] += gender == "P";
    }

    Database& m_db;
    Date m_reference;
    std::string m_referenceText;
    std::unordered_map<std::string, VillageTally, TextHash, std::equal_to<>> m_rows;
};

// The condition selecting the people of one village; those without a village for the empty code.
std::string ofVillage(const std::string& village)
{
    return village.empty() ? "(p.village_code IS NULL OR p.village_code = :village)" : "p.village_code = :village";
}

std::vector<VillageTally> countVillage(Database& db, const std::string& village, const Date& reference)
{
    TallyCounter counter(db, reference);
    counter.volunteersOneByOne(ofVillage(village), village);
    counter.pkd(ofVillage(village), village);
    return counter.rows();
}

void insertRow(Database& db, const VillageTally& tally)
{
    auto insert = db.prepared("INSERT INTO village_tally (village_code, men, women, others, first_time, "
                              "with_disability, pkd, ages) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert->bind(1, tally.villageCode);
    insert->bind(2, static_cast<std::int64_t>(tally.men));
    insert->bind(3, static_cast<std::int64_t>(tally.women));
    insert->bind(4, static_cast<std::int64_t>(tally.others));
    insert->bind(5, static_cast<std::int64_t>(tally.firstTime));
    insert->bind(6, static_cast<std::int64_t>(tally.withDisability));
    insert->bind(7, static_cast<std::int64_t>(tally.pkd));
    insert->bind(8, agesText(tally));
    insert->exec();
}

// Every village counted again on `reference`, and the day noted.
void recountEverything(Database& db, const Date& reference)
{
    const std::vector<VillageTally> rows = countVillageTallies(db, "", reference);
    db.connection().exec("DELETE FROM village_tally");
    for (const VillageTally& tally : rows) {
        insertRow(db, tally);
    }
    auto state = db.prepared("INSERT INTO village_tally_state (id, reference_date) VALUES (1, ?) "
                             "ON CONFLICT (id) DO UPDATE SET reference_date = excluded.reference_date");
    state->bind(1, formatIsoDate(reference));
    state->exec();
}

} // namespace

std::vector<VillageTally> countVillageTallies(Database& db, const std::string& scope, const Date& reference,
                                              long long peopleForPasses)
{
    return translatingSqliteErrors("village tally: count", [&]() -> std::vector<VillageTally> {
        const std::string where = inRegionCondition(scope, "p.village_code");
        SQLite::Statement people(db.connection(), "SELECT count(*) FROM person p WHERE " + where);
        bindRegionRange(people, scope);
        people.executeStep();
        TallyCounter counter(db, reference);
        // Many people: a look at each one's roles reads pages all over the file (14 s at a million people, against
        // 1.3 s for the two passes).
        if (people.getColumn(0).getInt64() >= peopleForPasses) {
            counter.volunteersInTwoPasses(where, scope);
        } else {
            counter.volunteersOneByOne(where, scope);
        }
        counter.pkd(where, scope);
        return counter.rows();
    });
}

bool villageTallyCounts(Database& db, const Date& reference)
{
    return translatingSqliteErrors("village tally: state", [&]() {
        auto state = db.prepared("SELECT reference_date FROM village_tally_state WHERE id = 1");
        return state->executeStep() && state->getColumn(0).getString() == formatIsoDate(reference);
    });
}

void forEachVillageTally(Database& db, const std::string& scope, const Date& reference,
                         const std::function<void(const VillageTally&)>& visit)
{
    if (!villageTallyCounts(db, reference)) {
        for (const VillageTally& tally : countVillageTallies(db, scope, reference)) {
            visit(tally);
        }
        return;
    }
    translatingSqliteErrors("village tally: read", [&]() {
        SQLite::Statement query(db.connection(),
                                "SELECT village_code, men, women, others, first_time, with_disability, pkd, ages FROM "
                                "village_tally p WHERE " +
                                    inRegionCondition(scope, "p.village_code") + " ORDER BY village_code");
        bindRegionRange(query, scope);
        VillageTally tally;
        while (query.executeStep()) {
            tally.villageCode = query.getColumn(0).getText();
            tally.men = query.getColumn(1).getInt64();
            tally.women = query.getColumn(2).getInt64();
            tally.others = query.getColumn(3).getInt64();
            tally.firstTime = query.getColumn(4).getInt64();
            tally.withDisability = query.getColumn(5).getInt64();
            tally.pkd = query.getColumn(6).getInt64();
            readAges(query.getColumn(7).getText(), tally);
            visit(tally);
        }
    });
}

std::vector<VillageTally> villageTallies(Database& db, const std::string& scope, const Date& reference)
{
    std::vector<VillageTally> rows;
    forEachVillageTally(db, scope, reference, [&rows](const VillageTally& tally) { rows.push_back(tally); });
    return rows;
}

bool refreshVillageTally(Database& db, const std::string& actor)
{
    return translatingSqliteErrors("village tally: refresh", [&]() {
        const Date reference = SettingsStore(db).referenceDate();
        if (villageTallyCounts(db, reference)) {
            return false;
        }
        UnitOfWork unit(db, actor);
        recountEverything(db, reference);
        unit.commit();
        return true;
    });
}

void VillageTallyChanges::village(std::string_view code)
{
    if (!m_everything && m_villages.find(code) == m_villages.end()) {
        m_villages.emplace(code);
        noteOne();
    }
}

void VillageTallyChanges::person(std::string_view uuid)
{
    if (!m_everything && m_people.find(uuid) == m_people.end()) {
        m_people.emplace(uuid);
        noteOne();
    }
}

void VillageTallyChanges::noteOne()
{
    if (m_villages.size() + m_people.size() > kFew) {
        m_everything = true;
        m_villages.clear();
        m_people.clear();
    }
}

void VillageTallyChanges::run(UnitOfWork& unit)
{
    translatingSqliteErrors("village tally: count the changes", [&]() {
        Database& db = unit.database();
        const Date reference = SettingsStore(db).referenceDate();
        if (m_everything) {
            recountEverything(db, reference);
            return;
        }
        if (!villageTallyCounts(db, reference)) {
            return; // counted whole when next asked for
        }
        auto villageOf = db.prepared("SELECT coalesce(village_code, '') FROM person WHERE uuid = ?");
        for (const std::string& uuid : m_people) {
            villageOf->bind(1, uuid);
            if (villageOf->executeStep()) {
                m_villages.emplace(villageOf->getColumn(0).getString());
            }
            villageOf->reset();
        }
        auto remove = db.prepared("DELETE FROM village_tally WHERE village_code = ?");
        for (const std::string& village : m_villages) {
            remove->bind(1, village);
            remove->exec();
            remove->reset();
            for (const VillageTally& tally : countVillage(db, village, reference)) {
                insertRow(db, tally);
            }
        }
    });
}

} // namespace relawas::core

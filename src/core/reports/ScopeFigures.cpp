#include "core/reports/ScopeFigures.h"

#include "core/base/Error.h"
#include "core/people/checks/Eligibility.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// The age bands of the pyramid: the first is below voting age, the last open.
constexpr int kBandStarts[] = {0, 17, 21, 26, 31, 36, 41, 46, 51, 56, 61};

// Which rows of `column` (a region code) lie in the scope; binds :scope, :below, :above. Everything when empty.
std::string inScope(const std::string& scope, const std::string& column)
{
    if (scope.empty()) {
        return "1";
    }
    return fmt::format("({0} = :scope OR ({0} > :below AND {0} < :above))", column);
}

void bindScope(SQLite::Statement& statement, const std::string& scope)
{
    if (scope.empty()) {
        return;
    }
    statement.bind(":scope", scope);
    statement.bind(":below", scope + ".");
    statement.bind(":above", scope + "/");
}

int segmentsOf(const std::string& code)
{
    return code.empty() ? 0 : int(std::count(code.begin(), code.end(), '.')) + 1;
}

// The code of the part of the scope a village lies in: its first `segments` segments.
std::string partOf(const std::string& village, int segments)
{
    std::size_t end = 0;
    for (int i = 0; i < segments; ++i) {
        end = village.find('.', end == 0 ? 0 : end + 1);
        if (end == std::string::npos) {
            return village;
        }
    }
    return village.substr(0, end);
}

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
    for (std::size_t i = 0; i < std::size(kBandStarts); ++i) {
        if (age >= kBandStarts[i]) {
            band = i;
        }
    }
    return band;
}

class FiguresReader
{
public:
    FiguresReader(Database& db, const std::string& scope, const Date& today, const Date& reference,
                  long long peopleForPasses)
        : m_db(db)
        , m_scope(scope)
        , m_today(today)
        , m_reference(reference)
        , m_partSegments(segmentsOf(scope) + 1)
        , m_peopleForPasses(peopleForPasses)
    {}

    ScopeFigures read()
    {
        ScopeFigures figures;
        figures.scopeCode = m_scope;
        figures.today = m_today;
        figures.referenceDate = m_reference;
        figures.scopeName = m_scope.empty() ? "Indonesia" : RegionRepository(m_db).find(m_scope)->name;
        readParts();
        readVillages(figures);
        readVolunteers(figures);
        readPkd(figures);
        readProgramme(figures);
        readTrainings(figures);
        readTrained(figures);
        readSenders(figures);
        for (auto& [code, part] : m_parts) {
            if (part.villages > 0) {
                figures.parts.push_back(part);
            }
        }
        return figures;
    }

private:
    SQLite::Statement statement(const std::string& sql)
    {
        SQLite::Statement query(m_db.connection(), sql);
        bindScope(query, m_scope);
        return query;
    }

    // What is known of a village of the region as the passes go.
    struct VillageState
    {
        RegionPartFigures* part = nullptr;
        bool volunteer = false;
        bool pkd = false;
    };

    VillageState* villageState(std::string_view village)
    {
        const auto state = m_villages.find(village);
        return state == m_villages.end() ? nullptr : &state->second;
    }

    // The parts are the regions one level below the scope; a village is its own one part.
    void readParts()
    {
        const bool village = segmentsOf(m_scope) >= 4;
        const std::string sql = m_scope.empty() ? "SELECT code, name FROM region WHERE level = 'provinsi'"
                                : village       ? "SELECT code, name FROM region WHERE code = :scope"
                                                : "SELECT code, name FROM region WHERE parent_code = :scope";
        SQLite::Statement query(m_db.connection(), sql);
        if (!m_scope.empty()) {
            query.bind(":scope", m_scope);
        }
        while (query.executeStep()) {
            RegionPartFigures part;
            part.code = query.getColumn(0).getString();
            part.name = query.getColumn(1).getString();
            m_parts.emplace(part.code, part);
        }
        if (village) {
            m_partSegments = 4;
        }
    }

    void readVillages(ScopeFigures& figures)
    {
        SQLite::Statement query = statement("SELECT code FROM region WHERE level IN ('desa', 'kelurahan') AND "
                                            "retired_in IS NULL AND " +
                                            inScope(m_scope, "code"));
        while (query.executeStep()) {
            const std::string code = query.getColumn(0).getString();
            const auto part = m_parts.find(partOf(code, m_partSegments));
            if (part == m_parts.end()) {
                continue; // under a part that is retired
            }
            ++part->second.villages;
            m_villages.emplace(code, VillageState{&part->second});
        }
        figures.villages = static_cast<long long>(m_villages.size());
    }

    void readVolunteers(ScopeFigures& figures)
    {
        m_bands.clear();
        for (std::size_t i = 0; i < std::size(kBandStarts); ++i) {
            AgeBandFigures band;
            band.from = kBandStarts[i];
            if (i + 1 < std::size(kBandStarts)) {
                band.to = kBandStarts[i + 1] - 1;
            }
            m_bands.push_back(band);
        }
        m_unknownAge = AgeBandFigures{};
        m_unknownAge.from = -1;
        SQLite::Statement people = statement("SELECT count(*) FROM person WHERE " + inScope(m_scope, "village_code"));
        people.executeStep();
        // Many people: a look at each one's roles reads pages all over the file (14 s at a million people, against
        // 1.3 s for the two passes).
        if (people.getColumn(0).getInt64() >= m_peopleForPasses) {
            readVolunteersInTwoPasses(figures);
        } else {
            SQLite::Statement query = statement(
                "SELECT coalesce(p.village_code, ''), coalesce(p.gender, ''), p.birth_date, p.target_groups "
                "FROM person p WHERE p.deleted_at IS NULL AND " +
                inScope(m_scope, "p.village_code") +
                " AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_uuid = p.uuid AND r.role = 'relawan' AND "
                "r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= :reference))");
            query.bind(":reference", formatIsoDate(m_reference));
            while (query.executeStep()) {
                countVolunteer(figures, query, 0);
            }
        }
        figures.ages = m_bands;
        figures.ages.push_back(m_unknownAge);
    }

    // The uuids of the people holding a relawan role on the reference day, read in one pass over the roles (16 bytes
    // each, sorted), then one pass over the region's people looking each up.
    void readVolunteersInTwoPasses(ScopeFigures& figures)
    {
        std::vector<UuidKey> holders;
        {
            SQLite::Statement roles(m_db.connection(),
                                    "SELECT person_uuid FROM person_role WHERE +role = 'relawan' AND deleted_at IS "
                                    "NULL AND (end_date IS NULL OR end_date >= ?)");
            roles.bind(1, formatIsoDate(m_reference));
            while (roles.executeStep()) {
                if (const auto key = uuidKey(roles.getColumn(0).getText())) {
                    holders.push_back(*key);
                }
            }
        }
        std::sort(holders.begin(), holders.end());
        holders.erase(std::unique(holders.begin(), holders.end()), holders.end());
        SQLite::Statement query = statement(
            "SELECT coalesce(p.village_code, ''), coalesce(p.gender, ''), p.birth_date, p.target_groups, p.uuid "
            "FROM person p NOT INDEXED WHERE p.deleted_at IS NULL AND " +
            inScope(m_scope, "p.village_code")); // in the table's order: no lookup per row
        while (query.executeStep()) {
            const auto key = uuidKey(query.getColumn(4).getText());
            if (key && std::binary_search(holders.begin(), holders.end(), *key)) {
                countVolunteer(figures, query, 0);
            }
        }
    }

    // One volunteer, from the columns village, gender, birth date and target groups of `row` from `first`.
    void countVolunteer(ScopeFigures& figures, SQLite::Statement& row, int first)
    {
        const std::string_view village = row.getColumn(first).getText();
        const std::string_view gender = row.getColumn(first + 1).getText();
        const std::string_view groups = row.getColumn(first + 3).getText();
        ++figures.volunteers;
        figures.women += gender == "P";
        figures.firstTimeVoters += holdsGroup(groups, "pemilih-pemula");
        figures.withDisability += holdsGroup(groups, "disabilitas");
        if (VillageState* state = villageState(village)) {
            RegionPartFigures& part = *state->part;
            ++(gender == "L" ? part.volunteerMen : gender == "P" ? part.volunteerWomen : part.volunteerOtherwise);
            if (!state->volunteer) {
                state->volunteer = true;
                ++part.villagesWithVolunteer;
                ++figures.villagesWithVolunteer;
            }
        }
        const auto birth =
            row.getColumn(first + 2).isNull() ? std::nullopt : parseIsoDate(row.getColumn(first + 2).getText());
        AgeBandFigures& band = birth ? m_bands[bandOf(ageOn(*birth, m_reference))] : m_unknownAge;
        band.men += gender == "L";
        band.women += gender == "P";
    }

    void readPkd(ScopeFigures& figures)
    {
        SQLite::Statement query = statement(
            "SELECT DISTINCT p.village_code FROM person p JOIN person_role r ON r.person_uuid = p.uuid "
            "AND r.role = 'pkd' AND r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= :reference) "
            "WHERE p.deleted_at IS NULL AND " +
            inScope(m_scope, "p.village_code"));
        query.bind(":reference", formatIsoDate(m_reference));
        while (query.executeStep()) {
            VillageState* state = villageState(query.getColumn(0).getText());
            if (state && !state->pkd) {
                state->pkd = true;
                ++state->part->villagesWithPkd;
                ++figures.villagesWithPkd;
            }
        }
    }

    void readProgramme(ScopeFigures& figures)
    {
        SQLite::Statement query = statement("SELECT village_code, status FROM kampung_programme WHERE deleted_at IS "
                                            "NULL AND " +
                                            inScope(m_scope, "village_code"));
        while (query.executeStep()) {
            const auto stage = kampungStageFromId(query.getColumn(1).getString());
            if (!stage) {
                continue;
            }
            ++figures.programme[*stage];
            if (*stage != KampungStage::Inactive) {
                if (VillageState* state = villageState(query.getColumn(0).getText())) {
                    ++state->part->programmeVillages;
                }
            }
        }
    }

    void readTrainings(ScopeFigures& figures)
    {
        // Each training begun by today: its participants (invited, not declined or cancelled) times the
        // days held so far, and their check-ins on those days.
        SQLite::Statement query = statement(R"sql(
            SELECT substr(t.start_date, 1, 7),
                (SELECT count(*) FROM invitation i WHERE i.training_uuid = t.uuid AND i.deleted_at IS NULL
                    AND i.part = 'peserta' AND i.status IN ('invited', 'confirmed'))
                    * (julianday(min(t.end_date, :today)) - julianday(t.start_date) + 1),
                (SELECT count(*) FROM attendance a JOIN invitation i ON i.training_uuid = a.training_uuid
                    AND i.person_uuid = a.person_uuid AND i.deleted_at IS NULL AND i.part = 'peserta'
                    AND i.status IN ('invited', 'confirmed')
                    WHERE a.training_uuid = t.uuid AND a.deleted_at IS NULL AND a.annulled_at IS NULL
                    AND a.day <= :today)
            FROM training t
            WHERE t.deleted_at IS NULL AND t.start_date <= :today AND )sql" +
                                            inScope(m_scope, "t.scope_code") + " ORDER BY t.start_date");
        query.bind(":today", formatIsoDate(m_today));
        long long expected = 0;
        long long present = 0;
        while (query.executeStep()) {
            const std::string month = query.getColumn(0).getString();
            if (figures.trainingMonths.empty() || figures.trainingMonths.back().month != month) {
                figures.trainingMonths.push_back({month, 0, 0, 0});
            }
            TrainingMonthFigures& figuresOfMonth = figures.trainingMonths.back();
            ++figuresOfMonth.trainings;
            figuresOfMonth.expectedDays += query.getColumn(1).getInt64();
            figuresOfMonth.presentDays += query.getColumn(2).getInt64();
            expected += query.getColumn(1).getInt64();
            present += query.getColumn(2).getInt64();
            ++figures.trainingsHeld;
        }
        if (expected > 0) {
            figures.attendanceRate = double(present) / double(expected);
        }
    }

    // From the check-ins, fewer than the people: each checked-in person looked up once.
    void readTrained(ScopeFigures& figures)
    {
        SQLite::Statement query = statement(
            "SELECT count(*) FROM person p WHERE p.uuid IN (SELECT a.person_uuid FROM attendance a JOIN training t "
            "ON t.uuid = a.training_uuid AND t.deleted_at IS NULL WHERE a.deleted_at IS NULL AND a.annulled_at IS "
            "NULL) AND p.deleted_at IS NULL AND " +
            inScope(m_scope, "p.village_code"));
        query.executeStep();
        figures.peopleTrained = query.getColumn(0).getInt64();
    }

    void readSenders(ScopeFigures& figures)
    {
        SQLite::Statement query(m_db.connection(), R"sql(
            SELECT i.installation_id, i.installation_name, i.scope_code, coalesce(r.name, ''), i.at, i.sequence
            FROM report_import i LEFT JOIN region r ON r.code = i.scope_code
            WHERE i.status = 'merged' AND i.id = (SELECT max(j.id) FROM report_import j
                WHERE j.installation_id = i.installation_id AND j.status = 'merged')
            ORDER BY i.at DESC, i.id DESC)sql");
        while (query.executeStep()) {
            SenderFigures sender{query.getColumn(0).getString(), query.getColumn(1).getString(),
                                 query.getColumn(2).getString(), query.getColumn(3).getString(),
                                 query.getColumn(4).getString(), query.getColumn(5).getInt64()};
            const auto within = [](const std::string& code, const std::string& region) {
                return region.empty() || code == region || code.rfind(region + ".", 0) == 0;
            };
            // A sender of a part of the region, or of a region that holds it.
            if (within(sender.scopeCode, m_scope) || within(m_scope, sender.scopeCode)) {
                figures.senders.push_back(std::move(sender));
            }
        }
    }

    Database& m_db;
    std::string m_scope;
    Date m_today;
    Date m_reference;
    int m_partSegments;
    long long m_peopleForPasses;
    std::unordered_map<std::string, VillageState, TextHash, std::equal_to<>> m_villages;
    std::vector<AgeBandFigures> m_bands;
    AgeBandFigures m_unknownAge;
    std::map<std::string, RegionPartFigures> m_parts;
};

} // namespace

ScopeFigures scopeFigures(Database& db, const std::string& scopeCode, const Date& today, const Date& referenceDate,
                          long long peopleForPasses)
{
    return translatingSqliteErrors("reports: scope figures", [&]() -> ScopeFigures {
        if (!scopeCode.empty() && !RegionRepository(db).find(scopeCode)) {
            throw Error(ErrorKind::NotFound, "region.unknown_code",
                        fmt::format("{} is not a region of this database", scopeCode), "scope", {scopeCode});
        }
        SQLite::Transaction snapshot(db.connection()); // one moment of the database; nothing is written
        return FiguresReader(db, scopeCode, today, referenceDate, peopleForPasses).read();
    });
}

nlohmann::ordered_json scopeFiguresToJson(const ScopeFigures& figures)
{
    using json = nlohmann::ordered_json;
    json programme = json::object();
    for (const KampungStage stage : kAllKampungStages) {
        const auto count = figures.programme.find(stage);
        programme[std::string(kampungStageId(stage))] = count == figures.programme.end() ? 0 : count->second;
    }
    json parts = json::array();
    for (const RegionPartFigures& part : figures.parts) {
        parts.push_back({{"code", part.code},
                         {"name", part.name},
                         {"villages", part.villages},
                         {"villages_with_volunteer", part.villagesWithVolunteer},
                         {"villages_with_pkd", part.villagesWithPkd},
                         {"programme_villages", part.programmeVillages},
                         {"volunteers",
                          {{"total", part.volunteers()},
                           {"men", part.volunteerMen},
                           {"women", part.volunteerWomen},
                           {"gender_not_recorded", part.volunteerOtherwise}}}});
    }
    json ages = json::array();
    for (const AgeBandFigures& band : figures.ages) {
        ages.push_back({{"from", band.from < 0 ? json() : json(band.from)},
                        {"to", band.to ? json(*band.to) : json()},
                        {"birth_date_not_recorded", band.from < 0},
                        {"men", band.men},
                        {"women", band.women}});
    }
    json months = json::array();
    for (const TrainingMonthFigures& month : figures.trainingMonths) {
        months.push_back({{"month", month.month},
                          {"trainings", month.trainings},
                          {"expected_days", month.expectedDays},
                          {"present_days", month.presentDays}});
    }
    json senders = json::array();
    for (const SenderFigures& sender : figures.senders) {
        senders.push_back({{"installation_id", sender.installationId},
                           {"installation_name", sender.installationName},
                           {"scope_code", sender.scopeCode},
                           {"scope_name", sender.scopeName},
                           {"merged_at", sender.mergedAt},
                           {"sequence", sender.sequence}});
    }
    return {{"scope", {{"code", figures.scopeCode}, {"name", figures.scopeName}}},
            {"today", formatIsoDate(figures.today)},
            {"reference_date", formatIsoDate(figures.referenceDate)},
            {"villages",
             {{"total", figures.villages},
              {"with_volunteer", figures.villagesWithVolunteer},
              {"with_pkd", figures.villagesWithPkd}}},
            {"programme", programme},
            {"volunteers",
             {{"total", figures.volunteers},
              {"women", figures.women},
              {"first_time_voters", figures.firstTimeVoters},
              {"with_disability", figures.withDisability}}},
            {"trainings",
             {{"held", figures.trainingsHeld},
              {"attendance_rate", figures.attendanceRate ? json(*figures.attendanceRate) : json()},
              {"people_trained", figures.peopleTrained}}},
            {"parts", parts},
            {"ages", ages},
            {"training_months", months},
            {"senders", senders}};
}

} // namespace relawas::core

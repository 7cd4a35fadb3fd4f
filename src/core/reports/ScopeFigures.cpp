#include "core/reports/ScopeFigures.h"

#include "core/base/Error.h"
#include "core/people/VillageTally.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RegionRange.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

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

class FiguresReader
{
public:
    FiguresReader(Database& db, const std::string& scope, const Date& today, const Date& reference)
        : m_db(db)
        , m_scope(scope)
        , m_today(today)
        , m_reference(reference)
        , m_partSegments(segmentsOf(scope) + 1)
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
        bindRegionRange(query, m_scope);
        return query;
    }

    // The part a living village of the region lies in; null for another code. The villages are sorted by code.
    RegionPartFigures* partOfVillage(std::string_view village)
    {
        const auto found =
            std::lower_bound(m_villages.begin(), m_villages.end(), village,
                             [](const auto& entry, std::string_view code) { return entry.first < code; });
        return found == m_villages.end() || found->first != village ? nullptr : found->second;
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

    // The living villages in code order, each with its part: the villages of a part follow each other.
    void readVillages(ScopeFigures& figures)
    {
        // The villages lie below any other region: a range of the partial index of living villages.
        const std::string within = m_scope.empty()            ? "1"
                                   : segmentsOf(m_scope) >= 4 ? "code = :scope"
                                                              : "code > :below AND code < :above";
        SQLite::Statement query(m_db.connection(),
                                "SELECT code FROM region INDEXED BY region_living_villages WHERE level IN ('desa', "
                                "'kelurahan') AND retired_in IS NULL AND " +
                                    within + " ORDER BY code");
        if (segmentsOf(m_scope) >= 4) {
            query.bind(":scope", m_scope);
        } else if (!m_scope.empty()) {
            query.bind(":below", m_scope + ".");
            query.bind(":above", m_scope + "/");
        }
        RegionPartFigures* part = nullptr;
        std::string partCode;
        while (query.executeStep()) {
            const std::string_view code = query.getColumn(0).getText();
            if (part == nullptr || code.substr(0, partCode.size()) != partCode ||
                (code.size() > partCode.size() && code[partCode.size()] != '.')) {
                partCode = partOf(std::string(code), m_partSegments);
                const auto found = m_parts.find(partCode);
                part = found == m_parts.end() ? nullptr : &found->second;
            }
            if (part == nullptr) {
                continue; // under a part that is retired
            }
            ++part->villages;
            m_villages.emplace_back(std::string(code), part);
        }
        figures.villages = static_cast<long long>(m_villages.size());
    }

    // From the village tallies (people/VillageTally): counted ahead on the reference day, else counted now.
    void readVolunteers(ScopeFigures& figures)
    {
        std::vector<AgeBandFigures> bands(kTallyAgeBands);
        for (std::size_t i = 0; i < kTallyAgeBands; ++i) {
            if (i + 1 == kTallyAgeBands) {
                bands[i].from = -1; // the birth date not recorded
            } else {
                bands[i].from = kVolunteerAgeBands[i];
                if (i + 1 < kVolunteerAgeBands.size()) {
                    bands[i].to = kVolunteerAgeBands[i + 1] - 1;
                }
            }
        }
        auto village = m_villages.begin();
        forEachVillageTally(m_db, m_scope, m_reference, [&](const VillageTally& tally) {
            figures.volunteers += tally.volunteers();
            figures.women += tally.women;
            figures.firstTimeVoters += tally.firstTime;
            figures.withDisability += tally.withDisability;
            for (std::size_t i = 0; i < kTallyAgeBands; ++i) {
                bands[i].men += tally.agedMen[i];
                bands[i].women += tally.agedWomen[i];
            }
            // Both in code order: walk the villages along.
            while (village != m_villages.end() && village->first < tally.villageCode) {
                ++village;
            }
            if (village == m_villages.end() || village->first != tally.villageCode) {
                return; // no living village: a retired code, or none recorded
            }
            RegionPartFigures& part = *village->second;
            part.volunteerMen += tally.men;
            part.volunteerWomen += tally.women;
            part.volunteerOtherwise += tally.others;
            if (tally.volunteers() > 0) {
                ++part.villagesWithVolunteer;
                ++figures.villagesWithVolunteer;
            }
            if (tally.pkd > 0) {
                ++part.villagesWithPkd;
                ++figures.villagesWithPkd;
            }
        });
        figures.ages = std::move(bands);
    }

    void readProgramme(ScopeFigures& figures)
    {
        SQLite::Statement query = statement("SELECT village_code, status FROM kampung_programme WHERE deleted_at IS "
                                            "NULL AND " +
                                            inRegionCondition(m_scope, "village_code"));
        while (query.executeStep()) {
            const auto stage = kampungStageFromId(query.getColumn(1).getString());
            if (!stage) {
                continue;
            }
            ++figures.programme[*stage];
            if (*stage != KampungStage::Inactive) {
                if (RegionPartFigures* part = partOfVillage(query.getColumn(0).getText())) {
                    ++part->programmeVillages;
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
                                            inRegionCondition(m_scope, "t.scope_code") + " ORDER BY t.start_date");
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
            inRegionCondition(m_scope, "p.village_code"));
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
    std::vector<std::pair<std::string, RegionPartFigures*>> m_villages; // in code order
    std::map<std::string, RegionPartFigures> m_parts;
};

} // namespace

ScopeFigures scopeFigures(Database& db, const std::string& scopeCode, const Date& today, const Date& referenceDate)
{
    return translatingSqliteErrors("reports: scope figures", [&]() -> ScopeFigures {
        if (!scopeCode.empty() && !RegionRepository(db).find(scopeCode)) {
            throw Error(ErrorKind::NotFound, "region.unknown_code",
                        fmt::format("{} is not a region of this database", scopeCode), "scope", {scopeCode});
        }
        SQLite::Transaction snapshot(db.connection()); // one moment of the database; nothing is written
        return FiguresReader(db, scopeCode, today, referenceDate).read();
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

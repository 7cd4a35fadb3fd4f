#include "core/sync/PublicSummary.h"

#include "core/base/Clock.h"
#include "core/organising/ParticipantList.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <map>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

// Every region entry the code `code` counts in: its kecamatan ("12.19.07") and its village ("12.19.07.2004").
std::vector<std::string> entriesOf(const std::string& code)
{
    std::vector<std::string> entries;
    const std::size_t dots = std::size_t(std::count(code.begin(), code.end(), '.'));
    if (dots >= 2) {
        entries.push_back(code.substr(0, 8));
    }
    if (dots == 3) {
        entries.push_back(code);
    }
    return entries;
}

} // namespace

json publicSummary(Database& db, const std::string& scopeCode)
{
    const std::string below = scopeCode + ".";
    const std::string above = scopeCode + "/";
    const auto bindRange = [&](SQLite::Statement& query) {
        query.bind(":scope", scopeCode);
        query.bind(":below", below);
        query.bind(":above", above);
    };

    std::map<std::string, json> regions; // by code: the kecamatan and villages of the scope, in code order
    SQLite::Statement listed(db.connection(),
                             "SELECT r.code, r.name, r.level, k.status FROM region r LEFT JOIN kampung_programme k "
                             "ON k.village_code = r.code AND k.deleted_at IS NULL WHERE (r.code = :scope OR "
                             "(r.code > :below AND r.code < :above)) AND r.level IN ('kecamatan', 'desa', 'kelurahan') "
                             "AND r.retired_in IS NULL");
    bindRange(listed);
    while (listed.executeStep()) {
        regions[listed.getColumn(0).getString()] = {
            {"code", listed.getColumn(0).getString()},
            {"name", listed.getColumn(1).getString()},
            {"kampung_status", listed.getColumn(3).isNull() ? json(nullptr) : json(listed.getColumn(3).getString())},
            {"people", 0},
            {"by_role", json::object()},
            {"by_gender", {{"L", 0}, {"P", 0}, {"unknown", 0}}}};
    }

    SQLite::Statement living(db.connection(),
                             "SELECT village_code, coalesce(gender, 'unknown'), count(*) FROM person WHERE deleted_at "
                             "IS NULL AND (village_code > :below AND village_code < :above OR village_code = :scope) "
                             "GROUP BY 1, 2");
    bindRange(living);
    while (living.executeStep()) {
        const std::string gender = living.getColumn(1).getString();
        const auto count = living.getColumn(2).getInt64();
        for (const std::string& entry : entriesOf(living.getColumn(0).getString())) {
            if (auto found = regions.find(entry); found != regions.end()) {
                found->second["people"] = found->second["people"].get<long long>() + count;
                found->second["by_gender"][gender] = found->second["by_gender"][gender].get<long long>() + count;
            }
        }
    }

    // Roles held today: started (or without a start) and not ended.
    SQLite::Statement held(db.connection(),
                           "SELECT scope_code, role, count(*) FROM person_role WHERE deleted_at IS NULL AND "
                           "(start_date IS NULL OR start_date <= :today) AND (end_date IS NULL OR end_date >= :today) "
                           "AND (scope_code > :below AND scope_code < :above OR scope_code = :scope) GROUP BY 1, 2");
    bindRange(held);
    held.bind(":today", formatIsoDate(todayUtc()));
    while (held.executeStep()) {
        const std::string role = held.getColumn(1).getString();
        const auto count = held.getColumn(2).getInt64();
        for (const std::string& entry : entriesOf(held.getColumn(0).getString())) {
            if (auto found = regions.find(entry); found != regions.end()) {
                json& byRole = found->second["by_role"];
                byRole[role] = byRole.value(role, 0LL) + count;
            }
        }
    }

    json regionList = json::array();
    for (auto& [code, entry] : regions) {
        regionList.push_back(std::move(entry));
    }
    json trainings = json::array();
    for (const TrainingSummary& summary : trainingsConcerning(db, scopeCode)) {
        const Training& training = summary.training;
        trainings.push_back({{"kind", std::string(trainingKindId(training.kind))},
                             {"title", training.title},
                             {"scope_code", training.scopeCode.empty() ? json(nullptr) : json(training.scopeCode)},
                             {"start_date", formatIsoDate(training.startDate)},
                             {"end_date", formatIsoDate(training.endDate)},
                             {"invited", summary.expected},
                             {"present_by_day", summary.presentByDay}});
    }
    return {{"regions", std::move(regionList)}, {"trainings", std::move(trainings)}};
}

} // namespace relawas::core

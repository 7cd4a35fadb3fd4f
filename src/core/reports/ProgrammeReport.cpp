#include "core/reports/ProgrammeReport.h"

#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/RegionRange.h"
#include "core/storage/SqlErrors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// The trainings held for the region or a part of it whose days meet the period: participants (invited, not
// declined or cancelled) times the days held by today, and their check-ins on those days, as ScopeFigures counts.
std::string trainingsSql(const std::string& scope)
{
    return R"sql(
        SELECT t.uuid, t.title, t.kind, t.start_date, t.end_date, t.venue, coalesce(t.scope_code, ''),
            coalesce((SELECT r.name FROM region r WHERE r.code = t.scope_code), ''),
            (SELECT count(*) FROM invitation i WHERE i.training_uuid = t.uuid AND i.deleted_at IS NULL
                AND i.part = 'peserta' AND i.status IN ('invited', 'confirmed')),
            max(0, julianday(min(t.end_date, :today)) - julianday(t.start_date) + 1),
            (SELECT count(*) FROM attendance a JOIN invitation i ON i.training_uuid = a.training_uuid
                AND i.person_uuid = a.person_uuid AND i.deleted_at IS NULL AND i.part = 'peserta'
                AND i.status IN ('invited', 'confirmed')
                WHERE a.training_uuid = t.uuid AND a.deleted_at IS NULL AND a.annulled_at IS NULL
                AND a.day <= :today)
        FROM training t
        WHERE t.deleted_at IS NULL AND (:from IS NULL OR t.end_date >= :from) AND (:to IS NULL OR t.start_date <= :to)
            AND )sql" +
           inRegionCondition(scope, "t.scope_code") + " ORDER BY t.start_date, t.title, t.uuid";
}

void bindOptionalDate(SQLite::Statement& statement, const char* name, const std::optional<Date>& date)
{
    if (date) {
        statement.bind(name, formatIsoDate(*date));
    } else {
        statement.bind(name);
    }
}

std::optional<Date> optionalDate(const SQLite::Column& column)
{
    return column.isNull() ? std::nullopt : parseIsoDate(column.getString());
}

void readTrainings(Database& db, const ProgrammeReportRequest& request, ProgrammeReport& report)
{
    SQLite::Statement query(db.connection(), trainingsSql(request.scopeCode));
    bindRegionRange(query, request.scopeCode);
    query.bind(":today", formatIsoDate(request.today));
    bindOptionalDate(query, ":from", request.from);
    bindOptionalDate(query, ":to", request.to);
    long long expected = 0;
    long long present = 0;
    while (query.executeStep()) {
        ProgrammeReportTraining training;
        training.uuid = query.getColumn(0).getString();
        training.title = query.getColumn(1).getString();
        training.kind = trainingKindFromId(query.getColumn(2).getString()).value_or(TrainingKind::Rakernis);
        training.startDate = parseIsoDate(query.getColumn(3).getString()).value_or(Date{});
        training.endDate = parseIsoDate(query.getColumn(4).getString()).value_or(training.startDate);
        training.venue = query.getColumn(5).getString();
        training.scopeCode = query.getColumn(6).getString();
        training.scopeName = query.getColumn(7).getString();
        training.participants = query.getColumn(8).getInt64();
        const long long daysHeld = query.getColumn(9).getInt64();
        training.expectedDays = training.participants * daysHeld;
        training.presentDays = query.getColumn(10).getInt64();
        if (daysHeld > 0) {
            ++report.trainingsHeld;
            expected += training.expectedDays;
            present += training.presentDays;
        }
        report.trainings.push_back(std::move(training));
    }
    if (expected > 0) {
        report.attendanceRate = double(present) / double(expected);
    }
}

void readVillages(Database& db, const std::string& scope, ProgrammeReport& report)
{
    SQLite::Statement query(db.connection(), R"sql(
        SELECT coalesce(k.code, ''), coalesce(k.name, ''), v.code, v.name, p.status, p.sk_number, p.sk_date,
            p.mou_end_date
        FROM kampung_programme p JOIN region v ON v.code = p.village_code LEFT JOIN region k ON k.code = v.parent_code
        WHERE p.deleted_at IS NULL AND )sql" + inRegionCondition(scope, "p.village_code") +
                                                 " ORDER BY v.code");
    bindRegionRange(query, scope);
    while (query.executeStep()) {
        ProgrammeReportVillage village;
        village.kecamatanCode = query.getColumn(0).getString();
        village.kecamatanName = query.getColumn(1).getString();
        village.villageCode = query.getColumn(2).getString();
        village.villageName = query.getColumn(3).getString();
        village.stage = kampungStageFromId(query.getColumn(4).getString()).value_or(KampungStage::Candidate);
        village.skNumber = query.getColumn(5).getString();
        village.skDate = optionalDate(query.getColumn(6));
        village.mouEndDate = optionalDate(query.getColumn(7));
        report.villages.push_back(std::move(village));
    }
}

nlohmann::ordered_json optionalDateJson(const std::optional<Date>& date)
{
    return date ? nlohmann::ordered_json(formatIsoDate(*date)) : nlohmann::ordered_json();
}

} // namespace

std::optional<double> ProgrammeReportTraining::attendanceRate() const
{
    if (expectedDays <= 0) {
        return std::nullopt;
    }
    return double(presentDays) / double(expectedDays);
}

ProgrammeReport programmeReport(Database& db, const ProgrammeReportRequest& request)
{
    if (request.from && request.to && *request.to < *request.from) {
        const std::string from = formatIsoDate(*request.from);
        const std::string to = formatIsoDate(*request.to);
        throw Error(ErrorKind::UserInput, "report.period_reversed",
                    fmt::format("the period ends ({}) before it begins ({})", to, from), "period", {from, to});
    }
    ProgrammeReport report;
    report.figures = scopeFigures(db, request.scopeCode, request.today, request.referenceDate);
    report.from = request.from;
    report.to = request.to;
    translatingSqliteErrors("reports: programme report", [&] {
        SQLite::Transaction snapshot(db.connection()); // one moment of the database; nothing is written
        readTrainings(db, request, report);
        readVillages(db, request.scopeCode, report);
    });
    return report;
}

nlohmann::ordered_json programmeReportToJson(const ProgrammeReport& report)
{
    using json = nlohmann::ordered_json;
    json trainings = json::array();
    for (const ProgrammeReportTraining& training : report.trainings) {
        const auto rate = training.attendanceRate();
        trainings.push_back({{"uuid", training.uuid},
                             {"title", training.title},
                             {"kind", std::string(trainingKindId(training.kind))},
                             {"start_date", formatIsoDate(training.startDate)},
                             {"end_date", formatIsoDate(training.endDate)},
                             {"venue", training.venue},
                             {"scope", {{"code", training.scopeCode}, {"name", training.scopeName}}},
                             {"participants", training.participants},
                             {"expected_days", training.expectedDays},
                             {"present_days", training.presentDays},
                             {"attendance_rate", rate ? json(*rate) : json()}});
    }
    json villages = json::array();
    for (const ProgrammeReportVillage& village : report.villages) {
        villages.push_back({{"kecamatan", {{"code", village.kecamatanCode}, {"name", village.kecamatanName}}},
                            {"code", village.villageCode},
                            {"name", village.villageName},
                            {"stage", std::string(kampungStageId(village.stage))},
                            {"sk_number", village.skNumber},
                            {"sk_date", optionalDateJson(village.skDate)},
                            {"mou_end_date", optionalDateJson(village.mouEndDate)}});
    }
    return {{"period", {{"from", optionalDateJson(report.from)}, {"to", optionalDateJson(report.to)}}},
            {"figures", scopeFiguresToJson(report.figures)},
            {"trainings",
             {{"held", report.trainingsHeld},
              {"attendance_rate", report.attendanceRate ? json(*report.attendanceRate) : json()},
              {"list", trainings}}},
            {"programme_villages", villages}};
}

} // namespace relawas::core

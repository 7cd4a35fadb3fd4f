#pragma once

// The figures of a region at a glance (the Beranda, the reports, `relawas-cli stats`): how many villages have a
// volunteer and a PKD, the Kampung Pengawasan Partisipatif villages by stage, who the volunteers are, what the
// trainings reached, and when each sender's last report came. Each figure is one the roster or the Wilayah screen can
// show as a list: a volunteer is a living person living in the region who holds a (not removed) relawan role, as the
// roster's filter by role counts them.

#include "core/base/Clock.h"
#include "core/programme/KampungProgramme.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

// A part of the region: a kecamatan of a kabupaten, a village of a kecamatan, a province of the country.
struct RegionPartFigures
{
    std::string code;
    std::string name;
    long long villages = 0;
    long long villagesWithVolunteer = 0;
    long long villagesWithPkd = 0;
    long long programmeVillages = 0; // in the programme and not inactive
    long long volunteerMen = 0;
    long long volunteerWomen = 0;
    long long volunteerOtherwise = 0; // gender not recorded

    long long volunteers() const { return volunteerMen + volunteerWomen + volunteerOtherwise; }
};

// Volunteers of an age band on the reference date; the last band has no upper end, and a band with `from` -1 holds
// those whose birth date is not recorded.
struct AgeBandFigures
{
    int from = 0;
    std::optional<int> to;
    long long men = 0;
    long long women = 0;
};

// The trainings of the region that began in one month, and their attendance.
struct TrainingMonthFigures
{
    std::string month; // "2026-11"
    long long trainings = 0;
    long long expectedDays = 0; // participants invited × days held
    long long presentDays = 0;  // participants present, day by day
};

// The last report merged from one sender whose scope lies in the region (or holds it).
struct SenderFigures
{
    std::string installationId;
    std::string installationName;
    std::string scopeCode;
    std::string scopeName;
    std::string mergedAt; // UTC ISO-8601
    long long sequence = 0;
};

struct ScopeFigures
{
    std::string scopeCode; // empty: all of Indonesia
    std::string scopeName;
    Date today{};         // trainings held by this day
    Date referenceDate{}; // ages and roles on this day (the election day, as the roster counts them)

    long long villages = 0;
    long long villagesWithVolunteer = 0;
    long long villagesWithPkd = 0;
    std::map<KampungStage, long long> programme; // villages in the programme by stage

    long long volunteers = 0;
    long long women = 0;           // gender P
    long long firstTimeVoters = 0; // target group pemilih pemula
    long long withDisability = 0;  // target group penyandang disabilitas

    long long trainingsHeld = 0;          // begun by today
    std::optional<double> attendanceRate; // present days / expected days of those trainings, 0–1
    long long peopleTrained = 0;          // living people of the region present at a training at least once

    std::vector<RegionPartFigures> parts;             // in code order
    std::vector<AgeBandFigures> ages;                 // youngest first, then the unknown
    std::vector<TrainingMonthFigures> trainingMonths; // oldest first
    std::vector<SenderFigures> senders;               // the latest report first
};

// The figures of `scopeCode` (a province, kabupaten/kota, kecamatan or village; empty: everything): trainings held by
// `today`, ages and roles on `referenceDate`; read in one read transaction. Throws Error "region.unknown_code" (place
// "scope").
// The volunteers come from the village tallies (people/VillageTally): read in a moment when they count
// `referenceDate`, else counted from the people (about a second at a million people).
ScopeFigures scopeFigures(Database& db, const std::string& scopeCode, const Date& today, const Date& referenceDate);

nlohmann::ordered_json scopeFiguresToJson(const ScopeFigures& figures);

} // namespace relawas::core

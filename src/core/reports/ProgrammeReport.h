#pragma once

// The Laporan Pengawasan Partisipatif of a region and a period, as figures only: what a district reports to Bawaslu
// (the region's figures, its trainings with their attendance, its Kampung Pengawasan villages with SK and MoU). No
// person's name, NIK or phone is in it, only counts.

#include "core/base/Clock.h"
#include "core/programme/KampungProgramme.h"
#include "core/reports/ScopeFigures.h"
#include "core/trainings/Training.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

// A training of the region whose days meet the period.
struct ProgrammeReportTraining
{
    std::string uuid;
    std::string title;
    TrainingKind kind = TrainingKind::Rakernis;
    Date startDate{};
    Date endDate{};
    std::string venue;
    std::string scopeCode;
    std::string scopeName;
    long long participants = 0; // invited or confirmed as participants
    long long expectedDays = 0; // participants × the days held by `today`
    long long presentDays = 0;  // their check-ins on those days

    // Present days over expected days, 0–1; none before any day was held or without participants.
    std::optional<double> attendanceRate() const;
};

// A village of the region in the programme.
struct ProgrammeReportVillage
{
    std::string kecamatanCode;
    std::string kecamatanName;
    std::string villageCode;
    std::string villageName;
    KampungStage stage = KampungStage::Candidate;
    std::string skNumber;
    std::optional<Date> skDate;
    std::optional<Date> mouEndDate;
};

struct ProgrammeReport
{
    ScopeFigures figures; // of the region on `today`, ages and roles on the reference date
    std::optional<Date> from;
    std::optional<Date> to;
    // Of the trainings below: held (begun by today), their attendance, as ScopeFigures counts it.
    long long trainingsHeld = 0;
    std::optional<double> attendanceRate;
    std::vector<ProgrammeReportTraining> trainings; // oldest first, then by title
    std::vector<ProgrammeReportVillage> villages;   // in village code order
};

struct ProgrammeReportRequest
{
    std::string scopeCode; // a province, kabupaten/kota, kecamatan or village; empty: everything
    // The trainings whose days meet this period (both ends included); none: no bound on that side. The figures and
    // the programme villages are those of `today`, whatever the period.
    std::optional<Date> from;
    std::optional<Date> to;
    Date today = todayUtc();
    Date referenceDate = todayUtc(); // ages and roles (the election day of the settings, as the roster counts them)
};

// The report of a region. The trainings are those held for the region or a part of it (as ScopeFigures counts them);
// the programme villages those of kampung_programme under the region, inactive ones included with their stage.
// The figures are read by scopeFigures() in their own read transaction, the lists in one more (call
// refreshVillageTally() before, where one may write, for the figures to be read in a moment). Throws Error
// "region.unknown_code" (place "scope") or "report.period_reversed" (place "period", args: from, to).
ProgrammeReport programmeReport(Database& db, const ProgrammeReportRequest& request);

nlohmann::ordered_json programmeReportToJson(const ProgrammeReport& report);

} // namespace relawas::core

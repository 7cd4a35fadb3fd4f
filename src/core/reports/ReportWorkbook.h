#pragma once

// The report workbook of a region, the XLSX a district sends Bawaslu: the region's figures (Ringkasan), the people
// holding a role (Relawan), the Kampung Pengawasan Partisipatif villages (Kampung), the trainings (Pelatihan) and
// their check-ins (Presensi). Its words are Indonesian, as the report is; numbers and dates are number and date cells.

#include "core/base/Clock.h"
#include "core/base/Progress.h"

#include <filesystem>
#include <optional>
#include <string>

namespace relawas::core {

class Database;

// The sheets, in their order in the workbook.
inline constexpr const char* kWorkbookSheetNames[] = {"Ringkasan", "Relawan", "Kampung", "Pelatihan", "Presensi"};

struct ReportWorkbookRequest
{
    std::string scopeCode; // a province, kabupaten/kota, kecamatan or village; empty: everything
    // The trainings whose days meet this period, and their check-ins on its days (both ends included); none: no
    // bound on that side. The figures of Ringkasan and the people are not bounded by it.
    std::optional<Date> from;
    std::optional<Date> to;
    Date today = todayUtc(); // trainings held by this day count as held; ages and roles are on the settings' day
    // Full NIKs in the file, written to the audit log as one "reveal" under `actor`; false: masked as on screen.
    bool revealNik = false;
    std::string actor;
    std::filesystem::path output;
};

// Rows below the header of each sheet; for Ringkasan, the rows of its table of the region's parts.
struct ReportWorkbookCounts
{
    long long parts = 0;      // Ringkasan
    long long people = 0;     // Relawan
    long long villages = 0;   // Kampung
    long long trainings = 0;  // Pelatihan
    long long attendance = 0; // Presensi
};

// Writes the workbook to `request.output`: a private file (owner only), whole or not at all; a failed or cancelled
// export leaves no file and keeps an older one of that name. The people and check-ins are streamed from the database
// in name and day order, in constant memory; ages and roles count on SettingsStore::referenceDate(). The figures are
// read by scopeFigures() in their own read transaction, the lists in one more (call refreshVillageTally() before,
// where one may write, for the figures to be read in a moment).
// Sheets and columns:
// - Ringkasan: the scopeFigures() of the region as labels and values, then a row per part (kecamatan of a kabupaten,
//   village of a kecamatan, ...): code, name, villages, with a volunteer, with a PKD, programme villages, volunteers
//   (all, men, women, gender not recorded).
// - Relawan: the living people of the region who hold a role on the reference day (not removed, not ended before
//   it): name, NIK, gender, birth date, age, village code, village, kecamatan, roles, phone, e-mail, target groups.
// - Kampung: the programme villages of the region: kecamatan, village, village code, stage, SK number and date,
//   assessment score, vulnerability, MoU end, notes.
// - Pelatihan: the trainings held for the region or a part of it: name, kind, start, end, days, venue, region,
//   participants invited, present days, attendance rate (as Ringkasan counts it), passed (graded trainings),
//   certificates.
// - Presensi: their check-ins, annulled ones marked: training, day number, date, name, NIK, village code, village,
//   kecamatan, check-in time (the local clock), annulled, why.
// Throws Error "output.would_overwrite" or "output.not_writable" (the output), "region.unknown_code" (place "scope"),
// "report.period_reversed" (place "period", args: from, to), "export.too_many_rows" (a sheet of more than
// kXlsxMaximumRows rows; args: rows, limit), "database.*", or kind Cancelled.
ReportWorkbookCounts writeReportWorkbook(Database& db, const ReportWorkbookRequest& request,
                                         const Progress& progress = {});

} // namespace relawas::core

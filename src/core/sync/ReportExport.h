#pragma once

#include "core/base/Progress.h"

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>

namespace relawas::core {

class Database;

// A report's kind (docs/report-format.md): every record of the scope, what the receiver does not hold yet, or
// aggregates only.
enum class ReportKind
{
    Full,
    Changes,
    Public
};

// What to export: every living record and tombstone of a region, or its public summary, signed by this installation.
struct ExportRequest
{
    std::string scopeCode;        // a kabupaten or kecamatan code ("12.19.07")
    std::filesystem::path output; // the file to write (replaced when it exists, whole or not at all)
    std::string installationName; // what the receiver will call the sender: "Panwascam Sei Balai"
    std::string generatorVersion; // "0.1.0"
    ReportKind kind = ReportKind::Full;
    // The installation the report is for, or empty: anyone. Each record then names the revision this database and
    // the receiver last agreed on (`base_revision`), which lets the receiver merge without a conflict what only
    // this side changed.
    std::string receiver;
    std::string actor = "relawas"; // who exports, for the audit log
};

struct ExportResult
{
    std::string digest;
    long long sequence = 0;
    std::map<std::string, std::size_t> counts; // per member of content
};

// Writes a report of kind "full" (docs/report-format.md): the programme status of the scope's villages, the people
// living there or holding a role in it or invited to its trainings, their roles, the trainings held for the scope (or
// for no region), their invitations, attendance and check-in attempts, and the tombstones of those removed; records
// ordered by uuid, in one read transaction, so the file is one moment of the database. The report takes the next
// sequence number of the installation; the audit log records it (kind, scope, receiver, digest, counts).
// A report of changes (for one receiver) holds the records changed here since the last report to the receiver was
// made, less those whose revision the receiver sent this database, and names the report to that receiver it continues
// (`previous_sequence`): the receiver merges it after that one. Errors "report.receiver_required",
// "report.nothing_sent_before" (send a full report first). A public report holds aggregates only: per kecamatan and
// village of the scope its programme status, how many people live there, the current roles held in it and the people by
// gender; per training its kind, title, dates, invited and present per day. No NIK, name, phone, birth date or address
// is read into it. The progress counts the records read, with no total: the counts are known once every record is.
// Throws Error "region.unknown_code" (place "scope"), "output.not_writable", "cancelled".
ExportResult exportReport(Database& db, const ExportRequest& request, const Progress& progress = {});

// The name the program suggests for a report: "relawas-12.19.07-2024-09-16-0003.relawas.json".
std::string suggestedReportName(const std::string& scopeCode, const std::string& isoDate, long long sequence);

// The number the next report made here will carry (1 for the first), for the name a person is offered.
long long nextReportSequence(Database& db);

// The number of the last report made here for `receiver` (an installation id), if one was: a report of changes for
// it continues that one, and cannot be made before it.
std::optional<long long> lastReportTo(Database& db, const std::string& receiver);

} // namespace relawas::core

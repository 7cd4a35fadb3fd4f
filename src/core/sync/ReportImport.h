#pragma once

#include "core/base/Progress.h"
#include "core/storage/SetAsideIndexes.h"

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace relawas::core {

class Database;

struct ReportImportOptions
{
    std::string actor;
    bool dryRun = false;   // read, check and merge, then take it all back: the preview
    bool trustNew = false; // trust a sender never seen before (a person compared its fingerprint)
    // A table the report brings at least this many records of, more than it holds, has its indexes built once at the
    // end instead of row by row (core/storage/SetAsideIndexes.h).
    std::size_t indexesAsideFrom = kIndexesAsideFrom;
};

// What a report did, record by record (a tombstone counts as one record).
struct ImportCounts
{
    std::size_t added = 0;          // records this database did not have
    std::size_t updated = 0;        // taken from the report, or merged with changes of ours to other fields
    std::size_t unchanged = 0;      // the same here, or changed only here since the last exchange
    std::size_t removed = 0;        // tombstones applied
    std::size_t conflicts = 0;      // queued for a person: a field both sides changed, an edit against a removal
    std::size_t softConflicts = 0;  // fields merged from one side while the other changed others: shown, resolved
    std::size_t duplicates = 0;     // a person whose NIK a person of another uuid holds here: to the duplicates review
    std::size_t doubleCheckIns = 0; // the same person and day checked in here and there: kept once, flagged
};
ImportCounts& operator+=(ImportCounts& total, const ImportCounts& one);
nlohmann::ordered_json countsToJson(const ImportCounts& counts);
// The counts as countsToJson() wrote them (the history keeps them so); a count missing is 0.
ImportCounts countsFromJson(const nlohmann::json& stored);

enum class ImportStatus
{
    Merged,       // written, in one transaction
    Previewed,    // a dry run: counted, nothing kept
    Held,         // a report of changes whose predecessor has not been merged: kept aside, not merged
    AlreadyMerged // this very report was merged before: nothing changed
};

struct ReportImportResult
{
    std::filesystem::path file;
    ImportStatus status = ImportStatus::Merged;
    std::string installationId;
    std::string installationName;
    std::string fingerprint;
    std::string scopeCode;
    std::string kind;
    long long sequence = 0;
    std::optional<long long> previousSequence;
    long long lastMergedSequence = 0; // of the sender, before this report
    std::string digest;
    long long importId = 0; // its entry in the history (0 for a preview)
    bool trustedNow = false;
    ImportCounts counts;
};

// Reads `file` as a stream and merges it into the database in one transaction (docs/report-format.md): records
// matched by uuid, merged three-way against what this database and the sender last agreed on (exchange_base), the
// hard conflicts queued (sync_conflict), facts (attendance, check-in attempts) always taken, the same NIK under
// another uuid sent to the duplicates review. Nothing is kept unless the whole file reads and checks: its format,
// every record, the counts, the digest and the signature; a failure rolls back every write. The history gets one
// entry (report_import) and the audit log one batch entry with the sender, sequence, digest and counts.
// Throws Error: those of readReport(), "sync.unknown_sender" (args: name, fingerprint, id; a person must trust it
// first, or `trustNew`), "sync.key_changed", "sync.own_installation", "sync.public_report" (aggregates cannot be
// merged), "sync.sequence_reused" (a report of that number with another digest was merged), "cancelled", and a
// record the database refuses (its code, the record's JSON path as the place).
ReportImportResult importReport(Database& db, const std::filesystem::path& file, const ReportImportOptions& options,
                                const Progress& progress = {});

} // namespace relawas::core

#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// A report offered to this database: merged, or held until the report it continues has arrived.
struct ReportImportEntry
{
    long long id = 0;
    std::string at;
    std::string actor;
    std::string fileName;
    std::string installationId;
    std::string installationName;
    std::string scopeCode;
    std::string kind; // "full", "changes"
    long long sequence = 0;
    std::optional<long long> previousSequence;
    std::string digest;
    std::string status;    // "merged", "held"
    nlohmann::json counts; // {"new": N, "updated": N, ...}
};

// The one writer of `report_import`: the history of the reports taken in.
class ImportHistory
{
public:
    explicit ImportHistory(Database& db);

    // Newest first.
    std::vector<ReportImportEntry> all(int limit = 1000) const;
    // The report with this digest, if it was merged before.
    std::optional<ReportImportEntry> mergedWithDigest(const std::string& digest) const;

    // The report `sequence` of the installation, if it was merged before.
    std::optional<ReportImportEntry> merged(const std::string& installationId, long long sequence) const;

    // Writes `entry` (its id, at and actor from `work`) and returns its id. A report being read is entered before its
    // records (the conflicts they raise point at it) and finished once its digest is known.
    long long add(ReportImportEntry entry, UnitOfWork& work);
    void finish(long long id, const std::string& digest, const std::string& status, const nlohmann::json& counts);

private:
    Database& m_db;
};

} // namespace relawas::core

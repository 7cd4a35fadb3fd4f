#pragma once

#include "core/programme/KampungProgramme.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace relawas::core {

class Database;
class UnitOfWork;

// Stores the programme status of villages. Every save checks the programme rules and the village, bumps the
// revision and stamps who changed it; a removal is a tombstone so that sync can carry it to other laptops.
class KampungRepository
{
public:
    explicit KampungRepository(Database& db);

    std::optional<KampungProgramme> find(const std::string& villageCode) const;

    // Inserts or updates. `programme.meta.revision` must match the stored revision (0 for a village without a
    // record), so a change made meanwhile elsewhere is never overwritten. Throws Error: "kampung.*" rule codes
    // with the field as the place, "region.not_village", "region.retired" (a code the current list dropped may
    // keep its record but not gain one), or "kampung.stale". Returns the stored record.
    KampungProgramme save(const KampungProgramme& programme, const std::string& actor, const Date& today);

    // Takes the village out of the programme (a tombstone). No-op when it is not in it.
    void remove(const std::string& villageCode, const std::string& actor);

    // The stage of every village in the programme below `code`, for the Wilayah tree.
    std::map<std::string, KampungStage> stagesUnder(const std::string& code) const;

    // A record received in a report, as the import merged it (docs/report-format.md: its uuid, revision, who/when,
    // fields, and "deleted_at" for a tombstone), stored as it is: added, or written over the record of that uuid.
    // No revision is raised and no audit entry written: the import's one entry stands for the report.
    void storeReceived(const nlohmann::json& record, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

#pragma once

#include "core/storage/Savepoint.h"

#include <optional>
#include <string>

namespace relawas::core {

class Database;

// One all-or-nothing change, and who makes it when. The writers of the tables take it for every write: a record and
// its audit entry carry its actor and time, and nothing is written outside one. Rolled back unless committed. Units
// nest (each is a savepoint), so a service's use case can be one step of a caller's larger one. A unit opened for a
// batch (an import, a demo, later a report) names the batch's audit entry, to which the per-record entries point.
class UnitOfWork
{
public:
    UnitOfWork(Database& db, std::string actor, std::optional<long long> batch = std::nullopt);
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    void commit() { m_savepoint.release(); }

    Database& database() const { return m_db; }
    const std::string& actor() const { return m_actor; }
    // The time of the whole unit: every record it writes says the same.
    const std::string& now() const { return m_now; }
    const std::optional<long long>& batch() const { return m_batch; }
    void setBatch(long long auditId) { m_batch = auditId; }

private:
    Database& m_db;
    std::string m_actor;
    std::string m_now;
    std::optional<long long> m_batch;
    Savepoint m_savepoint;
};

} // namespace relawas::core

#pragma once

#include "core/storage/Database.h"
#include "core/storage/Savepoint.h"

#include <memory>
#include <optional>
#include <string>
#include <typeindex>
#include <typeinfo>

namespace relawas::core {

// One all-or-nothing change, and who makes it when. The writers of the tables take it for every write: a record and
// its audit entry carry its actor and time, and nothing is written outside one. Rolled back unless committed. Units
// nest (each is a savepoint), so a service's use case can be one step of a caller's larger one. A unit opened for a
// batch (an import, a demo, later a report) names the batch's audit entry, to which the per-record entries point.
class UnitOfWork
{
public:
    UnitOfWork(Database& db, std::string actor, std::optional<long long> batch = std::nullopt);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork&) = delete;
    UnitOfWork& operator=(const UnitOfWork&) = delete;

    // The outermost unit runs the work its writes left (BeforeCommit) first, in its transaction.
    void commit();

    // The `Work` this unit's writes leave to do before the outermost unit commits: made the first time it is asked
    // for, then the same one until that commit or rollback.
    template<class Work>
    Work& beforeCommit()
    {
        OpenUnits& units = m_db.openUnits();
        for (auto& [type, work] : units.work) {
            if (type == std::type_index(typeid(Work))) {
                return static_cast<Work&>(*work);
            }
        }
        auto work = std::make_unique<Work>();
        Work& made = *work;
        units.work.emplace_back(std::type_index(typeid(Work)), std::move(work));
        return made;
    }

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

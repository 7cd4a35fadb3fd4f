#include "core/storage/UnitOfWork.h"

#include "core/base/Clock.h"
#include "core/storage/Database.h"

namespace relawas::core {

UnitOfWork::UnitOfWork(Database& db, std::string actor, std::optional<long long> batch)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_now(nowUtcIso())
    , m_batch(batch)
    , m_savepoint(db.connection(), "unit_of_work")
{}

} // namespace relawas::core

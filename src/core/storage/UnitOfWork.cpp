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
{
    ++m_db.openUnits().depth;
}

UnitOfWork::~UnitOfWork()
{
    OpenUnits& units = m_db.openUnits();
    if (--units.depth == 0) {
        units.work.clear(); // done at the commit, or rolled back with the writes that left it
    }
}

void UnitOfWork::commit()
{
    OpenUnits& units = m_db.openUnits();
    if (units.depth == 1) {
        // Run in the order asked for; work may ask for more work (it runs too).
        for (std::size_t i = 0; i < units.work.size(); ++i) {
            units.work[i].second->run(*this);
        }
        units.work.clear();
    }
    m_savepoint.release();
}

} // namespace relawas::core

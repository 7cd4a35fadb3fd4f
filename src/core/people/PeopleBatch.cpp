#include "core/people/PeopleBatch.h"

#include "core/base/Error.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/UnitOfWork.h"

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

namespace relawas::core {

PeopleBatch::PeopleBatch(Database& db, std::string actor, std::string_view kind, const nlohmann::ordered_json& source)
    : m_db(db)
    , m_cache(db)
    , m_work(std::make_unique<UnitOfWork>(db, std::move(actor)))
{
    m_batchId = AuditLog(db).openBatch(*m_work, kind, source);
    m_work->setBatch(m_batchId);
}

PeopleBatch::~PeopleBatch()
{
    m_work.reset(); // rolls back unless committed, before the page cache shrinks back
}

Person PeopleBatch::add(const Person& person, std::vector<PersonRole> roles)
{
    if (m_broken || !m_work) {
        throw Error(ErrorKind::Internal, "batch.broken", "the batch cannot take more rows after a failed write");
    }
    PersonRepository people(m_db);
    RoleRepository roleWriter(m_db);
    // The person writer checks the person before its first write; the roles are checked here, before it, so that a
    // refused row leaves nothing behind.
    for (const PersonRole& role : roles) {
        roleWriter.checkRole(role);
    }
    try {
        const Person stored = people.insert(person, *m_work);
        for (PersonRole& role : roles) {
            role.personUuid = stored.meta.uuid;
            roleWriter.insert(role, *m_work);
        }
        return stored;
    } catch (...) {
        m_broken = true;
        throw;
    }
}

void PeopleBatch::commit(const nlohmann::ordered_json& outcome)
{
    if (m_broken || !m_work) {
        throw Error(ErrorKind::Internal, "batch.broken", "the batch failed while writing and keeps nothing");
    }
    AuditLog(m_db).closeBatch(m_batchId, outcome);
    m_work->commit();
}

} // namespace relawas::core

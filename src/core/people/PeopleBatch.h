#pragma once

#include "core/people/Person.h"
#include "core/storage/PageCacheScope.h"

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The bulk path of the people registry: many people written in one unit of work, for an import of a spreadsheet, a
// generation of demo people and (later) a report from another laptop. The same writers as one registration write
// every record, through statements prepared once; there is no savepoint per row, because a row is checked whole
// before its first write. The batch is one audit entry (`kind` "import" or "demo", with its source and, at commit,
// its counts); the entry of each record created points at it.
// A row that fails its checks throws Error before anything of it is written, and the batch goes on. A failure once
// writing has begun (a full disk) breaks the batch: add() throws Error "batch.broken" from then on, and nothing is
// kept. Destroyed without commit(), the batch leaves the database as it was.
class PeopleBatch
{
public:
    PeopleBatch(Database& db, std::string actor, std::string_view kind, const nlohmann::ordered_json& source);
    ~PeopleBatch();
    PeopleBatch(const PeopleBatch&) = delete;
    PeopleBatch& operator=(const PeopleBatch&) = delete;

    // A new person with their roles (each role's person is filled in). Refusals as PeopleService::registerPerson.
    Person add(const Person& person, std::vector<PersonRole> roles);

    // Keeps what was added, and writes `outcome` (the counts) into the batch's audit entry.
    void commit(const nlohmann::ordered_json& outcome);

private:
    Database& m_db;
    // The indexes of a kabupaten's people stay in memory: the batch does not read back the pages it has just written.
    PageCacheScope m_cache;
    std::unique_ptr<UnitOfWork> m_work;
    long long m_batchId = 0;
    bool m_broken = false;
};

} // namespace relawas::core

#pragma once

#include "core/base/RecordMeta.h"
#include "core/storage/UnitOfWork.h"

#include <cstdint>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

// Binds what every changeable record carries to the named parameters :revision, :created_at, :created_by,
// :updated_at and :updated_by of an INSERT or UPDATE.
inline void bindRecordMeta(SQLite::Statement& statement, const RecordMeta& meta)
{
    statement.bind(":revision", static_cast<int64_t>(meta.revision));
    statement.bind(":created_at", meta.createdAt);
    statement.bind(":created_by", meta.createdBy);
    statement.bind(":updated_at", meta.updatedAt);
    statement.bind(":updated_by", meta.updatedBy);
}

// Binds who changes the record with uuid `uuid` when, to :now, :actor and :uuid of an UPDATE that stamps it (a
// tombstone, a move to another person).
inline void bindChange(SQLite::Statement& statement, const UnitOfWork& work, const std::string& uuid)
{
    statement.bind(":now", work.now());
    statement.bind(":actor", work.actor());
    statement.bind(":uuid", uuid);
}

// Reads what bindRecordMeta() binds: the uuid from column `uuid`, the revision and who/when from the five columns
// starting at `revision`.
inline RecordMeta recordMetaFrom(SQLite::Statement& q, int uuid, int revision)
{
    return {q.getColumn(uuid).getString(),         q.getColumn(revision).getInt64(),
            q.getColumn(revision + 1).getString(), q.getColumn(revision + 2).getString(),
            q.getColumn(revision + 3).getString(), q.getColumn(revision + 4).getString()};
}

} // namespace relawas::core

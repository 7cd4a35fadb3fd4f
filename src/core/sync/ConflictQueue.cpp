#include "core/sync/ConflictQueue.h"

#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"

#include <cstdint>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "id, import_id, record_table, uuid, label, field, kind, base_value, ours, theirs, "
                                 "status, resolution, resolved_at, resolved_by";

nlohmann::json jsonOrNull(SQLite::Statement& row, int column)
{
    return row.isColumnNull(column) ? nlohmann::json() : nlohmann::json::parse(row.getColumn(column).getString());
}

std::string textOf(SQLite::Statement& row, int column)
{
    return row.isColumnNull(column) ? std::string() : row.getColumn(column).getString();
}

SyncConflict fromRow(SQLite::Statement& row)
{
    SyncConflict conflict;
    conflict.id = row.getColumn(0).getInt64();
    conflict.importId = row.getColumn(1).getInt64();
    conflict.table = row.getColumn(2).getString();
    conflict.uuid = row.getColumn(3).getString();
    conflict.label = row.getColumn(4).getString();
    conflict.field = row.getColumn(5).getString();
    conflict.kind = row.getColumn(6).getString();
    conflict.base = jsonOrNull(row, 7);
    conflict.ours = jsonOrNull(row, 8);
    conflict.theirs = jsonOrNull(row, 9);
    conflict.status = row.getColumn(10).getString();
    conflict.resolution = jsonOrNull(row, 11);
    conflict.resolvedAt = textOf(row, 12);
    conflict.resolvedBy = textOf(row, 13);
    return conflict;
}

} // namespace

ConflictQueue::ConflictQueue(Database& db)
    : m_db(db)
{}

std::vector<SyncConflict> ConflictQueue::where(const std::string& condition, long long value, int limit) const
{
    return translatingSqliteErrors("conflicts: list", [&]() {
        auto query = m_db.prepared(std::string("SELECT ") + kColumns + " FROM sync_conflict WHERE " + condition +
                                   " ORDER BY id LIMIT ?");
        query->bind(1, static_cast<int64_t>(value));
        query->bind(2, limit);
        std::vector<SyncConflict> list;
        while (query->executeStep()) {
            list.push_back(fromRow(*query));
        }
        return list;
    });
}

std::vector<SyncConflict> ConflictQueue::open(int limit) const
{
    return where("status = 'open' AND id > ?", 0, limit);
}

std::vector<SyncConflict> ConflictQueue::ofImport(long long importId) const
{
    return where("import_id = ?", importId, 100000);
}

std::optional<SyncConflict> ConflictQueue::find(long long id) const
{
    auto found = where("id = ?", id, 1);
    if (found.empty()) {
        return std::nullopt;
    }
    return found.front();
}

long long ConflictQueue::countOpen() const
{
    return translatingSqliteErrors("conflicts: count", [&]() {
        auto query = m_db.prepared("SELECT count(*) FROM sync_conflict WHERE status = 'open'");
        query->executeStep();
        return static_cast<long long>(query->getColumn(0).getInt64());
    });
}

long long ConflictQueue::add(const SyncConflict& conflict, UnitOfWork& work)
{
    return translatingSqliteErrors("conflicts: add", [&]() {
        auto write = m_db.prepared(
            "INSERT INTO sync_conflict (import_id, record_table, uuid, label, field, kind, base_value, ours, theirs, "
            "status, resolution, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        write->bind(1, static_cast<int64_t>(conflict.importId));
        write->bind(2, conflict.table);
        write->bind(3, conflict.uuid);
        write->bind(4, conflict.label);
        write->bind(5, conflict.field);
        write->bind(6, conflict.kind);
        write->bind(7, conflict.base.dump());
        write->bind(8, conflict.ours.dump());
        write->bind(9, conflict.theirs.dump());
        const bool decided = conflict.status == "resolved";
        write->bind(10, decided ? "resolved" : "open");
        if (decided) {
            write->bind(11, conflict.resolution.dump());
            write->bind(12, work.now());
            write->bind(13, work.actor());
        }
        write->exec();
        return static_cast<long long>(m_db.connection().getLastInsertRowid());
    });
}

void ConflictQueue::markResolved(long long id, const nlohmann::json& value, UnitOfWork& work)
{
    translatingSqliteErrors("conflicts: resolve", [&]() {
        auto write = m_db.prepared("UPDATE sync_conflict SET status = 'resolved', resolution = ?, resolved_at = ?, "
                                   "resolved_by = ? WHERE id = ?");
        write->bind(1, value.dump());
        write->bind(2, work.now());
        write->bind(3, work.actor());
        write->bind(4, static_cast<int64_t>(id));
        write->exec();
    });
}

} // namespace relawas::core

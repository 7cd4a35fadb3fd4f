#include "core/sync/ImportHistory.h"

#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"

#include <cstdint>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns = "id, at, actor, file_name, installation_id, installation_name, scope_code, kind, "
                                 "sequence, previous_sequence, digest, status, counts";

ReportImportEntry fromRow(SQLite::Statement& row)
{
    ReportImportEntry entry;
    entry.id = row.getColumn(0).getInt64();
    entry.at = row.getColumn(1).getString();
    entry.actor = row.getColumn(2).getString();
    entry.fileName = row.getColumn(3).getString();
    entry.installationId = row.getColumn(4).getString();
    entry.installationName = row.getColumn(5).getString();
    entry.scopeCode = row.getColumn(6).getString();
    entry.kind = row.getColumn(7).getString();
    entry.sequence = row.getColumn(8).getInt64();
    if (!row.isColumnNull(9)) {
        entry.previousSequence = row.getColumn(9).getInt64();
    }
    entry.digest = row.getColumn(10).getString();
    entry.status = row.getColumn(11).getString();
    entry.counts = nlohmann::json::parse(row.getColumn(12).getString());
    return entry;
}

} // namespace

ImportHistory::ImportHistory(Database& db)
    : m_db(db)
{}

std::vector<ReportImportEntry> ImportHistory::all(int limit) const
{
    return translatingSqliteErrors("import history: all", [&]() {
        auto query = m_db.prepared(std::string("SELECT ") + kColumns + " FROM report_import ORDER BY id DESC LIMIT ?");
        query->bind(1, limit);
        std::vector<ReportImportEntry> list;
        while (query->executeStep()) {
            list.push_back(fromRow(*query));
        }
        return list;
    });
}

std::optional<ReportImportEntry> ImportHistory::mergedWithDigest(const std::string& digest) const
{
    return translatingSqliteErrors("import history: by digest", [&]() -> std::optional<ReportImportEntry> {
        auto query = m_db.prepared(std::string("SELECT ") + kColumns +
                                   " FROM report_import WHERE digest = ? AND status = 'merged' ORDER BY id LIMIT 1");
        query->bind(1, digest);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return fromRow(*query);
    });
}

std::optional<ReportImportEntry> ImportHistory::merged(const std::string& installationId, long long sequence) const
{
    return translatingSqliteErrors("import history: by sequence", [&]() -> std::optional<ReportImportEntry> {
        auto query = m_db.prepared(std::string("SELECT ") + kColumns +
                                   " FROM report_import WHERE installation_id = ? AND sequence = ? AND status = "
                                   "'merged' ORDER BY id LIMIT 1");
        query->bind(1, installationId);
        query->bind(2, static_cast<int64_t>(sequence));
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return fromRow(*query);
    });
}

void ImportHistory::finish(long long id, const std::string& digest, const std::string& status,
                           const nlohmann::json& counts)
{
    translatingSqliteErrors("import history: finish", [&]() {
        auto write = m_db.prepared("UPDATE report_import SET digest = ?, status = ?, counts = ? WHERE id = ?");
        write->bind(1, digest);
        write->bind(2, status);
        write->bind(3, counts.dump());
        write->bind(4, static_cast<int64_t>(id));
        write->exec();
    });
}

long long ImportHistory::add(ReportImportEntry entry, UnitOfWork& work)
{
    return translatingSqliteErrors("import history: add", [&]() {
        auto write = m_db.prepared(
            "INSERT INTO report_import (at, actor, file_name, installation_id, installation_name, scope_code, kind, "
            "sequence, previous_sequence, digest, status, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        write->bind(1, work.now());
        write->bind(2, work.actor());
        write->bind(3, entry.fileName);
        write->bind(4, entry.installationId);
        write->bind(5, entry.installationName);
        write->bind(6, entry.scopeCode);
        write->bind(7, entry.kind);
        write->bind(8, static_cast<int64_t>(entry.sequence));
        if (entry.previousSequence) {
            write->bind(9, static_cast<int64_t>(*entry.previousSequence));
        }
        write->bind(10, entry.digest);
        write->bind(11, entry.status);
        write->bind(12, entry.counts.dump());
        write->exec();
        return static_cast<long long>(m_db.connection().getLastInsertRowid());
    });
}

} // namespace relawas::core

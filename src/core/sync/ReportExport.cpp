#include "core/sync/ReportExport.h"

#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/PageCacheScope.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"
#include "core/sync/InstallationKey.h"
#include "core/sync/PublicSummary.h"
#include "core/sync/ReportTables.h"
#include "core/sync/ReportWriter.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

constexpr const char* kSequenceSetting = SettingsStore::kReportSequence;
// The sequence of the last report to a receiver: "report_last_to:" and its installation id.
constexpr const char* kLastToReceiverSetting = "report_last_to:";
constexpr const char* kLastAtReceiverSetting = "report_last_at:"; // and when it was made

// The revision the receiver last agreed on with this database, for the record of alias r: its base. A report for
// anyone has none, and does without a search per record.
constexpr const char* kBaseRevision =
    "(SELECT revision FROM exchange_base AS b WHERE b.peer_id = :receiver AND b.uuid = r.uuid)";

// Each member is read once, in the order of its uuids: a page cache beyond a few MiB only costs the allocation of its
// pages (with 64 MiB the export of 50,000 people took a fifth longer and twice the memory).
constexpr long long kExportCacheKiB = 4 * 1024;

// One member of the content: the query of its records (living ones, ordered by uuid), whose columns are those of
// the record.
struct Member
{
    std::string name;
    std::string query;
    CanonicalRecordWriter record;
};

// A report of changes holds what changed here since the last report to the receiver was made, less what the receiver
// holds already: the records whose revision it sent this database.
constexpr const char* kChanged = " AND r.updated_at >= :since AND NOT EXISTS (SELECT 1 FROM exchange_base AS b WHERE "
                                 "b.peer_id = :receiver AND b.uuid = r.uuid AND b.revision = r.revision)";
constexpr const char* kChangedFact = " AND r.at >= :since AND NOT EXISTS (SELECT 1 FROM exchange_base AS b WHERE "
                                     "b.peer_id = :receiver AND b.uuid = r.uuid)";

// Every row of the tables a report carries, living or removed: a bound of the records a report holds, counted from
// each table's smallest index at little cost.
std::size_t rowsOfReportTables(Database& db)
{
    std::size_t rows = 0;
    for (const ReportTable& table : reportTables()) {
        rows += std::size_t(db.connection().execAndGet(fmt::format("SELECT count(*) FROM {}", table.table)).getInt64());
    }
    return rows;
}

std::vector<Member> members(bool changesOnly, bool forReceiver)
{
    const char* base = forReceiver ? kBaseRevision : "NULL";
    std::vector<Member> list;
    for (const ReportTable& table : reportTables()) {
        if (!table.revised) {
            list.push_back({std::string(table.member),
                            fmt::format("SELECT {} FROM {} AS r WHERE ({}){} ORDER BY uuid", table.columns, table.table,
                                        table.inScope, changesOnly ? kChangedFact : ""),
                            CanonicalRecordWriter(table.fields)});
            continue;
        }
        // The base revision follows the record's columns.
        std::vector<ReportField> columns = table.fields;
        columns.push_back({"base_revision", FieldKind::IntegerOrNull});
        list.push_back({std::string(table.member),
                        fmt::format("SELECT {}, {} FROM {} AS r WHERE deleted_at IS NULL AND ({}){} ORDER BY uuid",
                                    table.columns, base, table.table, table.inScope, changesOnly ? kChanged : ""),
                        CanonicalRecordWriter(std::move(columns))});
    }
    // The removed records of the six tables, in the scope as their living records are.
    std::string removed;
    for (const ReportTable& table : reportTables()) {
        if (table.revised) {
            removed += fmt::format("{}SELECT '{}', uuid, revision, {}, deleted_at, updated_by FROM {} AS r WHERE "
                                   "deleted_at IS NOT NULL AND ({}){}",
                                   removed.empty() ? "" : " UNION ALL ", table.table, base, table.table, table.inScope,
                                   changesOnly ? kChanged : "");
        }
    }
    using enum FieldKind;
    list.push_back({"tombstones", removed + " ORDER BY 2",
                    CanonicalRecordWriter({{"table", Text},
                                           {"uuid", Text},
                                           {"revision", Integer},
                                           {"base_revision", IntegerOrNull},
                                           {"deleted_at", Text},
                                           {"deleted_by", Text}})});
    return list;
}

void bindMember(SQLite::Statement& statement, const std::string& query, const ExportRequest& request,
                const std::string& since)
{
    bindScope(statement, request.scopeCode);
    // The queries of check-in attempts in a full report name neither, those of a full report no :since.
    if (query.find(":receiver") != std::string::npos) {
        statement.bind(":receiver", request.receiver);
    }
    if (query.find(":since") != std::string::npos) {
        statement.bind(":since", since);
    }
}

} // namespace

std::string suggestedReportName(const std::string& scopeCode, const std::string& isoDate, long long sequence)
{
    return fmt::format("relawas-{}-{}-{:04}.relawas.json", scopeCode, isoDate, sequence);
}

long long nextReportSequence(Database& db)
{
    return std::stoll(SettingsStore(db).get(kSequenceSetting).value_or("0")) + 1;
}

std::optional<long long> lastReportTo(Database& db, const std::string& receiver)
{
    const auto last = SettingsStore(db).get(std::string(kLastToReceiverSetting) + receiver);
    return last ? std::optional<long long>(std::stoll(*last)) : std::nullopt;
}

ExportResult exportReport(Database& db, const ExportRequest& request, const Progress& progress)
{
    return translatingSqliteErrors("report: export", [&]() -> ExportResult {
        if (!RegionRepository(db).find(request.scopeCode)) {
            throw Error(ErrorKind::NotFound, "region.unknown_code",
                        fmt::format("{} is not a region of this database", request.scopeCode), "scope",
                        {request.scopeCode});
        }
        const InstallationKey key(db);
        SettingsStore settings(db);
        const std::string installationId = settings.installationId();
        const long long sequence = std::stoll(settings.get(kSequenceSetting).value_or("0")) + 1;
        json codeList{{"source", "unknown"}, {"version", "unknown"}};
        {
            auto loaded = db.prepared("SELECT name, version FROM code_list ORDER BY id DESC LIMIT 1");
            if (loaded->executeStep()) {
                codeList = {{"source", loaded->getColumn(0).getString()},
                            {"version", loaded->getColumn(1).getString()}};
            }
        }

        const bool isPublic = request.kind == ReportKind::Public;
        const bool changesOnly = request.kind == ReportKind::Changes;
        const std::string lastToReceiver = std::string(kLastToReceiverSetting) + request.receiver;
        std::optional<long long> previous;
        std::string since; // when the last report to the receiver was made
        const std::string createdAt = nowUtcIso();
        if (changesOnly) {
            if (request.receiver.empty()) {
                throw Error(ErrorKind::UserInput, "report.receiver_required",
                            "a report of changes is for one receiver: name it", "receiver");
            }
            const auto last = settings.get(lastToReceiver);
            if (!last) {
                throw Error(ErrorKind::UserInput, "report.nothing_sent_before",
                            fmt::format("no report was sent to {} yet: send a full report first", request.receiver),
                            "receiver", {request.receiver});
            }
            previous = std::stoll(*last);
            since = settings.get(std::string(kLastAtReceiverSetting) + request.receiver).value_or("");
        }

        // One moment of the database: a read transaction over every query. Each member is read once: the writer
        // counts its records as it spools them, and the header with the counts is written at the end, before them.
        const PageCacheScope cache(db, kExportCacheKiB);
        SQLite::Transaction snapshot(db.connection());
        const std::vector<Member> list =
            isPublic ? std::vector<Member>() : members(changesOnly, !request.receiver.empty());
        ExportResult result;
        result.sequence = sequence;
        ReportWriter writer(request.output, key);
        if (isPublic) {
            const json summary = publicSummary(db, request.scopeCode);
            result.counts["regions"] = summary.at("regions").size();
            result.counts["trainings"] = summary.at("trainings").size();
            writer.value("summary", summary);
        }
        // How many records there are is known at the end only; the progress counts against every row of the tables,
        // which a report of the whole database reaches and a report of one kecamatan stays below until it is done.
        const std::size_t atMost = rowsOfReportTables(db);
        std::size_t done = 0;
        std::string line;
        for (const Member& member : list) {
            SQLite::Statement rows(db.connection(), std::string(kScopeTables) + member.query);
            bindMember(rows, member.query, request, since);
            writer.beginMember(member.name);
            while (rows.executeStep()) {
                line.clear();
                member.record.append(line, rows);
                writer.record(std::string_view(line));
                if (++done % 1000 == 0) {
                    progress.step(std::min(done, atMost), atMost);
                }
            }
            writer.endMember();
            result.counts[member.name] = writer.records();
        }

        json counts = json::object();
        for (const auto& [name, count] : result.counts) {
            counts[name] = count;
        }
        const json header{
            {"generator", {{"name", "Relawas"}, {"version", request.generatorVersion}}},
            {"installation",
             {{"id", installationId},
              {"name", request.installationName},
              {"public_key", toBase64(std::string_view(reinterpret_cast<const char*>(key.publicKey().data()),
                                                       key.publicKey().size()))}}},
            {"kind", isPublic ? "public" : (changesOnly ? "changes" : "full")},
            {"scope", request.scopeCode},
            {"sequence", sequence},
            {"previous_sequence", previous ? json(*previous) : json(nullptr)},
            {"receiver", request.receiver.empty() ? json(nullptr) : json(request.receiver)},
            {"created_at", createdAt},
            {"code_list", codeList},
            {"counts", counts}};
        result.digest = writer.finish(header);
        snapshot.commit();
        settings.set(kSequenceSetting, std::to_string(sequence));
        if (!request.receiver.empty() && !isPublic) {
            settings.set(lastToReceiver, std::to_string(sequence));
            settings.set(std::string(kLastAtReceiverSetting) + request.receiver, createdAt);
        }
        AuditLog(db).record(request.actor, "report", installationId, "create", std::nullopt,
                            nlohmann::ordered_json{{"exported", request.output.filename().string()},
                                                   {"kind", header.at("kind")},
                                                   {"scope", request.scopeCode},
                                                   {"sequence", sequence},
                                                   {"receiver", header.at("receiver")},
                                                   {"digest", result.digest},
                                                   {"counts", counts}});
        progress.step(done, done);
        return result;
    });
}

} // namespace relawas::core

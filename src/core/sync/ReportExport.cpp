#include "core/sync/ReportExport.h"

#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"
#include "core/sync/InstallationKey.h"
#include "core/sync/PublicSummary.h"
#include "core/sync/ReportWriter.h"

#include <functional>
#include <sstream>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

constexpr const char* kSequenceSetting = "report_sequence";

// What the scope holds, as common table expressions the member queries start with: the trainings held for the scope
// (or for no region) and the people living in it, holding a role in it, or invited to one of those trainings.
constexpr const char* kScopeTables = R"(
    WITH in_trainings AS (
        SELECT uuid FROM training WHERE scope_code IS NULL OR scope_code = :scope OR (scope_code > :below AND scope_code < :above)),
    in_people AS (
        SELECT uuid FROM person WHERE village_code = :scope OR (village_code > :below AND village_code < :above)
        UNION SELECT person_uuid FROM person_role WHERE scope_code = :scope OR (scope_code > :below AND scope_code < :above)
        UNION SELECT person_uuid FROM invitation WHERE training_uuid IN in_trainings)
)";

constexpr const char* kMeta = "uuid, revision, created_at, created_by, updated_at, updated_by";

json textOrNull(const SQLite::Column& column)
{
    return column.isNull() ? json(nullptr) : json(column.getString());
}

json numberOrNull(const SQLite::Column& column)
{
    return column.isNull() ? json(nullptr) : json(column.getDouble());
}

// A row's uuid, revision and who/when (columns 0 to 5), with no base: the exchange is not remembered yet.
json metaOf(SQLite::Statement& row)
{
    return {{"uuid", row.getColumn(0).getString()},
            {"revision", row.getColumn(1).getInt64()},
            {"base_revision", nullptr},
            {"created_at", row.getColumn(2).getString()},
            {"created_by", row.getColumn(3).getString()},
            {"updated_at", row.getColumn(4).getString()},
            {"updated_by", row.getColumn(5).getString()}};
}

// One member of the content: the query of its records (living ones, ordered by uuid) and how a row becomes a record.
struct Member
{
    const char* name;
    std::string query;
    std::function<json(SQLite::Statement&)> record;
};

std::vector<Member> members()
{
    const std::string meta = kMeta;
    std::vector<Member> list;
    list.push_back({"villages",
                    "SELECT " + meta +
                        ", village_code, status, sk_number, sk_date, assessment_score, vulnerability, "
                        "mou_end_date, notes FROM kampung_programme WHERE deleted_at IS NULL AND "
                        "(village_code = :scope OR (village_code > :below AND village_code < :above)) ORDER BY uuid",
                    [](SQLite::Statement& row) {
                        json record = metaOf(row);
                        record["village_code"] = row.getColumn(6).getString();
                        record["status"] = row.getColumn(7).getString();
                        record["sk_number"] = row.getColumn(8).getString();
                        record["sk_date"] = textOrNull(row.getColumn(9));
                        record["assessment_score"] = numberOrNull(row.getColumn(10));
                        record["vulnerability"] = textOrNull(row.getColumn(11));
                        record["mou_end_date"] = textOrNull(row.getColumn(12));
                        record["notes"] = row.getColumn(13).getString();
                        return record;
                    }});
    list.push_back(
        {"people",
         "SELECT " + meta +
             ", nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone, email, "
             "occupation, "
             "education, has_disability, disability_kind, target_groups, organisation, no_party_declared_on, "
             "consent_on, notes FROM person WHERE deleted_at IS NULL AND uuid IN in_people ORDER BY uuid",
         [](SQLite::Statement& row) {
             json record = metaOf(row);
             record["nik"] = textOrNull(row.getColumn(6));
             record["full_name"] = row.getColumn(7).getString();
             record["gender"] = textOrNull(row.getColumn(8));
             record["birth_date"] = textOrNull(row.getColumn(9));
             record["birth_place"] = row.getColumn(10).getString();
             record["village_code"] = textOrNull(row.getColumn(11));
             int column = 12;
             for (const char* field : {"dusun", "rt", "rw", "phone", "email", "occupation", "education"}) {
                 record[field] = row.getColumn(column++).getString();
             }
             record["has_disability"] = row.getColumn(19).getInt() != 0;
             record["disability_kind"] = row.getColumn(20).getString();
             json groups = json::array();
             std::istringstream ids(row.getColumn(21).getString());
             for (std::string id; ids >> id;) {
                 groups.push_back(id);
             }
             record["target_groups"] = groups;
             record["organisation"] = row.getColumn(22).getString();
             record["no_party_declared_on"] = textOrNull(row.getColumn(23));
             record["consent_on"] = textOrNull(row.getColumn(24));
             record["notes"] = row.getColumn(25).getString();
             return record;
         }});
    list.push_back({"roles",
                    "SELECT " + meta +
                        ", person_uuid, role, scope_code, start_date, end_date, end_reason FROM person_role WHERE "
                        "deleted_at IS NULL AND person_uuid IN in_people ORDER BY uuid",
                    [](SQLite::Statement& row) {
                        json record = metaOf(row);
                        record["person_uuid"] = row.getColumn(6).getString();
                        record["role"] = row.getColumn(7).getString();
                        record["scope_code"] = textOrNull(row.getColumn(8));
                        record["start_date"] = textOrNull(row.getColumn(9));
                        record["end_date"] = textOrNull(row.getColumn(10));
                        record["end_reason"] = row.getColumn(11).getString();
                        return record;
                    }});
    list.push_back({"trainings",
                    "SELECT " + meta +
                        ", kind, title, scope_code, venue, start_date, end_date, capacity, notes, pass_mark FROM "
                        "training WHERE deleted_at IS NULL AND uuid IN in_trainings ORDER BY uuid",
                    [](SQLite::Statement& row) {
                        json record = metaOf(row);
                        record["kind"] = row.getColumn(6).getString();
                        record["title"] = row.getColumn(7).getString();
                        record["scope_code"] = textOrNull(row.getColumn(8));
                        record["venue"] = row.getColumn(9).getString();
                        record["start_date"] = row.getColumn(10).getString();
                        record["end_date"] = row.getColumn(11).getString();
                        record["capacity"] =
                            row.getColumn(12).isNull() ? json(nullptr) : json(row.getColumn(12).getInt64());
                        record["notes"] = row.getColumn(13).getString();
                        record["pass_mark"] = row.getColumn(14).getDouble();
                        return record;
                    }});
    list.push_back({"invitations",
                    "SELECT " + meta +
                        ", training_uuid, person_uuid, part, status, walk_in FROM invitation WHERE deleted_at IS NULL "
                        "AND training_uuid IN in_trainings ORDER BY uuid",
                    [](SQLite::Statement& row) {
                        json record = metaOf(row);
                        record["training_uuid"] = row.getColumn(6).getString();
                        record["person_uuid"] = row.getColumn(7).getString();
                        record["part"] = row.getColumn(8).getString();
                        record["status"] = row.getColumn(9).getString();
                        record["walk_in"] = row.getColumn(10).getInt() != 0;
                        return record;
                    }});
    list.push_back({"attendance",
                    "SELECT " + meta +
                        ", training_uuid, person_uuid, day, checked_in_at, annulled_at, annulled_by, annul_reason "
                        "FROM attendance WHERE deleted_at IS NULL AND training_uuid IN in_trainings ORDER BY uuid",
                    [](SQLite::Statement& row) {
                        json record = metaOf(row);
                        record["training_uuid"] = row.getColumn(6).getString();
                        record["person_uuid"] = row.getColumn(7).getString();
                        record["day"] = row.getColumn(8).getString();
                        record["checked_in_at"] = row.getColumn(9).getString();
                        record["annulled_at"] = textOrNull(row.getColumn(10));
                        record["annulled_by"] = row.getColumn(11).getString();
                        record["annul_reason"] = row.getColumn(12).getString();
                        return record;
                    }});
    list.push_back({"checkin_attempts",
                    "SELECT uuid, training_uuid, day, at, method, input, result, person_uuid, attendance_uuid, actor "
                    "FROM checkin_attempt WHERE training_uuid IN in_trainings ORDER BY uuid",
                    [](SQLite::Statement& row) {
                        return json{{"uuid", row.getColumn(0).getString()},
                                    {"training_uuid", row.getColumn(1).getString()},
                                    {"day", row.getColumn(2).getString()},
                                    {"at", row.getColumn(3).getString()},
                                    {"method", row.getColumn(4).getString()},
                                    {"input", row.getColumn(5).getString()},
                                    {"result", row.getColumn(6).getString()},
                                    {"person_uuid", textOrNull(row.getColumn(7))},
                                    {"attendance_uuid", textOrNull(row.getColumn(8))},
                                    {"actor", row.getColumn(9).getString()}};
                    }});
    // The removed records of the six tables, in the scope as their living records are.
    const auto removed = [](const char* table, const char* where) {
        return fmt::format("SELECT '{0}', uuid, revision, deleted_at, updated_by FROM {0} WHERE deleted_at IS NOT "
                           "NULL AND ({1})",
                           table, where);
    };
    list.push_back(
        {"tombstones",
         removed("kampung_programme", "village_code = :scope OR (village_code > :below AND village_code < :above)") +
             " UNION ALL " + removed("person", "uuid IN in_people") + " UNION ALL " +
             removed("person_role", "person_uuid IN in_people") + " UNION ALL " +
             removed("training",
                     "scope_code IS NULL OR scope_code = :scope OR (scope_code > :below AND scope_code < :above)") +
             " UNION ALL " + removed("invitation", "training_uuid IN in_trainings") + " UNION ALL " +
             removed("attendance", "training_uuid IN in_trainings") + " ORDER BY 2",
         [](SQLite::Statement& row) {
             return json{{"table", row.getColumn(0).getString()},      {"uuid", row.getColumn(1).getString()},
                         {"revision", row.getColumn(2).getInt64()},    {"base_revision", nullptr},
                         {"deleted_at", row.getColumn(3).getString()}, {"deleted_by", row.getColumn(4).getString()}};
         }});
    return list;
}

// A code under the scope sorts between "12.19." and "12.19/" ('/' follows '.'): a range an index can serve, where
// LIKE '12.19.%' reads every row.
void bindScope(SQLite::Statement& statement, const std::string& scope)
{
    statement.bind(":scope", scope);
    statement.bind(":below", scope + ".");
    statement.bind(":above", scope + "/");
}

} // namespace

std::string suggestedReportName(const std::string& scopeCode, const std::string& isoDate, long long sequence)
{
    return fmt::format("relawas-{}-{}-{:04}.relawas.json", scopeCode, isoDate, sequence);
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

        // One moment of the database: a read transaction over every query, counts included.
        SQLite::Transaction snapshot(db.connection());
        const bool isPublic = request.kind == ReportKind::Public;
        const std::vector<Member> list = isPublic ? std::vector<Member>() : members();
        ExportResult result;
        result.sequence = sequence;
        std::size_t total = 0;
        json summary;
        if (isPublic) {
            summary = publicSummary(db, request.scopeCode);
            result.counts["regions"] = summary.at("regions").size();
            result.counts["trainings"] = summary.at("trainings").size();
        }
        for (const Member& member : list) {
            SQLite::Statement count(db.connection(),
                                    std::string(kScopeTables) + "SELECT count(*) FROM (" + member.query + ")");
            bindScope(count, request.scopeCode);
            count.executeStep();
            result.counts[member.name] = std::size_t(count.getColumn(0).getInt64());
            total += result.counts[member.name];
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
            {"kind", request.kind == ReportKind::Public ? "public" : "full"},
            {"scope", request.scopeCode},
            {"sequence", sequence},
            {"previous_sequence", nullptr},
            {"receiver", nullptr},
            {"created_at", nowUtcIso()},
            {"code_list", codeList},
            {"counts", counts}};

        ReportWriter writer(request.output, header, key);
        if (isPublic) {
            writer.value("summary", summary);
        }
        std::size_t done = 0;
        for (const Member& member : list) {
            SQLite::Statement rows(db.connection(), std::string(kScopeTables) + member.query);
            bindScope(rows, request.scopeCode);
            writer.beginMember(member.name);
            while (rows.executeStep()) {
                writer.record(member.record(rows));
                if (++done % 1000 == 0) {
                    progress.step(done, total);
                }
            }
            writer.endMember();
        }
        result.digest = writer.finish();
        snapshot.commit();
        settings.set(kSequenceSetting, std::to_string(sequence));
        progress.step(total, total);
        return result;
    });
}

} // namespace relawas::core

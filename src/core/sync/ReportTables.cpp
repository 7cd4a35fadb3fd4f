#include "core/sync/ReportTables.h"

#include "core/base/Error.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/programme/KampungRepository.h"
#include "core/storage/Database.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CheckInAttemptLog.h"
#include "core/trainings/InvitationRepository.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>
#include <map>
#include <sstream>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

constexpr const char* kMeta = "uuid, revision, created_at, created_by, updated_at, updated_by";

json textOrNull(const SQLite::Column& column)
{
    return column.isNull() ? json(nullptr) : json(column.getString());
}

json numberOrNull(const SQLite::Column& column)
{
    return column.isNull() ? json(nullptr) : json(column.getDouble());
}

// A row's uuid, revision and who/when (columns 0 to 5).
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

json villageRecord(SQLite::Statement& row)
{
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
}

json personRecord(SQLite::Statement& row)
{
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
}

json roleRecord(SQLite::Statement& row)
{
    json record = metaOf(row);
    record["person_uuid"] = row.getColumn(6).getString();
    record["role"] = row.getColumn(7).getString();
    record["scope_code"] = textOrNull(row.getColumn(8));
    record["start_date"] = textOrNull(row.getColumn(9));
    record["end_date"] = textOrNull(row.getColumn(10));
    record["end_reason"] = row.getColumn(11).getString();
    return record;
}

json trainingRecord(SQLite::Statement& row)
{
    json record = metaOf(row);
    record["kind"] = row.getColumn(6).getString();
    record["title"] = row.getColumn(7).getString();
    record["scope_code"] = textOrNull(row.getColumn(8));
    record["venue"] = row.getColumn(9).getString();
    record["start_date"] = row.getColumn(10).getString();
    record["end_date"] = row.getColumn(11).getString();
    record["capacity"] = row.getColumn(12).isNull() ? json(nullptr) : json(row.getColumn(12).getInt64());
    record["notes"] = row.getColumn(13).getString();
    record["pass_mark"] = row.getColumn(14).getDouble();
    return record;
}

json invitationRecord(SQLite::Statement& row)
{
    json record = metaOf(row);
    record["training_uuid"] = row.getColumn(6).getString();
    record["person_uuid"] = row.getColumn(7).getString();
    record["part"] = row.getColumn(8).getString();
    record["status"] = row.getColumn(9).getString();
    record["walk_in"] = row.getColumn(10).getInt() != 0;
    return record;
}

json attendanceRecord(SQLite::Statement& row)
{
    json record = metaOf(row);
    record["training_uuid"] = row.getColumn(6).getString();
    record["person_uuid"] = row.getColumn(7).getString();
    record["day"] = row.getColumn(8).getString();
    record["checked_in_at"] = row.getColumn(9).getString();
    record["annulled_at"] = textOrNull(row.getColumn(10));
    record["annulled_by"] = row.getColumn(11).getString();
    record["annul_reason"] = row.getColumn(12).getString();
    return record;
}

json attemptRecord(SQLite::Statement& row)
{
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
}

std::vector<ReportTable> makeTables()
{
    const std::string meta = std::string(kMeta) + ", ";
    const std::string inTrainings = "training_uuid IN in_trainings";
    std::vector<ReportTable> list;
    list.push_back({"villages", "kampung_programme",
                    meta + "village_code, status, sk_number, sk_date, assessment_score, vulnerability, mou_end_date, "
                           "notes",
                    "village_code = :scope OR (village_code > :below AND village_code < :above)", true, villageRecord});
    list.push_back({"people", "person",
                    meta + "nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone, "
                           "email, occupation, education, has_disability, disability_kind, target_groups, "
                           "organisation, no_party_declared_on, consent_on, notes",
                    "uuid IN in_people", true, personRecord});
    list.push_back({"roles", "person_role", meta + "person_uuid, role, scope_code, start_date, end_date, end_reason",
                    "person_uuid IN in_people", true, roleRecord});
    list.push_back({"trainings", "training",
                    meta + "kind, title, scope_code, venue, start_date, end_date, capacity, notes, pass_mark",
                    "uuid IN in_trainings", true, trainingRecord});
    list.push_back({"invitations", "invitation", meta + "training_uuid, person_uuid, part, status, walk_in",
                    inTrainings, true, invitationRecord});
    list.push_back({"attendance", "attendance",
                    meta + "training_uuid, person_uuid, day, checked_in_at, annulled_at, annulled_by, annul_reason",
                    inTrainings, true, attendanceRecord});
    list.push_back({"checkin_attempts", "checkin_attempt",
                    "uuid, training_uuid, day, at, method, input, result, person_uuid, attendance_uuid, actor",
                    inTrainings, false, attemptRecord});
    return list;
}

} // namespace

const char* const kScopeTables = R"(
    WITH in_trainings AS (
        SELECT uuid FROM training WHERE scope_code IS NULL OR scope_code = :scope OR (scope_code > :below AND scope_code < :above)),
    in_people AS (
        SELECT uuid FROM person WHERE village_code = :scope OR (village_code > :below AND village_code < :above)
        UNION SELECT person_uuid FROM person_role WHERE scope_code = :scope OR (scope_code > :below AND scope_code < :above)
        UNION SELECT person_uuid FROM invitation WHERE training_uuid IN in_trainings)
)";

const std::vector<ReportTable>& reportTables()
{
    static const std::vector<ReportTable> tables = makeTables();
    return tables;
}

const ReportTable* reportTableOfMember(std::string_view member)
{
    for (const ReportTable& table : reportTables()) {
        if (table.member == member) {
            return &table;
        }
    }
    return nullptr;
}

const ReportTable* reportTableNamed(std::string_view name)
{
    for (const ReportTable& table : reportTables()) {
        if (table.table == name) {
            return &table;
        }
    }
    return nullptr;
}

std::optional<LocalRecord> localRecord(Database& db, const ReportTable& table, const std::string& uuid)
{
    // Asked once per record of a report: the statement's text is made once per table, not per call.
    static const std::map<const ReportTable*, std::string> lookups = [] {
        std::map<const ReportTable*, std::string> all;
        for (const ReportTable& one : reportTables()) {
            all[&one] = "SELECT " + one.columns + ", " + (one.revised ? "deleted_at" : "NULL") + " FROM " +
                        std::string(one.table) + " WHERE uuid = ?";
        }
        return all;
    }();
    auto query = db.prepared(lookups.at(&table));
    query->bind(1, uuid);
    if (!query->executeStep()) {
        return std::nullopt;
    }
    LocalRecord local{table.record(*query), !query->isColumnNull(query->getColumnCount() - 1)};
    return local;
}

bool isRecordMeta(std::string_view member)
{
    return member == "uuid" || member == "revision" || member == "base_revision" || member == "created_at" ||
           member == "created_by" || member == "updated_at" || member == "updated_by";
}

nlohmann::json recordFields(const nlohmann::json& record)
{
    json fields = json::object();
    for (const auto& [name, value] : record.items()) {
        if (!isRecordMeta(name)) {
            fields[name] = value;
        }
    }
    return fields;
}

void bindScope(SQLite::Statement& statement, const std::string& scope)
{
    statement.bind(":scope", scope);
    statement.bind(":below", scope + ".");
    statement.bind(":above", scope + "/");
}

void storeReceivedRecord(Database& db, std::string_view table, const json& record, UnitOfWork& work)
{
    if (table == "kampung_programme") {
        KampungRepository(db).storeReceived(record, work);
    } else if (table == "person") {
        PersonRepository(db).storeReceived(record, work);
    } else if (table == "person_role") {
        RoleRepository(db).storeReceived(record, work);
    } else if (table == "training") {
        TrainingRepository(db).storeReceived(record, work);
    } else if (table == "invitation") {
        InvitationRepository(db).storeReceived(record, work);
    } else if (table == "attendance") {
        AttendanceRepository(db).storeReceived(record, work);
    } else if (table == "checkin_attempt") {
        CheckInAttemptLog(db).storeReceived(record, work);
    } else {
        throw Error(ErrorKind::Internal, "sync.unknown_table", fmt::format("no writer for {}", table), "",
                    {std::string(table)});
    }
}

namespace {

bool isTableName(const json& value)
{
    return value.is_string() && reportTableNamed(value.get<std::string>()) &&
           reportTableNamed(value.get<std::string>())->revised;
}

// Whether `value` is what member `name` of a record may hold.
bool fits(const std::string& name, const json& value)
{
    if (name == "revision") {
        return value.is_number_integer() && value.get<long long>() >= 1;
    }
    if (name == "base_revision") {
        return value.is_null() || (value.is_number_integer() && value.get<long long>() >= 1);
    }
    if (name == "has_disability" || name == "walk_in") {
        return value.is_boolean();
    }
    if (name == "capacity") {
        return value.is_null() || value.is_number_integer();
    }
    if (name == "assessment_score") {
        return value.is_null() || value.is_number();
    }
    if (name == "pass_mark") {
        return value.is_number();
    }
    if (name == "target_groups") {
        return value.is_array() &&
               std::all_of(value.begin(), value.end(), [](const json& id) { return id.is_string(); });
    }
    if (name == "table") {
        return isTableName(value);
    }
    return value.is_null() || value.is_string();
}

std::vector<std::string> namesIn(const std::string& columns)
{
    std::vector<std::string> names;
    std::istringstream list(columns);
    for (std::string name; std::getline(list, name, ',');) {
        name.erase(0, name.find_first_not_of(' '));
        names.push_back(name);
    }
    return names;
}

[[noreturn]] void refuse(const std::string& place, const std::string& why)
{
    throw Error(ErrorKind::UserInput, "report.bad_record", fmt::format("{} {}", place, why), place, {place});
}

} // namespace

void checkRecordShape(std::string_view member, const nlohmann::json& record, const std::string& place)
{
    // The members of each kind of record, read once from the tables' columns.
    static const std::map<std::string, std::vector<std::string>, std::less<>> members = [] {
        std::map<std::string, std::vector<std::string>, std::less<>> all;
        all["tombstones"] = {"table", "uuid", "revision", "base_revision", "deleted_at", "deleted_by"};
        for (const ReportTable& table : reportTables()) {
            auto& names = all[std::string(table.member)] = namesIn(table.columns);
            if (table.revised) {
                names.push_back("base_revision");
            }
        }
        return all;
    }();
    const auto known = members.find(member);
    if (known == members.end()) {
        return;
    }
    const std::vector<std::string>& names = known->second;
    for (const std::string& name : names) {
        if (!record.contains(name)) {
            refuse(place + "." + name, "is missing");
        }
    }
    for (const auto& [name, value] : record.items()) {
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            refuse(place + "." + name, fmt::format("is not a member of a record of {}", member));
        }
        if (!fits(name, value)) {
            refuse(place + "." + name, "does not hold a value of the kind the format gives it");
        }
    }
}

} // namespace relawas::core

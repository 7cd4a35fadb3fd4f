#include "core/sync/ReportTables.h"

#include "core/base/Error.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/programme/KampungRepository.h"
#include "core/storage/Database.h"
#include "core/sync/CanonicalJson.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CheckInAttemptLog.h"
#include "core/trainings/InvitationRepository.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <sstream>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

bool isOrNull(FieldKind kind)
{
    return kind == FieldKind::TextOrNull || kind == FieldKind::IntegerOrNull || kind == FieldKind::NumberOrNull;
}

// The words of a list of ids with spaces between, as `std::istream >> word` reads them.
template<typename Each>
void forEachWord(std::string_view text, Each each)
{
    constexpr std::string_view kSpace = " \t\n\v\f\r";
    for (std::size_t start = text.find_first_not_of(kSpace); start != std::string_view::npos;) {
        const std::size_t end = std::min(text.find_first_of(kSpace, start), text.size());
        each(text.substr(start, end - start));
        start = text.find_first_not_of(kSpace, end);
    }
}

std::string_view textOf(const SQLite::Column& column)
{
    const char* text = column.getText();
    return {text, std::size_t(column.getBytes())};
}

json valueOf(const SQLite::Column& column, FieldKind kind)
{
    if (column.isNull() && isOrNull(kind)) {
        return nullptr;
    }
    switch (kind) {
    case FieldKind::Integer:
    case FieldKind::IntegerOrNull:
        return column.getInt64();
    case FieldKind::Number:
    case FieldKind::NumberOrNull:
        return column.getDouble();
    case FieldKind::Boolean:
        return column.getInt() != 0;
    case FieldKind::Words: {
        json words = json::array();
        forEachWord(textOf(column), [&words](std::string_view id) { words.push_back(std::string(id)); });
        return words;
    }
    case FieldKind::Text:
    case FieldKind::TextOrNull:
        break;
    }
    return column.getString();
}

// The columns of a record, each with how it becomes a member; a revised record begins with its uuid, revision and
// who/when.
std::vector<ReportField> fieldsOf(bool revised, std::initializer_list<ReportField> own)
{
    std::vector<ReportField> fields;
    if (revised) {
        fields = {{"uuid", FieldKind::Text},       {"revision", FieldKind::Integer}, {"created_at", FieldKind::Text},
                  {"created_by", FieldKind::Text}, {"updated_at", FieldKind::Text},  {"updated_by", FieldKind::Text}};
    }
    fields.insert(fields.end(), own);
    return fields;
}

ReportTable makeTable(std::string_view member, std::string_view table, bool revised,
                      std::initializer_list<ReportField> own, std::string inScope)
{
    ReportTable made;
    made.member = member;
    made.table = table;
    made.fields = fieldsOf(revised, own);
    for (const ReportField& field : made.fields) {
        made.columns += (made.columns.empty() ? "" : ", ") + field.name;
    }
    made.inScope = std::move(inScope);
    made.revised = revised;
    made.record = [fields = made.fields, revised](SQLite::Statement& row) {
        json record = json::object();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            record[fields[i].name] = valueOf(row.getColumn(int(i)), fields[i].kind);
        }
        if (revised) {
            record["base_revision"] = nullptr;
        }
        return record;
    };
    return made;
}

std::vector<ReportTable> makeTables()
{
    using enum FieldKind;
    const std::string inTrainings = "training_uuid IN in_trainings";
    // The people a scope covers: those living in it, holding a role in it (now or once), or invited to one of its
    // trainings. Asked of each row as it is read, cheapest question first, so that no set of the scope's people is
    // built (at a million people that took more time than reading them).
    const auto inPeople = [](const std::string& uuid, const std::string& ownVillage) {
        const std::string roleInScope =
            fmt::format("EXISTS (SELECT 1 FROM person_role AS s WHERE s.person_uuid = {} AND (s.scope_code = :scope OR "
                        "(s.scope_code > :below AND s.scope_code < :above)))",
                        uuid);
        return fmt::format("{} OR {} OR {} IN in_invited", ownVillage, roleInScope, uuid);
    };
    const std::string villageInScope =
        "r.village_code = :scope OR (r.village_code > :below AND r.village_code < :above)";
    // A role in the scope makes its holder one of the scope's people: asked first, it spares the other questions.
    const std::string roleInScope = "r.scope_code = :scope OR (r.scope_code > :below AND r.scope_code < :above) OR ";
    const std::string holderInScope =
        "EXISTS (SELECT 1 FROM person AS p WHERE p.uuid = r.person_uuid AND "
        "(p.village_code = :scope OR (p.village_code > :below AND p.village_code < :above)))";
    std::vector<ReportTable> list;
    list.push_back(makeTable("villages", "kampung_programme", true,
                             {{"village_code", Text},
                              {"status", Text},
                              {"sk_number", Text},
                              {"sk_date", TextOrNull},
                              {"assessment_score", NumberOrNull},
                              {"vulnerability", TextOrNull},
                              {"mou_end_date", TextOrNull},
                              {"notes", Text}},
                             "village_code = :scope OR (village_code > :below AND village_code < :above)"));
    list.push_back(makeTable("people", "person", true,
                             {{"nik", TextOrNull},
                              {"full_name", Text},
                              {"gender", TextOrNull},
                              {"birth_date", TextOrNull},
                              {"birth_place", Text},
                              {"village_code", TextOrNull},
                              {"dusun", Text},
                              {"rt", Text},
                              {"rw", Text},
                              {"phone", Text},
                              {"email", Text},
                              {"occupation", Text},
                              {"education", Text},
                              {"has_disability", Boolean},
                              {"disability_kind", Text},
                              {"target_groups", Words},
                              {"organisation", Text},
                              {"no_party_declared_on", TextOrNull},
                              {"consent_on", TextOrNull},
                              {"notes", Text}},
                             inPeople("r.uuid", villageInScope)));
    list.push_back(makeTable("roles", "person_role", true,
                             {{"person_uuid", Text},
                              {"role", Text},
                              {"scope_code", TextOrNull},
                              {"start_date", TextOrNull},
                              {"end_date", TextOrNull},
                              {"end_reason", Text}},
                             roleInScope + inPeople("r.person_uuid", holderInScope)));
    list.push_back(makeTable("trainings", "training", true,
                             {{"kind", Text},
                              {"title", Text},
                              {"scope_code", TextOrNull},
                              {"venue", Text},
                              {"start_date", Text},
                              {"end_date", Text},
                              {"capacity", IntegerOrNull},
                              {"notes", Text},
                              {"pass_mark", Number}},
                             "uuid IN in_trainings"));
    list.push_back(makeTable(
        "invitations", "invitation", true,
        {{"training_uuid", Text}, {"person_uuid", Text}, {"part", Text}, {"status", Text}, {"walk_in", Boolean}},
        inTrainings));
    list.push_back(makeTable("attendance", "attendance", true,
                             {{"training_uuid", Text},
                              {"person_uuid", Text},
                              {"day", Text},
                              {"checked_in_at", Text},
                              {"annulled_at", TextOrNull},
                              {"annulled_by", Text},
                              {"annul_reason", Text}},
                             inTrainings));
    list.push_back(makeTable("checkin_attempts", "checkin_attempt", false,
                             {{"uuid", Text},
                              {"training_uuid", Text},
                              {"day", Text},
                              {"at", Text},
                              {"method", Text},
                              {"input", Text},
                              {"result", Text},
                              {"person_uuid", TextOrNull},
                              {"attendance_uuid", TextOrNull},
                              {"actor", Text}},
                             inTrainings));
    return list;
}

} // namespace

const char* const kScopeTables = R"(
    WITH in_trainings AS (
        SELECT uuid FROM training WHERE scope_code IS NULL OR scope_code = :scope OR (scope_code > :below AND scope_code < :above)),
    in_invited AS (SELECT person_uuid FROM invitation WHERE training_uuid IN in_trainings)
)";

CanonicalRecordWriter::CanonicalRecordWriter(std::vector<ReportField> columns)
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        std::string key;
        appendCanonicalString(key, columns[i].name);
        m_members.push_back({key + ":", columns[i].kind, int(i)});
    }
    // Every name is ASCII, so their order by bytes is RFC 8785's (and the order of a nlohmann::json object).
    std::sort(m_members.begin(), m_members.end(), [](const Member& a, const Member& b) { return a.key < b.key; });
}

void CanonicalRecordWriter::append(std::string& out, SQLite::Statement& row) const
{
    char separator = '{';
    for (const Member& member : m_members) {
        out += separator;
        separator = ',';
        out += member.key;
        const SQLite::Column column = row.getColumn(member.column);
        if (isOrNull(member.kind) && column.isNull()) {
            out += "null";
            continue;
        }
        switch (member.kind) {
        case FieldKind::Text:
        case FieldKind::TextOrNull:
            appendCanonicalString(out, textOf(column));
            break;
        case FieldKind::Integer:
        case FieldKind::IntegerOrNull: {
            char digits[24];
            const auto written = std::to_chars(std::begin(digits), std::end(digits), column.getInt64());
            out.append(digits, written.ptr);
            break;
        }
        case FieldKind::Number:
        case FieldKind::NumberOrNull:
            out += es6Number(column.getDouble());
            break;
        case FieldKind::Boolean:
            out += column.getInt() != 0 ? "true" : "false";
            break;
        case FieldKind::Words: {
            char open = '[';
            forEachWord(textOf(column), [&](std::string_view id) {
                out += open;
                open = ',';
                appendCanonicalString(out, id);
            });
            out += open == '[' ? "[]" : "]";
            break;
        }
        }
    }
    out += separator == '{' ? "{}" : "}";
}

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

void storeReceivedRecord(Database& db, std::string_view table, const json& record, UnitOfWork& work,
                         HeldSearchRows* heldSearchRows)
{
    if (table == "kampung_programme") {
        KampungRepository(db).storeReceived(record, work);
    } else if (table == "person") {
        PersonRepository(db).storeReceived(record, work, heldSearchRows);
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

// What a member of a record may hold.
enum class MemberKind
{
    TextOrNull,
    Revision,
    BaseRevision,
    Boolean,
    IntegerOrNull,
    NumberOrNull,
    Number,
    TextList,
    TableName
};

MemberKind kindOfMember(const std::string& name)
{
    if (name == "revision") {
        return MemberKind::Revision;
    }
    if (name == "base_revision") {
        return MemberKind::BaseRevision;
    }
    if (name == "has_disability" || name == "walk_in") {
        return MemberKind::Boolean;
    }
    if (name == "capacity") {
        return MemberKind::IntegerOrNull;
    }
    if (name == "assessment_score") {
        return MemberKind::NumberOrNull;
    }
    if (name == "pass_mark") {
        return MemberKind::Number;
    }
    if (name == "target_groups") {
        return MemberKind::TextList;
    }
    if (name == "table") {
        return MemberKind::TableName;
    }
    return MemberKind::TextOrNull;
}

bool fits(MemberKind kind, const json& value)
{
    switch (kind) {
    case MemberKind::Revision:
        return value.is_number_integer() && value.get<long long>() >= 1;
    case MemberKind::BaseRevision:
        return value.is_null() || (value.is_number_integer() && value.get<long long>() >= 1);
    case MemberKind::Boolean:
        return value.is_boolean();
    case MemberKind::IntegerOrNull:
        return value.is_null() || value.is_number_integer();
    case MemberKind::NumberOrNull:
        return value.is_null() || value.is_number();
    case MemberKind::Number:
        return value.is_number();
    case MemberKind::TextList:
        return value.is_array() &&
               std::all_of(value.begin(), value.end(), [](const json& id) { return id.is_string(); });
    case MemberKind::TableName:
        return isTableName(value);
    case MemberKind::TextOrNull:
        break;
    }
    return value.is_null() || value.is_string();
}

struct RecordMember
{
    std::string name;
    MemberKind kind;
};

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
    // The members of each kind of record, read once from the tables' columns, in the order a record keeps its
    // members (by their bytes), each with what it may hold.
    static const std::map<std::string, std::vector<RecordMember>, std::less<>> members = [] {
        std::map<std::string, std::vector<std::string>, std::less<>> names;
        names["tombstones"] = {"table", "uuid", "revision", "base_revision", "deleted_at", "deleted_by"};
        for (const ReportTable& table : reportTables()) {
            auto& list = names[std::string(table.member)] = namesIn(table.columns);
            if (table.revised) {
                list.push_back("base_revision");
            }
        }
        std::map<std::string, std::vector<RecordMember>, std::less<>> all;
        for (auto& [kind, list] : names) {
            std::sort(list.begin(), list.end());
            for (const std::string& name : list) {
                all[kind].push_back({name, kindOfMember(name)});
            }
        }
        return all;
    }();
    const auto known = members.find(member);
    if (known == members.end()) {
        return;
    }
    if (!record.is_object()) {
        refuse(place, "must be an object");
    }
    const std::vector<RecordMember>& expected = known->second;
    // Both in the same order: one walk finds what is missing, what is not a member and what does not fit.
    auto next = expected.begin();
    for (const auto& [name, value] : record.get_ref<const json::object_t&>()) {
        if (next != expected.end() && next->name < name) {
            refuse(place + "." + next->name, "is missing");
        }
        if (next == expected.end() || next->name != name) {
            refuse(place + "." + name, fmt::format("is not a member of a record of {}", member));
        }
        if (!fits(next->kind, value)) {
            refuse(place + "." + name, "does not hold a value of the kind the format gives it");
        }
        ++next;
    }
    if (next != expected.end()) {
        refuse(place + "." + next->name, "is missing");
    }
}

} // namespace relawas::core

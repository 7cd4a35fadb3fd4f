#pragma once

// The tables a report carries, one per member of its content (docs/report-format.md): which columns a record holds,
// which rows a scope covers, and how a row becomes a record. The export writes records with it; the import reads the
// local record a report's record is merged with through it, so both sides of a comparison are the same JSON.

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace SQLite {
class Statement;
}

namespace relawas::core {

class Database;
class HeldSearchRows;
class UnitOfWork;

// How a column becomes a member of a record: Text reads NULL as "", Boolean as false, Words (target groups: ids with
// spaces between) as an empty array; the kinds "OrNull" keep NULL.
enum class FieldKind
{
    Text,
    TextOrNull,
    Integer,
    IntegerOrNull,
    Number,
    NumberOrNull,
    Boolean,
    Words
};

// A column of a record and the member it becomes, which has the column's name.
struct ReportField
{
    std::string name;
    FieldKind kind = FieldKind::Text;
};

struct ReportTable
{
    std::string_view member;         // "people"
    std::string_view table;          // "person"
    std::vector<ReportField> fields; // the columns a record is made of: uuid, revision, who/when, then its fields
    std::string columns;             // the same as a SELECT list
    std::string inScope; // which rows (alias r) a scope covers (:scope, :below, :above; in_trainings, in_invited)
    bool revised = true; // its records have revisions and tombstones (check-in attempts do not: facts)
    std::function<nlohmann::json(SQLite::Statement&)> record; // a row of `columns` as a record, base_revision null
};

// Writes rows as records in canonical form (CanonicalJson.h) straight from their columns, without a nlohmann::json
// between: the bytes canonicalJson() gives for the record the same row makes. The members are sorted once.
class CanonicalRecordWriter
{
public:
    // `columns` in the order of the statement's columns.
    explicit CanonicalRecordWriter(std::vector<ReportField> columns);

    // Appends the record of the statement's current row to `out`.
    void append(std::string& out, SQLite::Statement& row) const;

private:
    struct Member
    {
        std::string key; // the name as canonical JSON writes it, quoted, with its colon
        FieldKind kind;
        int column;
    };
    std::vector<Member> m_members;
};

// The members of content that hold records, in the format's order; tombstones are not among them.
const std::vector<ReportTable>& reportTables();
const ReportTable* reportTableOfMember(std::string_view member);
const ReportTable* reportTableNamed(std::string_view table);

// A record as the database holds it now, removed or not; `removed` says which.
struct LocalRecord
{
    nlohmann::json record;
    bool removed = false;
};
std::optional<LocalRecord> localRecord(Database& db, const ReportTable& table, const std::string& uuid);

// Writes a record received in a report, or merged from one, through its table's one writer (`storeReceived`); a new
// person's search index row waits in `heldSearchRows` when given.
void storeReceivedRecord(Database& db, std::string_view table, const nlohmann::json& record, UnitOfWork& work,
                         HeldSearchRows* heldSearchRows = nullptr);

// Refuses a record of `member` (or a tombstone) that lacks a member the format gives it, has one it does not, or holds
// a value of another kind (a text where a number belongs): Error "report.bad_record" with the JSON path of the member
// ("content.people[41].birth_date"). Values (a date's form, an id among the allowed) are the database's to refuse.
void checkRecordShape(std::string_view member, const nlohmann::json& record, const std::string& place);

// What makes a record's fields: every member but its identity, revision, base and who/when.
bool isRecordMeta(std::string_view member);
nlohmann::json recordFields(const nlohmann::json& record);

// The trainings a scope covers and the people invited to them, as the common table expressions the `inScope`
// conditions name.
extern const char* const kScopeTables;
// Binds :scope, :below and :above: a code under the scope sorts between "12.19." and "12.19/".
void bindScope(SQLite::Statement& statement, const std::string& scope);

} // namespace relawas::core

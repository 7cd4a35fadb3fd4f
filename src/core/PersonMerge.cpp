#include "PersonMerge.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "PersonJson.h"
#include "PersonRepository.h"
#include "RoleRepository.h"
#include "Savepoint.h"
#include "SqlDate.h"
#include "TrainingJson.h"
#include "TrainingRepository.h"

#include <algorithm>
#include <array>
#include <set>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

bool isBlank(const std::string& value)
{
    return value.find_first_not_of(" \t") == std::string::npos;
}
bool isBlank(bool value)
{
    return !value;
}
bool isBlank(const std::set<TargetGroup>& value)
{
    return value.empty();
}
template<typename T>
bool isBlank(const std::optional<T>& value)
{
    return !value.has_value();
}

struct FieldRule
{
    std::string_view id;
    bool (*isBlankIn)(const Person&);
    void (*copy)(Person& into, const Person& from);
};

template<auto Member>
constexpr FieldRule field(std::string_view id)
{
    return {id, [](const Person& p) { return isBlank(p.*Member); },
            [](Person& into, const Person& from) { into.*Member = from.*Member; }};
}

constexpr std::array kFields{
    field<&Person::nik>("nik"),
    field<&Person::fullName>("full_name"),
    field<&Person::gender>("gender"),
    field<&Person::birthDate>("birth_date"),
    field<&Person::birthPlace>("birth_place"),
    field<&Person::villageCode>("village_code"),
    field<&Person::dusun>("dusun"),
    field<&Person::rt>("rt"),
    field<&Person::rw>("rw"),
    field<&Person::phone>("phone"),
    field<&Person::email>("email"),
    field<&Person::occupation>("occupation"),
    field<&Person::education>("education"),
    field<&Person::hasDisability>("has_disability"),
    field<&Person::disabilityKind>("disability_kind"),
    field<&Person::targetGroups>("target_groups"),
    field<&Person::organisation>("organisation"),
    field<&Person::noPartyDeclarationDate>("no_party_declared_on"),
    field<&Person::consentDate>("consent_on"),
    field<&Person::notes>("notes"),
};

std::string joinedNotes(const std::string& keep, const std::string& other)
{
    if (isBlank(other) || keep == other) {
        return keep;
    }
    return isBlank(keep) ? other : keep + "\n" + other;
}

// The living record as the user saw it, or why not.
Person current(Database& db, const std::string& uuid, long long revision)
{
    if (const auto person = PersonRepository(db).find(uuid)) {
        if (person->meta.revision == revision) {
            return *person;
        }
        throw Error(ErrorKind::UserInput, "person.stale",
                    fmt::format("the record of {} changed meanwhile", person->fullName), uuid, {person->fullName});
    }
    SQLite::Statement removed(db.connection(), "SELECT full_name FROM person WHERE uuid = ?");
    removed.bind(1, uuid);
    if (removed.executeStep()) {
        const std::string name = removed.getColumn(0).getString();
        throw Error(ErrorKind::UserInput, "person.stale",
                    fmt::format("the record of {} was removed or merged meanwhile", name), uuid, {name});
    }
    throw Error(ErrorKind::NotFound, "person.not_found", fmt::format("no person has the id {}", uuid), uuid, {uuid});
}

// As RoleRepository writes roles to the audit log.
// A record of the other person now belongs to the kept one (`retire` false: person_uuid set to `keepUuid`), or is
// tombstoned because the kept person already has its like (`retire` true); `table` is person_role or attendance.
void moveOrRetire(Database& db, const char* table, const std::string& uuid, const std::string& keepUuid, bool retire,
                  const std::string& actor, const std::string& now)
{
    SQLite::Statement write(db.connection(), fmt::format("UPDATE {} SET {}, updated_at = :now, updated_by = :actor, "
                                                         "revision = revision + 1 WHERE uuid = :uuid",
                                                         table, retire ? "deleted_at = :now" : "person_uuid = :keep"));
    write.bind(":now", now);
    write.bind(":actor", actor);
    write.bind(":uuid", uuid);
    if (!retire) {
        write.bind(":keep", keepUuid);
    }
    write.exec();
}

void moveRoles(Database& db, const std::string& keepUuid, const std::string& otherUuid, const std::string& actor,
               const std::string& now)
{
    RoleRepository roles(db);
    AuditLog log(db);
    const std::vector<PersonRole> held = roles.rolesOf(keepUuid);
    for (const PersonRole& role : roles.rolesOf(otherUuid)) {
        const bool alreadyHeld = std::any_of(held.begin(), held.end(), [&role](const PersonRole& r) {
            return r.kind == role.kind && r.scopeCode == role.scopeCode && r.startDate == role.startDate &&
                   r.endDate == role.endDate;
        });
        moveOrRetire(db, "person_role", role.meta.uuid, keepUuid, alreadyHeld, actor, now);
        PersonRole moved = role;
        moved.personUuid = keepUuid;
        moved.meta.revision += 1;
        log.record(actor, "person_role", role.meta.uuid, alreadyHeld ? "delete" : "merge", roleToJson(role),
                   alreadyHeld ? std::nullopt : std::optional(roleToJson(moved)));
    }
}

// The other's training history becomes the kept person's. A day both attended (the same training, registered twice)
// is tombstoned instead: the unique index attendance_once_a_day allows one living row per person, training and day.
void moveAttendance(Database& db, const std::string& keepUuid, const std::string& otherUuid, const std::string& actor,
                    const std::string& now)
{
    const TrainingRepository trainings(db);
    std::set<std::pair<std::string, Date>> keptDays;
    for (const Attendance& attendance : trainings.attendanceOfPerson(keepUuid)) {
        keptDays.emplace(attendance.trainingUuid, attendance.day);
    }
    AuditLog log(db);
    for (const Attendance& attendance : trainings.attendanceOfPerson(otherUuid)) {
        const bool keptHasIt = keptDays.count({attendance.trainingUuid, attendance.day}) != 0;
        moveOrRetire(db, "attendance", attendance.meta.uuid, keepUuid, keptHasIt, actor, now);
        Attendance moved = attendance;
        moved.personUuid = keepUuid;
        moved.meta.revision += 1;
        log.record(actor, "attendance", attendance.meta.uuid, keptHasIt ? "delete" : "merge",
                   attendanceToJson(attendance), keptHasIt ? std::nullopt : std::optional(attendanceToJson(moved)));
    }
}

void bindText(SQLite::Statement& s, const char* name, const std::string& value, bool nullWhenEmpty = false)
{
    if (nullWhenEmpty && value.empty()) {
        s.bind(name);
    } else {
        s.bind(name, value);
    }
}

void writeKept(SQLite::Database& db, const Person& p)
{
    SQLite::Statement write(db, R"sql(
        UPDATE person SET nik = :nik, full_name = :full_name, gender = :gender, birth_date = :birth_date,
            birth_place = :birth_place, village_code = :village_code, dusun = :dusun, rt = :rt, rw = :rw,
            phone = :phone, email = :email, occupation = :occupation, education = :education,
            has_disability = :has_disability, disability_kind = :disability_kind, target_groups = :target_groups,
            organisation = :organisation, no_party_declared_on = :no_party, consent_on = :consent, notes = :notes,
            revision = :revision, updated_at = :updated_at, updated_by = :updated_by
        WHERE uuid = :uuid AND deleted_at IS NULL)sql");
    bindText(write, ":nik", p.nik, true);
    bindText(write, ":full_name", p.fullName);
    bindText(write, ":gender", p.gender ? std::string(genderId(*p.gender)) : std::string(), true);
    bindOptionalDate(write, ":birth_date", p.birthDate);
    bindText(write, ":birth_place", p.birthPlace);
    bindText(write, ":village_code", p.villageCode, true);
    bindText(write, ":dusun", p.dusun);
    bindText(write, ":rt", p.rt);
    bindText(write, ":rw", p.rw);
    bindText(write, ":phone", p.phone);
    bindText(write, ":email", p.email);
    bindText(write, ":occupation", p.occupation);
    bindText(write, ":education", p.education);
    write.bind(":has_disability", p.hasDisability ? 1 : 0);
    bindText(write, ":disability_kind", p.disabilityKind);
    std::string groups;
    for (const TargetGroup group : p.targetGroups) {
        groups += (groups.empty() ? "" : " ") + std::string(targetGroupId(group));
    }
    bindText(write, ":target_groups", groups);
    bindText(write, ":organisation", p.organisation);
    bindOptionalDate(write, ":no_party", p.noPartyDeclarationDate);
    bindOptionalDate(write, ":consent", p.consentDate);
    bindText(write, ":notes", p.notes);
    write.bind(":revision", static_cast<int64_t>(p.meta.revision));
    bindText(write, ":updated_at", p.meta.updatedAt);
    bindText(write, ":updated_by", p.meta.updatedBy);
    bindText(write, ":uuid", p.meta.uuid);
    if (write.exec() != 1) {
        throw Error(ErrorKind::Internal, "person.merge_lost", "the kept record vanished during the merge", p.meta.uuid);
    }
}

} // namespace

std::span<const std::string_view> mergeableFields()
{
    static const auto ids = [] {
        std::array<std::string_view, kFields.size()> result{};
        std::transform(kFields.begin(), kFields.end(), result.begin(), [](const FieldRule& f) { return f.id; });
        return result;
    }();
    return ids;
}

Person mergedPerson(const Person& keep, const Person& other, const MergeChoice& choice)
{
    for (const auto& [id, side] : choice.fields) {
        if (std::none_of(kFields.begin(), kFields.end(), [&id = id](const FieldRule& f) { return f.id == id; })) {
            throw Error(ErrorKind::Internal, "person.merge_unknown_field",
                        fmt::format("`{}` is not a field that can be merged", id), id, {id});
        }
    }
    Person merged = keep;
    for (const FieldRule& f : kFields) {
        const auto chosen = choice.fields.find(std::string(f.id));
        if (chosen != choice.fields.end()) {
            if (chosen->second == MergeSide::Other) {
                f.copy(merged, other);
            }
        } else if (f.id == "target_groups") {
            merged.targetGroups.insert(other.targetGroups.begin(), other.targetGroups.end());
        } else if (f.id == "notes") {
            merged.notes = joinedNotes(keep.notes, other.notes);
        } else if (f.isBlankIn(keep) && !f.isBlankIn(other)) {
            f.copy(merged, other);
        }
    }
    return merged;
}

Person mergePeople(Database& db, const std::string& keepUuid, long long keepRevision, const std::string& otherUuid,
                   long long otherRevision, const MergeChoice& choice, const std::string& actor)
{
    if (keepUuid == otherUuid) {
        throw Error(ErrorKind::UserInput, "person.merge_same", "a record cannot be merged into itself", keepUuid);
    }
    SQLite::Database& connection = db.connection();
    Savepoint savepoint(connection, "person_merge");
    const Person keep = current(db, keepUuid, keepRevision);
    const Person other = current(db, otherUuid, otherRevision);
    const std::string now = nowUtcIso();

    Person merged = mergedPerson(keep, other, choice);
    merged.meta.revision = keep.meta.revision + 1;
    merged.meta.updatedAt = now;
    merged.meta.updatedBy = actor;
    Person tombstone = other;
    tombstone.meta.revision = other.meta.revision + 1;
    tombstone.meta.updatedAt = now;
    tombstone.meta.updatedBy = actor;

    // The other record goes first: a NIK it holds is then free for the kept record.
    SQLite::Statement remove(connection, "UPDATE person SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                                         "revision = revision + 1 WHERE uuid = :uuid");
    remove.bind(":now", now);
    remove.bind(":actor", actor);
    remove.bind(":uuid", otherUuid);
    remove.exec();
    moveRoles(db, keepUuid, otherUuid, actor, now);
    moveAttendance(db, keepUuid, otherUuid, actor, now);
    writeKept(connection, merged);

    AuditLog log(db);
    nlohmann::ordered_json keptAfter = personToJson(merged);
    keptAfter["merged_from"] = otherUuid;
    log.record(actor, "person", keepUuid, "merge", personToJson(keep), keptAfter);
    nlohmann::ordered_json otherAfter = personToJson(tombstone);
    otherAfter["merged_into"] = keepUuid;
    otherAfter["deleted_at"] = now;
    log.record(actor, "person", otherUuid, "merge", personToJson(other), otherAfter);

    savepoint.release();
    return *PersonRepository(db).find(keepUuid);
}

} // namespace relawas::core

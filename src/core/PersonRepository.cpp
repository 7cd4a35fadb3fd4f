#include "PersonRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Error.h"
#include "PersonJson.h"
#include "RegionRepository.h"
#include "Savepoint.h"
#include "SqlDate.h"
#include "SqlRecordMeta.h"
#include "Uuid.h"

#include <algorithm>
#include <sstream>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr const char* kColumns =
    "uuid, nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone, email, occupation, "
    "education, has_disability, disability_kind, target_groups, organisation, no_party_declared_on, consent_on, notes, "
    "revision, created_at, created_by, updated_at, updated_by";

std::string text(SQLite::Statement& q, int column)
{
    return q.isColumnNull(column) ? std::string() : q.getColumn(column).getString();
}

Person personFrom(SQLite::Statement& q)
{
    Person p;
    p.meta.uuid = text(q, 0);
    p.nik = text(q, 1);
    p.fullName = text(q, 2);
    p.gender = genderFromId(text(q, 3));
    p.birthDate = optionalDate(q.getColumn(4));
    p.birthPlace = text(q, 5);
    p.villageCode = text(q, 6);
    p.dusun = text(q, 7);
    p.rt = text(q, 8);
    p.rw = text(q, 9);
    p.phone = text(q, 10);
    p.email = text(q, 11);
    p.occupation = text(q, 12);
    p.education = text(q, 13);
    p.hasDisability = q.getColumn(14).getInt() != 0;
    p.disabilityKind = text(q, 15);
    std::istringstream groups(text(q, 16));
    for (std::string id; groups >> id;) {
        if (const auto group = targetGroupFromId(id)) {
            p.targetGroups.insert(*group);
        }
    }
    p.organisation = text(q, 17);
    p.noPartyDeclarationDate = optionalDate(q.getColumn(18));
    p.consentDate = optionalDate(q.getColumn(19));
    p.notes = text(q, 20);
    p.meta.revision = q.getColumn(21).getInt64();
    p.meta.createdAt = text(q, 22);
    p.meta.createdBy = text(q, 23);
    p.meta.updatedAt = text(q, 24);
    p.meta.updatedBy = text(q, 25);
    return p;
}

[[noreturn]] void refuse(const std::string& code, const std::string& message, const std::string& field,
                         std::vector<std::string> args = {})
{
    throw Error(ErrorKind::UserInput, code, message, field, std::move(args));
}

void checkStorable(const Person& p, Database& db)
{
    if (p.fullName.find_first_not_of(" \t") == std::string::npos) {
        refuse("person.name_required", "the full name is required", "full_name");
    }
    if (!p.nik.empty() &&
        (p.nik.size() != 16 || !std::all_of(p.nik.begin(), p.nik.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
        refuse("person.nik_format", "a NIK has exactly 16 digits", "nik", {p.nik});
    }
    if (!p.villageCode.empty()) {
        const auto village = RegionRepository(db).find(p.villageCode);
        if (!village || !isVillageLevel(village->level)) {
            refuse("region.not_village", fmt::format("`{}` is not a desa or kelurahan", p.villageCode), "village_code",
                   {p.villageCode});
        }
    }
}

void bindOptionalText(SQLite::Statement& s, const char* name, const std::string& value)
{
    if (value.empty()) {
        s.bind(name);
    } else {
        s.bind(name, value);
    }
}

void bindPerson(SQLite::Statement& s, const Person& p)
{
    s.bind(":uuid", p.meta.uuid);
    bindOptionalText(s, ":nik", p.nik);
    s.bind(":full_name", p.fullName);
    bindOptionalText(s, ":gender", p.gender ? std::string(genderId(*p.gender)) : std::string());
    bindOptionalDate(s, ":birth_date", p.birthDate);
    s.bind(":birth_place", p.birthPlace);
    bindOptionalText(s, ":village_code", p.villageCode);
    s.bind(":dusun", p.dusun);
    s.bind(":rt", p.rt);
    s.bind(":rw", p.rw);
    s.bind(":phone", p.phone);
    s.bind(":email", p.email);
    s.bind(":occupation", p.occupation);
    s.bind(":education", p.education);
    s.bind(":has_disability", p.hasDisability ? 1 : 0);
    s.bind(":disability_kind", p.disabilityKind);
    std::string groups;
    for (const TargetGroup group : p.targetGroups) {
        groups += (groups.empty() ? "" : " ") + std::string(targetGroupId(group));
    }
    s.bind(":target_groups", groups);
    s.bind(":organisation", p.organisation);
    bindOptionalDate(s, ":no_party", p.noPartyDeclarationDate);
    bindOptionalDate(s, ":consent", p.consentDate);
    s.bind(":notes", p.notes);
    bindRecordMeta(s, p.meta);
}

} // namespace

PersonRepository::PersonRepository(Database& db)
    : m_db(db)
{}

std::optional<Person> PersonRepository::find(const std::string& uuid) const
{
    SQLite::Statement query(m_db.connection(),
                            std::string("SELECT ") + kColumns + " FROM person WHERE uuid = ? AND deleted_at IS NULL");
    query.bind(1, uuid);
    return query.executeStep() ? std::optional(personFrom(query)) : std::nullopt;
}

std::optional<Person> PersonRepository::findByNik(const std::string& nik) const
{
    SQLite::Statement query(m_db.connection(),
                            std::string("SELECT ") + kColumns + " FROM person WHERE nik = ? AND deleted_at IS NULL");
    query.bind(1, nik);
    return query.executeStep() ? std::optional(personFrom(query)) : std::nullopt;
}

std::vector<Person> PersonRepository::findByPhone(const std::string& e164) const
{
    std::vector<Person> found;
    if (e164.empty()) {
        return found;
    }
    SQLite::Statement query(m_db.connection(),
                            std::string("SELECT ") + kColumns +
                                " FROM person WHERE phone = ? AND phone <> '' AND deleted_at IS NULL ORDER BY id");
    query.bind(1, e164);
    while (query.executeStep()) {
        found.push_back(personFrom(query));
    }
    return found;
}

long long PersonRepository::countLiving() const
{
    return m_db.connection().execAndGet("SELECT count(*) FROM person WHERE deleted_at IS NULL").getInt64();
}

Person PersonRepository::save(const Person& person, const std::string& actor)
{
    checkStorable(person, m_db);
    SQLite::Database& db = m_db.connection();
    Savepoint savepoint(db, "person_save");

    if (!person.nik.empty()) {
        if (const auto holder = findByNik(person.nik); holder && holder->meta.uuid != person.meta.uuid) {
            refuse("person.duplicate_nik",
                   fmt::format("NIK {} is already registered for {} ({})", person.nik, holder->fullName,
                               holder->meta.uuid),
                   "nik", {holder->meta.uuid, holder->fullName});
        }
    }

    Person stored = person;
    const std::string now = nowUtcIso();
    std::optional<Person> before;
    if (person.meta.uuid.empty()) {
        stored.meta.uuid = newUuidV7();
        stored.meta.revision = 1;
        stored.meta.createdAt = now;
        stored.meta.createdBy = actor;
    } else {
        before = find(person.meta.uuid);
        if (!before || before->meta.revision != person.meta.revision) {
            throw Error(ErrorKind::UserInput, "person.stale",
                        fmt::format("the record of {} changed meanwhile", person.fullName), person.meta.uuid,
                        {person.fullName});
        }
        stored.meta.revision = before->meta.revision + 1;
        stored.meta.createdAt = before->meta.createdAt;
        stored.meta.createdBy = before->meta.createdBy;
    }
    stored.meta.updatedAt = now;
    stored.meta.updatedBy = actor;

    SQLite::Statement write(db, before ? R"sql(
        UPDATE person SET nik = :nik, full_name = :full_name, gender = :gender, birth_date = :birth_date,
            birth_place = :birth_place, village_code = :village_code, dusun = :dusun, rt = :rt, rw = :rw,
            phone = :phone, email = :email, occupation = :occupation, education = :education,
            has_disability = :has_disability, disability_kind = :disability_kind, target_groups = :target_groups,
            organisation = :organisation, no_party_declared_on = :no_party, consent_on = :consent, notes = :notes,
            revision = :revision, created_at = :created_at, created_by = :created_by, updated_at = :updated_at,
            updated_by = :updated_by
        WHERE uuid = :uuid)sql"
                                       : R"sql(
        INSERT INTO person (uuid, nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone,
            email, occupation, education, has_disability, disability_kind, target_groups, organisation,
            no_party_declared_on, consent_on, notes, revision, created_at, created_by, updated_at, updated_by)
        VALUES (:uuid, :nik, :full_name, :gender, :birth_date, :birth_place, :village_code, :dusun, :rt, :rw, :phone,
            :email, :occupation, :education, :has_disability, :disability_kind, :target_groups, :organisation,
            :no_party, :consent, :notes, :revision, :created_at, :created_by, :updated_at, :updated_by))sql");
    bindPerson(write, stored);
    write.exec();
    AuditLog(m_db).record(actor, "person", stored.meta.uuid, before ? "update" : "create",
                          before ? std::optional(personToJson(*before)) : std::nullopt, personToJson(stored));
    savepoint.release();
    return stored;
}

void PersonRepository::remove(const std::string& uuid, const std::string& actor)
{
    const auto before = find(uuid);
    if (!before) {
        return;
    }
    SQLite::Database& db = m_db.connection();
    Savepoint savepoint(db, "person_remove");
    const std::string now = nowUtcIso();
    for (const char* sql : {"UPDATE person SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                            "revision = revision + 1 WHERE uuid = :uuid",
                            "UPDATE person_role SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                            "revision = revision + 1 WHERE person_uuid = :uuid AND deleted_at IS NULL",
                            "UPDATE attendance SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                            "revision = revision + 1 WHERE person_uuid = :uuid AND deleted_at IS NULL"}) {
        SQLite::Statement tombstone(db, sql);
        tombstone.bind(":now", now);
        tombstone.bind(":actor", actor);
        tombstone.bind(":uuid", uuid);
        tombstone.exec();
    }
    AuditLog(m_db).record(actor, "person", uuid, "delete", personToJson(*before), std::nullopt);
    savepoint.release();
}

void PersonRepository::recordNikRevealed(const std::string& uuid, const std::string& actor)
{
    AuditLog(m_db).record(actor, "person", uuid, "reveal", std::nullopt, std::nullopt);
}

} // namespace relawas::core

#include "core/people/PersonRepository.h"

#include "core/base/Error.h"
#include "core/base/NameOrder.h"
#include "core/base/StorableText.h"
#include "core/base/TextUtil.h"
#include "core/base/Uuid.h"
#include "core/people/PersonJson.h"
#include "core/people/VillageTally.h"
#include "core/people/checks/NameText.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/ReceivedRecord.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"

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
    "revision, created_at, created_by, updated_at, updated_by, id";

constexpr const char* kInsert = R"sql(
    INSERT INTO person (uuid, nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw, phone,
        email, occupation, education, has_disability, disability_kind, target_groups, organisation,
        no_party_declared_on, consent_on, notes, revision, created_at, created_by, updated_at, updated_by)
    VALUES (:uuid, :nik, :full_name, :gender, :birth_date, :birth_place, :village_code, :dusun, :rt, :rw, :phone,
        :email, :occupation, :education, :has_disability, :disability_kind, :target_groups, :organisation,
        :no_party, :consent, :notes, :revision, :created_at, :created_by, :updated_at, :updated_by))sql";

constexpr const char* kUpdate = R"sql(
    UPDATE person SET nik = :nik, full_name = :full_name, gender = :gender, birth_date = :birth_date,
        birth_place = :birth_place, village_code = :village_code, dusun = :dusun, rt = :rt, rw = :rw,
        phone = :phone, email = :email, occupation = :occupation, education = :education,
        has_disability = :has_disability, disability_kind = :disability_kind, target_groups = :target_groups,
        organisation = :organisation, no_party_declared_on = :no_party, consent_on = :consent, notes = :notes,
        revision = :revision, created_at = :created_at, created_by = :created_by, updated_at = :updated_at,
        updated_by = :updated_by
    WHERE uuid = :uuid AND deleted_at IS NULL)sql";

std::string text(SQLite::Statement& q, int column)
{
    return q.isColumnNull(column) ? std::string() : q.getColumn(column).getString();
}

struct Stored
{
    Person person;
    long long id = 0;
};

Stored storedFrom(SQLite::Statement& q)
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
    return {std::move(p), q.getColumn(26).getInt64()};
}

std::optional<Stored> findLiving(Database& db, const char* where, const std::string& value)
{
    auto query = db.prepared(fmt::format("SELECT {} FROM person WHERE {} = ? AND deleted_at IS NULL", kColumns, where));
    query->bind(1, value);
    return query->executeStep() ? std::optional(storedFrom(*query)) : std::nullopt;
}

[[noreturn]] void refuse(const std::string& code, const std::string& message, const std::string& field,
                         std::vector<std::string> args = {})
{
    throw Error(ErrorKind::UserInput, code, message, field, std::move(args));
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

// The search index of the living (a contentless FTS5 trigram table): the row id is the name-ordered key, the name
// goes in without apostrophes (Nur’aini is found as nuraini and nur'aini), the phone without the +62 every number
// shares. A row is removed with the values it was added with.
void writeIndexRow(Database& db, long long key, const std::string& name, const std::string& nik,
                   const std::string& phone, bool remove)
{
    auto write = db.prepared(remove ? "INSERT INTO person_search (person_search, rowid, full_name, nik, phone) "
                                      "VALUES ('delete', ?, ?, ?, ?)"
                                    : "INSERT INTO person_search (rowid, full_name, nik, phone) VALUES (?, ?, ?, ?)");
    write->bind(1, static_cast<int64_t>(key));
    write->bind(2, withoutApostrophes(name));
    write->bind(3, nik);
    write->bind(4, phone.rfind("+62", 0) == 0 ? phone.substr(3) : phone);
    write->exec();
}

void writeIndexRow(Database& db, long long id, const Person& p, bool remove)
{
    writeIndexRow(db, searchKey(p.fullName, id), p.fullName, p.nik, p.phone, remove);
}

bool sameIndexRow(const Person& a, const Person& b)
{
    return a.fullName == b.fullName && a.nik == b.nik && a.phone == b.phone;
}

// Whether the village tally would count `a` and `b` alike (people/VillageTally).
bool sameTallyFields(const Person& a, const Person& b)
{
    return a.villageCode == b.villageCode && a.gender == b.gender && a.birthDate == b.birthDate &&
           a.targetGroups == b.targetGroups;
}

nlohmann::ordered_json noted(nlohmann::ordered_json record, const nlohmann::ordered_json& note)
{
    if (note.is_object()) {
        for (const auto& [key, value] : note.items()) {
            record[key] = value;
        }
    }
    return record;
}

} // namespace

PersonRepository::PersonRepository(Database& db)
    : m_db(db)
{}

std::optional<Person> PersonRepository::find(const std::string& uuid) const
{
    return translatingSqliteErrors("people: find", [&]() -> std::optional<Person> {
        auto stored = findLiving(m_db, "uuid", uuid);
        return stored ? std::optional(std::move(stored->person)) : std::nullopt;
    });
}

std::optional<Person> PersonRepository::findByNik(const std::string& nik) const
{
    return translatingSqliteErrors("people: find by nik", [&]() -> std::optional<Person> {
        auto stored = findLiving(m_db, "nik", nik);
        return stored ? std::optional(std::move(stored->person)) : std::nullopt;
    });
}

std::optional<PersonRef> PersonRepository::holderOfNik(const std::string& nik) const
{
    return translatingSqliteErrors("people: holder of nik", [&]() -> std::optional<PersonRef> {
        if (nik.empty()) {
            return std::nullopt;
        }
        auto query = m_db.prepared("SELECT uuid, full_name FROM person WHERE nik = ? AND deleted_at IS NULL");
        query->bind(1, nik);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return PersonRef{query->getColumn(0).getString(), query->getColumn(1).getString()};
    });
}

std::vector<Person> PersonRepository::findByPhone(const std::string& e164) const
{
    return translatingSqliteErrors("people: find by phone", [&]() -> std::vector<Person> {
        std::vector<Person> found;
        if (e164.empty()) {
            return found;
        }
        // The condition phone <> '' repeats the partial index person_by_phone, without which SQLite cannot use it.
        SQLite::Statement query(m_db.connection(),
                                std::string("SELECT ") + kColumns +
                                    " FROM person WHERE phone = ? AND phone <> '' AND deleted_at IS NULL ORDER BY id");
        query.bind(1, e164);
        while (query.executeStep()) {
            found.push_back(storedFrom(query).person);
        }
        return found;
    });
}

std::vector<PersonRef> PersonRepository::holdersOfPhone(const std::string& e164, int limit) const
{
    return translatingSqliteErrors("people: holders of phone", [&]() -> std::vector<PersonRef> {
        std::vector<PersonRef> found;
        if (e164.empty()) {
            return found;
        }
        auto query = m_db.prepared("SELECT uuid, full_name FROM person WHERE phone = ? AND phone <> '' "
                                   "AND deleted_at IS NULL ORDER BY id LIMIT ?");
        query->bind(1, e164);
        query->bind(2, limit);
        while (query->executeStep()) {
            found.push_back({query->getColumn(0).getString(), query->getColumn(1).getString()});
        }
        return found;
    });
}

long long PersonRepository::countLiving() const
{
    return translatingSqliteErrors("people: count living", [&]() -> long long {
        return m_db.connection().execAndGet("SELECT count(*) FROM person WHERE deleted_at IS NULL").getInt64();
    });
}

std::optional<std::string> PersonRepository::nameOfRemoved(const std::string& uuid) const
{
    return translatingSqliteErrors("people: name of removed", [&]() -> std::optional<std::string> {
        SQLite::Statement query(m_db.connection(),
                                "SELECT full_name FROM person WHERE uuid = ? AND deleted_at IS NOT NULL");
        query.bind(1, uuid);
        return query.executeStep() ? std::optional(query.getColumn(0).getString()) : std::nullopt;
    });
}

void PersonRepository::checkStorable(const Person& p) const
{
    translatingSqliteErrors("people: check storable", [&]() {
        // The writer's own floor: a name is text, visible, without control characters. (Formulas and length are
        // refused where people come in, the form and the import; a record stored before stays correctable.)
        if (const auto problem = nameTextProblem(p.fullName);
            problem && (problem->code == "person.name_required" || problem->code == "text.invalid_utf8" ||
                        problem->code == "person.name_control")) {
            refuse(problem->code, problem->message, "full_name", problem->args);
        }
        // Every text is UTF-8 (the audit log writes the record as JSON, which holds nothing else), and no longer than a
        // spreadsheet's cell.
        for (const auto& [field, text] : {std::pair{"birth_place", &p.birthPlace},
                                          {"dusun", &p.dusun},
                                          {"rt", &p.rt},
                                          {"rw", &p.rw},
                                          {"email", &p.email},
                                          {"occupation", &p.occupation},
                                          {"education", &p.education},
                                          {"disability_kind", &p.disabilityKind},
                                          {"organisation", &p.organisation},
                                          {"notes", &p.notes}}) {
            requireStorableText(*text, field);
        }
        if (!p.nik.empty() && (p.nik.size() != 16 ||
                               !std::all_of(p.nik.begin(), p.nik.end(), [](char c) { return c >= '0' && c <= '9'; }))) {
            refuse("person.nik_format", "a NIK has exactly 16 digits", "nik", {p.nik});
        }
        if (!p.villageCode.empty()) {
            const auto village = RegionRepository(m_db).find(p.villageCode);
            if (!village || !isVillageLevel(village->level)) {
                refuse("region.not_village", fmt::format("`{}` is not a desa or kelurahan", p.villageCode),
                       "village_code", {p.villageCode});
            }
        }
        if (const auto holder = holderOfNik(p.nik); holder && holder->uuid != p.meta.uuid) {
            refuse("person.duplicate_nik",
                   fmt::format("NIK {} is already registered for {} ({})", p.nik, holder->name, holder->uuid), "nik",
                   {holder->uuid, holder->name});
        }
    });
}

Person PersonRepository::insert(const Person& person, UnitOfWork& work)
{
    return translatingSqliteErrors("people: insert", [&]() -> Person {
        Person stored = person;
        stored.meta = {newUuidV7(), 1, work.now(), work.actor(), work.now(), work.actor()};
        checkStorable(stored);
        auto write = m_db.prepared(kInsert);
        bindPerson(*write, stored);
        write->exec();
        const long long id = m_db.connection().getLastInsertRowid();
        if (id > kMaxSearchablePersonId) {
            // The search key keeps kSearchKeyIdBits bits for the id: a person beyond them could not be found. The unit
            // of work takes the row back.
            throw Error(ErrorKind::Internal, "person.too_many",
                        fmt::format("the database holds the most people it can index ({})", kMaxSearchablePersonId), "",
                        {std::to_string(kMaxSearchablePersonId)});
        }
        writeIndexRow(m_db, id, stored, false);
        work.beforeCommit<VillageTallyChanges>().village(stored.villageCode);
        AuditLog(m_db).recordCreation(work, "person", stored.meta.uuid, [&stored] { return personToJson(stored); });
        return stored;
    });
}

Person PersonRepository::update(const Person& person, UnitOfWork& work, std::string_view action,
                                const nlohmann::ordered_json& auditNote)
{
    return translatingSqliteErrors("people: update", [&]() -> Person {
        const auto before = findLiving(m_db, "uuid", person.meta.uuid);
        if (!before || before->person.meta.revision != person.meta.revision) {
            throw Error(ErrorKind::UserInput, "person.stale",
                        fmt::format("the record of {} changed meanwhile", person.fullName), person.meta.uuid,
                        {person.fullName});
        }
        checkStorable(person);
        Person stored = person;
        stored.meta.revision = before->person.meta.revision + 1;
        stored.meta.createdAt = before->person.meta.createdAt;
        stored.meta.createdBy = before->person.meta.createdBy;
        stored.meta.updatedAt = work.now();
        stored.meta.updatedBy = work.actor();
        auto write = m_db.prepared(kUpdate);
        bindPerson(*write, stored);
        write->exec();
        if (!sameIndexRow(before->person, stored)) {
            writeIndexRow(m_db, before->id, before->person, true);
            writeIndexRow(m_db, before->id, stored, false);
        }
        if (!sameTallyFields(before->person, stored)) {
            auto& tally = work.beforeCommit<VillageTallyChanges>();
            tally.village(before->person.villageCode);
            tally.village(stored.villageCode);
        }
        AuditLog(m_db).record(work, "person", stored.meta.uuid, action, personToJson(before->person),
                              noted(personToJson(stored), auditNote));
        return stored;
    });
}

void PersonRepository::tombstone(const Person& stored, UnitOfWork& work, std::string_view action,
                                 const nlohmann::ordered_json& auditNote)
{
    translatingSqliteErrors("people: tombstone", [&]() {
        const auto before = findLiving(m_db, "uuid", stored.meta.uuid);
        if (!before) {
            return;
        }
        auto write = m_db.prepared("UPDATE person SET deleted_at = :now, updated_at = :now, updated_by = :actor, "
                                   "revision = revision + 1 WHERE uuid = :uuid AND deleted_at IS NULL");
        bindChange(*write, work, stored.meta.uuid);
        write->exec();
        writeIndexRow(m_db, before->id, before->person, true);
        work.beforeCommit<VillageTallyChanges>().village(before->person.villageCode);
        std::optional<nlohmann::ordered_json> after;
        if (auditNote.is_object()) {
            Person removed = before->person;
            removed.meta.revision += 1;
            removed.meta.updatedAt = work.now();
            removed.meta.updatedBy = work.actor();
            after = noted(personToJson(removed), auditNote);
            (*after)["deleted_at"] = work.now();
        }
        AuditLog(m_db).record(work, "person", stored.meta.uuid, action, personToJson(before->person), after);
    });
}

void PersonRepository::recordNikRevealed(const std::string& uuid, const std::string& actor)
{
    translatingSqliteErrors("people: record nik revealed", [&]() {
        AuditLog(m_db).record(actor, "person", uuid, "reveal", std::nullopt, std::nullopt);
    });
}

void PersonRepository::storeReceived(const nlohmann::json& record, UnitOfWork& work, HeldSearchRows* held)
{
    // FTS5 writes out what it holds each time a key comes below the last: held rows are written sorted, a piece per
    // batch. 100,000 rows (about 7 MB) sort in a moment; the bytes bound a report of long names and phones.
    constexpr std::size_t kHeldRows = 100'000;
    constexpr std::size_t kHeldBytes = std::size_t(8) << 20;
    translatingSqliteErrors("people: store received", [&]() {
        const auto indexed = [](const nlohmann::json& fields) {
            Person person;
            person.fullName = fields.at("full_name").get<std::string>();
            person.nik = fields.at("nik").is_null() ? std::string() : fields.at("nik").get<std::string>();
            person.phone = fields.at("phone").get<std::string>();
            return person;
        };
        auto stored = m_db.prepared("SELECT id, full_name, coalesce(nik, ''), phone, deleted_at IS NULL, "
                                    "coalesce(village_code, '') FROM person "
                                    "WHERE uuid = ?");
        stored->bind(1, record.at("uuid").get<std::string>());
        std::optional<long long> id;
        std::optional<Person> before; // the index row of the living person stored now
        auto& tally = work.beforeCommit<VillageTallyChanges>();
        if (stored->executeStep()) {
            id = stored->getColumn(0).getInt64();
            tally.village(stored->getColumn(5).getText());
            if (stored->getColumn(4).getInt() != 0) {
                before.emplace();
                before->fullName = stored->getColumn(1).getString();
                before->nik = stored->getColumn(2).getString();
                before->phone = stored->getColumn(3).getString();
            }
        }
        stored->reset();
        if (id && held && !held->empty()) {
            writeHeldSearchRows(*held); // this person's row may be among them
        }
        if (before) {
            writeIndexRow(m_db, *id, *before, true);
        }
        writeReceivedRecord(m_db, id.has_value(), R"sql(
    UPDATE person SET nik = :nik, full_name = :full_name, gender = :gender, birth_date = :birth_date,
        birth_place = :birth_place, village_code = :village_code, dusun = :dusun, rt = :rt, rw = :rw,
        phone = :phone, email = :email, occupation = :occupation, education = :education,
        has_disability = :has_disability, disability_kind = :disability_kind, target_groups = :target_groups,
        organisation = :organisation, no_party_declared_on = :no_party_declared_on, consent_on = :consent_on,
        notes = :notes, revision = :revision, created_at = :created_at, created_by = :created_by,
        updated_at = :updated_at, updated_by = :updated_by, deleted_at = :deleted_at
    WHERE uuid = :uuid)sql",
                            R"sql(
    INSERT INTO person (uuid, nik, full_name, gender, birth_date, birth_place, village_code, dusun, rt, rw,
        phone, email, occupation, education, has_disability, disability_kind, target_groups, organisation,
        no_party_declared_on, consent_on, notes, revision, created_at, created_by, updated_at, updated_by,
        deleted_at)
    VALUES (:uuid, :nik, :full_name, :gender, :birth_date, :birth_place, :village_code, :dusun, :rt, :rw,
        :phone, :email, :occupation, :education, :has_disability, :disability_kind, :target_groups,
        :organisation, :no_party_declared_on, :consent_on, :notes, :revision, :created_at, :created_by,
        :updated_at, :updated_by, :deleted_at))sql",
                            record,
                            {"nik",
                             "full_name",
                             "gender",
                             "birth_date",
                             "birth_place",
                             "village_code",
                             "dusun",
                             "rt",
                             "rw",
                             "phone",
                             "email",
                             "occupation",
                             "education",
                             "has_disability",
                             "disability_kind",
                             "target_groups",
                             "organisation",
                             "no_party_declared_on",
                             "consent_on",
                             "notes"});
        if (const auto& village = record.at("village_code"); village.is_string()) {
            tally.village(village.get_ref<const std::string&>());
        } else {
            tally.village("");
        }
        if (!id) {
            id = m_db.connection().getLastInsertRowid();
            if (*id > kMaxSearchablePersonId) {
                throw Error(ErrorKind::Internal, "person.too_many",
                            fmt::format("the database holds the most people it can index ({})", kMaxSearchablePersonId),
                            "", {std::to_string(kMaxSearchablePersonId)});
            }
        }
        if (!record.value("deleted_at", nlohmann::json()).is_null()) {
            return;
        }
        if (!held) {
            writeIndexRow(m_db, *id, indexed(record), false);
            return;
        }
        const Person row = indexed(record);
        // The held text stays below kHeldBytes and a record's strings: far from what 32 bits count.
        held->m_rows.push_back({searchKey(row.fullName, *id), static_cast<std::uint32_t>(held->m_text.size()),
                                static_cast<std::uint32_t>(row.fullName.size()),
                                static_cast<std::uint32_t>(row.nik.size()),
                                static_cast<std::uint32_t>(row.phone.size())});
        held->m_text += row.fullName;
        held->m_text += row.nik;
        held->m_text += row.phone;
        if (held->m_rows.size() >= kHeldRows || held->m_text.size() >= kHeldBytes) {
            writeHeldSearchRows(*held);
        }
    });
}

void PersonRepository::writeHeldSearchRows(HeldSearchRows& held)
{
    translatingSqliteErrors("people: write held search rows", [&]() {
        std::sort(held.m_rows.begin(), held.m_rows.end(),
                  [](const HeldSearchRows::Row& a, const HeldSearchRows::Row& b) { return a.key < b.key; });
        const std::string_view text = held.m_text;
        for (const HeldSearchRows::Row& row : held.m_rows) {
            writeIndexRow(m_db, row.key, std::string(text.substr(row.at, row.name)),
                          std::string(text.substr(row.at + row.name, row.nik)),
                          std::string(text.substr(row.at + row.name + row.nik, row.phone)), false);
        }
        held.m_rows.clear();
        held.m_text.clear();
    });
}

} // namespace relawas::core

#pragma once

#include "core/people/Person.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// A living person named in a message: who holds a NIK or a phone.
struct PersonRef
{
    std::string uuid;
    std::string name;
};

// The search index rows of people a long write adds (a report's merge), held by PersonRepository::storeReceived to be
// written in key order, up to 100,000 at a time. FTS5 writes out the rows it holds whenever a row id comes below the
// last one, and the keys follow names, not the order people arrive in: written one by one, the index grew a piece per
// person. Whoever holds rows writes the rest with PersonRepository::writeHeldSearchRows before the work commits.
class HeldSearchRows
{
public:
    bool empty() const { return m_rows.empty(); }

private:
    friend class PersonRepository;
    // A row's name, NIK and phone lie one after another in `m_text`, from `at`: 24 bytes a row besides the text.
    struct Row
    {
        long long key = 0;
        std::uint32_t at = 0;
        std::uint32_t name = 0;
        std::uint32_t nik = 0;
        std::uint32_t phone = 0;
    };
    std::vector<Row> m_rows;
    std::string m_text;
};

// The one writer of `person` and of its search index `person_search`. Each write is one step of a UnitOfWork (the
// people service opens one per use case, an import one for the whole file): it bumps the revision, stamps who and
// when, keeps the index row (its key computed here, see core/base/NameOrder.h) and writes the audit entry.
// This layer keeps what the database must never hold (a malformed NIK, a second living record of one NIK, a village
// that is not a desa/kelurahan); the rules a clerk may override with a confirmation live in people/checks.
class PersonRepository
{
public:
    explicit PersonRepository(Database& db);

    std::optional<Person> find(const std::string& uuid) const;
    std::optional<Person> findByNik(const std::string& nik) const;
    // The one answer to "is this NIK taken?": the registration form, the import and the writer itself ask it here.
    std::optional<PersonRef> holderOfNik(const std::string& nik) const;
    std::vector<Person> findByPhone(const std::string& e164) const;
    // The first `limit` living holders of a phone, by id (families share one: a warning, never a duplicate).
    std::vector<PersonRef> holdersOfPhone(const std::string& e164, int limit) const;
    long long countLiving() const;
    // The name of a record that was removed or merged away, if `uuid` is one.
    std::optional<std::string> nameOfRemoved(const std::string& uuid) const;

    // Throws what a write of `person` would refuse, before anything is written: Error "person.*" with the field as
    // the place, "region.not_village", "person.duplicate_nik" (args: uuid and name of the holder).
    void checkStorable(const Person& person) const;

    // A new person (meta.uuid empty): checked, then written with revision 1 and its index row.
    Person insert(const Person& person, UnitOfWork& work);
    // The next revision of a living person: meta.revision must be the stored one, else Error "person.stale" and
    // nothing written. `auditNote` is added to the audit entry's record after (e.g. "merged_from").
    Person update(const Person& person, UnitOfWork& work, std::string_view action = "update",
                  const nlohmann::ordered_json& auditNote = {});
    // A tombstone of the living person `stored`; it leaves the search index. Roles and attendance are their owners'.
    void tombstone(const Person& stored, UnitOfWork& work, std::string_view action = "delete",
                   const nlohmann::ordered_json& auditNote = {});

    // Writes to the audit log that `actor` looked at the full NIK of `uuid`.
    void recordNikRevealed(const std::string& uuid, const std::string& actor);

    // A record received in a report, as the import merged it (docs/report-format.md: its uuid, revision, who/when,
    // fields, and "deleted_at" for a tombstone), stored as it is, with its index row: added, or written over the
    // record of that uuid. No revision is raised and no audit entry written: the import's one entry stands for the
    // report. The database's own rules hold (a NIK a living record holds already is refused). With `held`, the index
    // row of a person new here waits there (its other index rows are written at once, after those held).
    void storeReceived(const nlohmann::json& record, UnitOfWork& work, HeldSearchRows* held = nullptr);
    // Writes the index rows `held` holds, in key order, and empties it.
    void writeHeldSearchRows(HeldSearchRows& held);

private:
    Database& m_db;
};

} // namespace relawas::core

#pragma once

#include "Person.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

// Stores people. Each save or removal is atomic (a savepoint, so it can also be one step of a caller's larger
// transaction), bumps the revision, stamps who and when, and writes the record before and after to the audit log.
// This layer keeps what the database must never hold (a malformed NIK, a second living record of one NIK, a village
// that is not a desa/kelurahan); the rules a clerk may override with a confirmation live in the validators.
class PersonRepository
{
public:
    explicit PersonRepository(Database& db);

    std::optional<Person> find(const std::string& uuid) const;
    std::optional<Person> findByNik(const std::string& nik) const;
    std::vector<Person> findByPhone(const std::string& e164) const;
    long long countLiving() const;

    // Inserts (empty meta.uuid) or updates (meta.revision must be the stored one). Throws Error: "person.*" codes
    // with the field as the place, "person.duplicate_nik" (args: uuid and name of the holder), "person.stale".
    Person save(const Person& person, const std::string& actor);

    // Tombstones the person, their roles and their attendance.
    void remove(const std::string& uuid, const std::string& actor);

    // Writes to the audit log that `actor` looked at the full NIK of `uuid`.
    void recordNikRevealed(const std::string& uuid, const std::string& actor);

private:
    Database& m_db;
};

} // namespace relawas::core

#pragma once

#include "core/trainings/Training.h"

#include <optional>
#include <string>

namespace relawas::core {

class Database;
class UnitOfWork;

// A certificate handed out: its number, the training and the person.
struct Certificate
{
    std::string number; // "0007/SERT/12.19/IX/2024"
    std::string trainingUuid;
    std::string personUuid;
    std::string issuedAt;
};

// The one writer of `certificate`. A number is issued once per person and training and never again for anyone:
// "<serial of the year>/SERT/<the training's region>/<month in Roman numerals>/<year>", the month and year of the
// training's last day, as Indonesian letters are numbered (a training for no region: the working kabupaten's code).
// Anyone holding the paper can have it looked up.
class CertificateRepository
{
public:
    explicit CertificateRepository(Database& db);

    std::optional<Certificate> find(const std::string& number) const;
    std::optional<Certificate> of(const std::string& trainingUuid, const std::string& personUuid) const;

    // The person's certificate of the training, issued now if they have none yet.
    Certificate issue(const Training& training, const std::string& personUuid, UnitOfWork& work);

    // Steps of a caller's unit of work: the person was removed (their certificates are tombstoned; the numbers stay
    // taken); a merge (moved to the kept person, unless they hold one of the same training).
    void tombstoneAllOf(const std::string& personUuid, UnitOfWork& work);
    void moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

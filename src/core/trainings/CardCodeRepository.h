#pragma once

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `card_code`: the codes on people's cards. A person has at most one current code; issuing a new one
// revokes the old, which stays (never handed out again, and a scan of it is told apart from a typo). Writes are
// steps of a caller's UnitOfWork, audited.
class CardCodeRepository
{
public:
    explicit CardCodeRepository(Database& db);

    // The current code of a living person, if they have one.
    std::optional<std::string> currentOf(const std::string& personUuid) const;

    // Who a code belongs to, and whether it was revoked since.
    struct Holder
    {
        std::string personUuid;
        bool revoked = false;
    };
    std::optional<Holder> holderOf(const std::string& code) const;

    // A new random code for the person, revoking the current one. Returns the new code.
    std::string issue(const std::string& personUuid, UnitOfWork& work);
    // The current code, issuing one when there is none.
    std::string ensure(const std::string& personUuid, UnitOfWork& work);

    // Steps of a caller's unit of work: the person was removed (their codes are tombstoned); a merge (the codes of
    // `fromPerson` become `toPerson`'s, so either card still finds them; the current one is revoked when `toPerson`
    // has one).
    void tombstoneAllOf(const std::string& personUuid, UnitOfWork& work);
    void moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

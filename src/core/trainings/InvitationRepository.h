#pragma once

#include "core/trainings/Invitation.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `invitation`: who is expected at a training and as what. Every write is a step of a caller's
// UnitOfWork, bumps the revision, stamps who and when and is audited. Nothing is deleted: taking someone off the list
// is the status "cancelled"; only a removed training or person tombstones their invitations.
class InvitationRepository
{
public:
    explicit InvitationRepository(Database& db);

    std::optional<Invitation> find(const std::string& trainingUuid, const std::string& personUuid) const;
    std::optional<Invitation> findByUuid(const std::string& uuid) const;
    // The living invitations of a training, cancelled ones too, in the order they were made.
    std::vector<Invitation> ofTraining(const std::string& trainingUuid) const;

    // Invites the person as `part`: a new invitation, or the one they have made "invited" again (after a cancel or a
    // decline) and given the part. Returns the stored invitation and whether anything was written: inviting someone
    // already expected in that part writes nothing. Throws Error "invitation.unknown_person" (living people only).
    struct Outcome
    {
        Invitation invitation;
        bool written = false;
    };
    Outcome invite(const std::string& trainingUuid, const std::string& personUuid, InvitationPart part, bool walkIn,
                   UnitOfWork& work);

    // The next revision of `invitation` (as read: its revision) with another status or part. "invitation.stale".
    Invitation update(const Invitation& invitation, UnitOfWork& work);

    // Steps of a caller's unit of work, each row audited: the training was removed; the person was removed; a merge
    // gives `fromPerson`'s invitations to `toPerson`, and one at a training `toPerson` is invited to already is
    // tombstoned instead.
    void tombstoneAllAt(const std::string& trainingUuid, UnitOfWork& work);
    void tombstoneAllOf(const std::string& personUuid, UnitOfWork& work);
    void moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work);

    // A record received in a report, as the import merged it (docs/report-format.md: its uuid, revision, who/when,
    // fields, and "deleted_at" for a tombstone), stored as it is: added, or written over the record of that uuid.
    // No revision is raised and no audit entry written: the import's one entry stands for the report.
    void storeReceived(const nlohmann::json& record, UnitOfWork& work);

private:
    void tombstone(const Invitation& invitation, UnitOfWork& work);
    std::vector<Invitation> where(const std::string& condition, const std::string& value) const;

    Database& m_db;
};

} // namespace relawas::core

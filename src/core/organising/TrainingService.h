#pragma once

#include "core/organising/ScoreSheet.h"
#include "core/people/Person.h"
#include "core/trainings/CertificateRepository.h"
#include "core/trainings/Invitation.h"
#include "core/trainings/Training.h"

#include <string>
#include <vector>

namespace relawas::core {

class Database;

// A certificate with the participant who holds it and their scores.
struct IssuedCertificate
{
    Certificate certificate;
    ScoreRow recipient;
};

// Who to invite in one go: people holding a current role of one of `roles` (none: any role, and then the people whose
// village is under `underCode`) scoped at `underCode` or inside it (empty: anywhere).
struct InvitationFilter
{
    std::vector<RoleKind> roles;
    std::string underCode;
};

// The one door for what an organiser does with a training: create and correct it, invite people (one by one or by a
// filter), change or cancel an invitation, hand out card codes. Each use case is one unit of work, all or nothing,
// written by the tables' own writers with an audit entry per record. Errors are core::Error with a stable code.
class TrainingService
{
public:
    TrainingService(Database& db, std::string actor);

    // As TrainingRepository::save.
    Training save(const Training& training);
    // Tombstones the training, its invitations and its attendance.
    void remove(const std::string& trainingUuid);

    // Invites one living person as `part`. "training.not_found", "invitation.unknown_person".
    Invitation invite(const std::string& trainingUuid, const std::string& personUuid, InvitationPart part);
    // The same for someone added at the door: the invitation is flagged as a walk-in. The check-in desk comes here,
    // inside its own unit of work, so the invitation and the check-in land together.
    Invitation inviteWalkIn(const std::string& trainingUuid, const std::string& personUuid, InvitationPart part);

    // The living people `filter` selects, by name. "invitation.filter_empty" when it selects by nothing at all.
    std::vector<std::string> peopleWhere(const InvitationFilter& filter) const;
    // Invites everyone `filter` selects as `part`; returns how many were newly invited (or invited again after a
    // cancel or a decline). People already expected are left as they are.
    int inviteWhere(const std::string& trainingUuid, const InvitationFilter& filter, InvitationPart part);

    // The invitation as read (its revision) with another status or part. "invitation.stale".
    Invitation update(const Invitation& invitation);
    // Takes the person off the list: the invitation is cancelled, not deleted.
    Invitation cancel(const Invitation& invitation);

    // A card code for everyone expected at the training who has none; returns how many were issued.
    int issueMissingCardCodes(const std::string& trainingUuid);
    // A new card code for the person; the old card stops working. Returns the new code.
    std::string reissueCardCode(const std::string& personUuid);

    // A numbered certificate for everyone certificateRecipients() names (present every day and, when graded,
    // passed): numbers issued before are kept, the others issued now, in one unit of work. Returns them all in the
    // list's order.
    std::vector<IssuedCertificate> issueCertificates(const std::string& trainingUuid);

private:
    Training existing(const std::string& trainingUuid) const;
    Invitation invite(const std::string& trainingUuid, const std::string& personUuid, InvitationPart part, bool walkIn);

    Database& m_db;
    std::string m_actor;
};

} // namespace relawas::core

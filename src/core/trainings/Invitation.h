#pragma once

#include "core/base/RecordMeta.h"

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

// What a person comes to a training as.
enum class InvitationPart
{
    Peserta,    // a participant
    Narasumber, // a speaker
    Panitia     // the organising committee
};

inline constexpr InvitationPart kAllInvitationParts[] = {InvitationPart::Peserta, InvitationPart::Narasumber,
                                                         InvitationPart::Panitia};

// "peserta", "narasumber", "panitia"
std::string_view invitationPartId(InvitationPart part);
std::optional<InvitationPart> invitationPartFromId(std::string_view id);

enum class InvitationStatus
{
    Invited,
    Confirmed,
    Declined,
    Cancelled // taken off the list by the organiser: kept, so the door can say so
};

inline constexpr InvitationStatus kAllInvitationStatuses[] = {InvitationStatus::Invited, InvitationStatus::Confirmed,
                                                              InvitationStatus::Declined, InvitationStatus::Cancelled};

// "invited", "confirmed", "declined", "cancelled"
std::string_view invitationStatusId(InvitationStatus status);
std::optional<InvitationStatus> invitationStatusFromId(std::string_view id);

// One person expected at one training (every day of it).
struct Invitation
{
    std::string trainingUuid;
    std::string personUuid;
    InvitationPart part = InvitationPart::Peserta;
    InvitationStatus status = InvitationStatus::Invited;
    bool walkIn = false; // added at the door
    RecordMeta meta;

    // Expected at the door: invited or confirmed.
    bool expected() const { return status == InvitationStatus::Invited || status == InvitationStatus::Confirmed; }
};

} // namespace relawas::core

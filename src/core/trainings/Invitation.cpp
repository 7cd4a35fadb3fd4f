#include "core/trainings/Invitation.h"

#include <algorithm>

namespace relawas::core {

std::string_view invitationPartId(InvitationPart part)
{
    switch (part) {
    case InvitationPart::Peserta:
        return "peserta";
    case InvitationPart::Narasumber:
        return "narasumber";
    case InvitationPart::Panitia:
        return "panitia";
    }
    return "peserta";
}

std::optional<InvitationPart> invitationPartFromId(std::string_view id)
{
    const auto* found = std::find_if(std::begin(kAllInvitationParts), std::end(kAllInvitationParts),
                                     [id](InvitationPart part) { return invitationPartId(part) == id; });
    return found == std::end(kAllInvitationParts) ? std::nullopt : std::optional(*found);
}

std::string_view invitationStatusId(InvitationStatus status)
{
    switch (status) {
    case InvitationStatus::Invited:
        return "invited";
    case InvitationStatus::Confirmed:
        return "confirmed";
    case InvitationStatus::Declined:
        return "declined";
    case InvitationStatus::Cancelled:
        return "cancelled";
    }
    return "invited";
}

std::optional<InvitationStatus> invitationStatusFromId(std::string_view id)
{
    const auto* found = std::find_if(std::begin(kAllInvitationStatuses), std::end(kAllInvitationStatuses),
                                     [id](InvitationStatus status) { return invitationStatusId(status) == id; });
    return found == std::end(kAllInvitationStatuses) ? std::nullopt : std::optional(*found);
}

} // namespace relawas::core

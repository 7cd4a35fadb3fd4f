#pragma once

#include "core/trainings/Invitation.h"

#include <optional>
#include <string>

namespace relawas::core {

// A person as the check-in desk shows them: who, where from, and how they are on the training's list.
struct DeskPerson
{
    std::string uuid;
    std::string fullName;
    std::string nik; // full: the screen masks it
    std::string villageCode;
    std::string villageName;
    std::string kecamatanName;
    std::optional<InvitationPart> part; // when on the list
    std::optional<InvitationStatus> status;
};

} // namespace relawas::core

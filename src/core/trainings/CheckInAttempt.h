#pragma once

#include "core/base/Clock.h"

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

// How a person was looked for at the door.
enum class CheckInMethod
{
    Scan,  // a card code, scanned or typed
    Nik,   // a 16-digit NIK
    Name,  // a name typed, a match picked
    WalkIn // someone added at the door
};

// "scan", "nik", "name", "walk-in"
std::string_view checkInMethodId(CheckInMethod method);
std::optional<CheckInMethod> checkInMethodFromId(std::string_view id);

// What came of an attempt at the door.
enum class CheckInResult
{
    CheckedIn,
    AlreadyCheckedIn,
    NotInvited, // known to the register, not on the list: a walk-in can be offered
    Unknown,    // no such code, NIK or name
    Cancelled,  // the invitation was cancelled (or declined)
    WrongDay,   // the desk's day is not a day of the training
    Ambiguous,  // several people match: one must be picked
    RevokedCard // a card whose code was re-issued since
};

// "checked_in", "already_checked_in", "not_invited", "unknown", "cancelled", "wrong_day", "ambiguous", "revoked_card"
std::string_view checkInResultId(CheckInResult result);
std::optional<CheckInResult> checkInResultFromId(std::string_view id);

// One attempt at the door, kept as a fact: written once, never changed, failures too.
struct CheckInAttempt
{
    std::string uuid;
    std::string trainingUuid;
    Date day{};
    std::string at; // UTC timestamp
    CheckInMethod method = CheckInMethod::Scan;
    std::string input; // as typed or scanned; a NIK masked
    CheckInResult result = CheckInResult::Unknown;
    std::string personUuid;     // when someone was found
    std::string attendanceUuid; // the check-in it made or found
    std::string actor;
};

// A NIK as the attempt log keeps it: the first six digits (the region) and the last two, the rest hidden
// ("121907••••••••34"). Anything else is returned as it is.
std::string maskedNikInput(std::string_view nik);

} // namespace relawas::core

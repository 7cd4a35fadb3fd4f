#include "core/trainings/CheckInAttempt.h"

#include <algorithm>
#include <array>

namespace relawas::core {

namespace {
constexpr std::array kMethods{CheckInMethod::Scan, CheckInMethod::Nik, CheckInMethod::Name, CheckInMethod::WalkIn};
constexpr std::array kResults{CheckInResult::CheckedIn, CheckInResult::AlreadyCheckedIn, CheckInResult::NotInvited,
                              CheckInResult::Unknown,   CheckInResult::Cancelled,        CheckInResult::WrongDay,
                              CheckInResult::Ambiguous, CheckInResult::RevokedCard};
} // namespace

std::string_view checkInMethodId(CheckInMethod method)
{
    switch (method) {
    case CheckInMethod::Scan:
        return "scan";
    case CheckInMethod::Nik:
        return "nik";
    case CheckInMethod::Name:
        return "name";
    case CheckInMethod::WalkIn:
        return "walk-in";
    }
    return "scan";
}

std::optional<CheckInMethod> checkInMethodFromId(std::string_view id)
{
    const auto* found = std::find_if(kMethods.begin(), kMethods.end(),
                                     [id](CheckInMethod method) { return checkInMethodId(method) == id; });
    return found == kMethods.end() ? std::nullopt : std::optional(*found);
}

std::string_view checkInResultId(CheckInResult result)
{
    switch (result) {
    case CheckInResult::CheckedIn:
        return "checked_in";
    case CheckInResult::AlreadyCheckedIn:
        return "already_checked_in";
    case CheckInResult::NotInvited:
        return "not_invited";
    case CheckInResult::Unknown:
        return "unknown";
    case CheckInResult::Cancelled:
        return "cancelled";
    case CheckInResult::WrongDay:
        return "wrong_day";
    case CheckInResult::Ambiguous:
        return "ambiguous";
    case CheckInResult::RevokedCard:
        return "revoked_card";
    }
    return "unknown";
}

std::optional<CheckInResult> checkInResultFromId(std::string_view id)
{
    const auto* found = std::find_if(kResults.begin(), kResults.end(),
                                     [id](CheckInResult result) { return checkInResultId(result) == id; });
    return found == kResults.end() ? std::nullopt : std::optional(*found);
}

std::string maskedNikInput(std::string_view nik)
{
    if (nik.size() != 16 || !std::all_of(nik.begin(), nik.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::string(nik);
    }
    std::string masked(nik.substr(0, 6));
    for (int i = 0; i < 8; ++i) {
        masked += "\u2022";
    }
    return masked + std::string(nik.substr(14));
}

} // namespace relawas::core

#pragma once

#include "core/people/checks/ValidationIssue.h"

#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

struct PhoneCheck
{
    std::string input;  // as given, trimmed
    bool valid = false; // a real number (Indonesian or foreign); false for an empty input
    std::string e164;   // "+6281234567890" when valid, else empty
    bool mobile = false;
    std::vector<ValidationIssue> errors;
    std::vector<ValidationIssue> warnings;
};

// Checks a phone number with libphonenumber, reading it as Indonesian unless it starts with "+" and another
// country code. Accepted: "0812-3456-7890", "081234567890", "6281234567890", "+62 812 3456 7890", "81234567890",
// with spaces, dashes, dots, slashes and parentheses. Letters (extensions, "ext.", vanity numbers) are refused.
// Empty input has no issues and is not valid: the caller treats it as "not given".
// Error "phone.invalid"; warnings "phone.not_mobile" (a landline or service number: no WhatsApp, no SMS) and
// "phone.foreign".
PhoneCheck checkPhone(std::string_view text);

// "0812-3456-7890" for an Indonesian number, "+60 12-345 6789" for a foreign one; anything unreadable as given.
std::string formatPhoneForDisplay(const std::string& e164);

} // namespace relawas::core

#include "core/people/checks/Phone.h"

#include <algorithm>
#include <optional>

#include <fmt/format.h>
#include <phonenumbers/phonenumberutil.h>

namespace relawas::core {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr std::string_view kNoBreakSpace = "\u00A0";
constexpr const char* kHomeRegion = "ID";

bool isSpace(std::string_view text)
{
    return text.starts_with(' ') || text.starts_with('\t') || text.starts_with(kNoBreakSpace);
}

std::string_view trim(std::string_view text)
{
    while (isSpace(text)) {
        text.remove_prefix(text.starts_with(kNoBreakSpace) ? kNoBreakSpace.size() : 1);
    }
    while (text.ends_with(' ') || text.ends_with('\t') || text.ends_with(kNoBreakSpace)) {
        text.remove_suffix(text.ends_with(kNoBreakSpace) ? kNoBreakSpace.size() : 1);
    }
    return text;
}

// The digits of `text` with a leading "+" kept, or nothing when `text` holds anything but digits and the separators
// people write between digit groups. libphonenumber itself would read "0812 ext. 5" as an extension and
// "0812-FLOWERS" as keypad letters; neither belongs in a volunteer's phone field.
std::optional<std::string> digitsOf(std::string_view text)
{
    std::string result;
    if (text.starts_with('+')) {
        result += '+';
        text.remove_prefix(1);
    }
    while (!text.empty()) {
        const char c = text.front();
        if (c >= '0' && c <= '9') {
            result += c;
        } else if (!isSpace(text) && c != '-' && c != '.' && c != '(' && c != ')' && c != '/') {
            return std::nullopt;
        }
        text.remove_prefix(text.starts_with(kNoBreakSpace) ? kNoBreakSpace.size() : 1);
    }
    if (result.empty() || result == "+") {
        return std::nullopt;
    }
    return result;
}

std::optional<PhoneNumber> parseValid(const std::string& text)
{
    const auto& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util.Parse(text, kHomeRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number)) {
        return std::nullopt;
    }
    return number;
}

} // namespace

PhoneCheck checkPhone(std::string_view text)
{
    PhoneCheck check;
    const std::string_view trimmed = trim(text);
    check.input = std::string(trimmed);
    std::string_view value = trimmed;
    if (value.starts_with('\'')) {
        value = trim(value.substr(1)); // Excel's text marker
    }
    if (value.empty()) {
        return check;
    }

    const auto digits = digitsOf(value);
    std::optional<PhoneNumber> number;
    // "62812..." is a number written with its country code and without the "+" (WhatsApp exports write it so).
    // libphonenumber reads it so only when the same digits make no Indonesian number; "62614567890" it would read
    // as area code 0626, where people far more often mean +62 61 (Medan). So try the country code first.
    if (digits && digits->starts_with("62")) {
        number = parseValid('+' + *digits);
    }
    if (digits && !number) {
        number = parseValid(*digits);
    }
    if (!number) {
        check.errors.push_back({"phone.invalid",
                                "not a valid phone number (an Indonesian mobile number has 10 to 13 digits and starts "
                                "with 08 or +62 8)",
                                {}});
        return check;
    }

    const auto& util = *PhoneNumberUtil::GetInstance();
    check.valid = true;
    util.Format(*number, PhoneNumberUtil::E164, &check.e164);
    const auto type = util.GetNumberType(*number);
    check.mobile = type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;

    std::string region;
    util.GetRegionCodeForNumber(*number, &region);
    if (number->country_code() != util.GetCountryCodeForRegion(kHomeRegion)) {
        const std::string countryCode = fmt::format("+{}", number->country_code());
        check.warnings.push_back({"phone.foreign",
                                  fmt::format("a foreign number (country code {}{})", countryCode,
                                              region.empty() || region == "ZZ" ? "" : ", " + region),
                                  {countryCode, region}});
    }
    if (!check.mobile) {
        check.warnings.push_back({"phone.not_mobile",
                                  "not a mobile number (a landline or a service number cannot receive SMS or "
                                  "WhatsApp)",
                                  {}});
    }
    return check;
}

std::string formatPhoneForDisplay(const std::string& e164)
{
    const auto& util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (e164.empty() || util.Parse(e164, kHomeRegion, &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        return e164;
    }
    std::string result;
    const bool home = number.country_code() == util.GetCountryCodeForRegion(kHomeRegion);
    util.Format(number, home ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &result);
    return result;
}

} // namespace relawas::core

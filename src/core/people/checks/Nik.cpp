#include "core/people/checks/Nik.h"

#include "core/regions/RegionCode.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace relawas::core {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view text)
{
    return !text.empty() && std::all_of(text.begin(), text.end(), isDigit);
}

// The byte length of the whitespace character at the start of `text`, or 0. Beyond ASCII this knows the no-break
// spaces a spreadsheet or a word processor puts between digit groups, the zero-width space and a byte-order mark.
std::size_t whitespaceAt(std::string_view text)
{
    static constexpr std::array<std::string_view, 17> kWide{"\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
                                                            "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A",
                                                            "\u200B", "\u202F", "\u205F", "\u3000", "\uFEFF"};
    if (text.empty()) {
        return 0;
    }
    if (text[0] == ' ' || (text[0] >= '\t' && text[0] <= '\r')) {
        return 1;
    }
    for (const auto space : kWide) {
        if (text.starts_with(space)) {
            return space.size();
        }
    }
    return 0;
}

std::string_view trim(std::string_view text)
{
    while (const std::size_t n = whitespaceAt(text)) {
        text.remove_prefix(n);
    }
    // Whitespace characters are at most three bytes long: try each length at the end.
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::size_t n = 1; n <= 3 && n <= text.size(); ++n) {
            if (whitespaceAt(text.substr(text.size() - n)) == n) {
                text.remove_suffix(n);
                trimmed = true;
                break;
            }
        }
    }
    return text;
}

std::string withoutWhitespace(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    while (!text.empty()) {
        if (const std::size_t n = whitespaceAt(text)) {
            text.remove_prefix(n);
        } else {
            result += text.front();
            text.remove_prefix(1);
        }
    }
    return result;
}

// Excel's text marker, also after autocorrect has made it a typographic quote.
std::string_view withoutLeadingApostrophe(std::string_view text)
{
    for (const std::string_view mark : {"'", "\u2018", "\u2019"}) {
        if (text.starts_with(mark)) {
            return text.substr(mark.size());
        }
    }
    return text;
}

std::size_t countDigits(std::string_view text)
{
    return static_cast<std::size_t>(std::find_if_not(text.begin(), text.end(), isDigit) - text.begin());
}

// How a spreadsheet shows a NIK it has stored as a number: "1.21907E+15", "1,21907E+15", "1219012345670000.0",
// "1.219.012.345.670.000". Its value has at most 15 significant digits, so the original cannot be recovered.
bool looksLikeSpreadsheetNumber(std::string_view text)
{
    const std::size_t intDigits = countDigits(text);
    if (intDigits == 0) {
        return false;
    }
    std::string_view rest = text.substr(intDigits);
    if (rest.empty()) {
        return false;
    }
    const char separator = rest.front();
    if (separator != '.' && separator != ',' && separator != 'e' && separator != 'E') {
        return false;
    }
    if (separator == 'e' || separator == 'E') {
        rest.remove_prefix(1);
        if (!rest.empty() && (rest.front() == '+' || rest.front() == '-')) {
            rest.remove_prefix(1);
        }
        return allDigits(rest);
    }

    // A decimal part, then either the end (a trailing ".0") or an exponent.
    const std::string_view afterSeparator = rest.substr(1);
    const std::size_t fraction = countDigits(afterSeparator);
    const std::string_view tail = afterSeparator.substr(fraction);
    if (!tail.empty() && (tail.front() == 'e' || tail.front() == 'E')) {
        std::string_view exponent = tail.substr(1);
        if (!exponent.empty() && (exponent.front() == '+' || exponent.front() == '-')) {
            exponent.remove_prefix(1);
        }
        return allDigits(exponent);
    }
    if (tail.empty() && fraction > 0 &&
        std::all_of(afterSeparator.begin(), afterSeparator.end(), [](char c) { return c == '0'; })) {
        return true;
    }

    // Thousands separators: 1-3 digits, then groups of exactly three behind the same separator.
    if (intDigits > 3) {
        return false;
    }
    while (!rest.empty()) {
        if (rest.front() != separator || rest.size() < 4 || !allDigits(rest.substr(1, 3))) {
            return false;
        }
        rest.remove_prefix(4);
    }
    return true;
}

int twoDigits(std::string_view text)
{
    return (text[0] - '0') * 10 + (text[1] - '0');
}

ValidationIssue issue(std::string code, std::string message, std::vector<std::string> args = {})
{
    return {std::move(code), std::move(message), std::move(args)};
}

void checkRegion(const std::string& digits, const NikContext& context, NikCheck& check)
{
    const std::string province = digits.substr(0, 2);
    const std::string kabupaten = province + '.' + digits.substr(2, 2);
    const std::string kecamatan = kabupaten + '.' + digits.substr(4, 2);
    check.regionCode = kecamatan;

    const bool provinceKnown = context.regionKnown ? context.regionKnown(province) : twoDigits(province) >= 11;
    if (!provinceKnown) {
        check.errors.push_back(issue("nik.unknown_province",
                                     fmt::format("the NIK starts with {}, which is not a province code", province),
                                     {province}));
        return;
    }

    const auto known = [&](const std::string& code) {
        return context.regionKnown ? context.regionKnown(code) : parseRegionCode(code).has_value();
    };
    for (const auto& code : {kabupaten, kecamatan}) {
        if (!known(code)) {
            check.warnings.push_back(
                issue("nik.unknown_region",
                      fmt::format("the region {} of the NIK is not in the current region list (the NIK keeps the code "
                                  "of the region that issued it, which may since have been split or renamed)",
                                  code),
                      {code}));
            break;
        }
    }

    const std::string& district = context.districtCode;
    if (!district.empty() && kecamatan != district && !kecamatan.starts_with(district + '.')) {
        check.warnings.push_back(
            issue("nik.outside_district",
                  fmt::format("the NIK was issued in {}, outside the working kabupaten/kota {}", kabupaten, district),
                  {kabupaten, district}));
    }
}

void checkBirthDate(const std::string& digits, const NikContext& context, NikCheck& check)
{
    using namespace std::chrono;
    const std::string part = digits.substr(6, 6);
    int day = twoDigits(part.substr(0, 2));
    const int monthNumber = twoDigits(part.substr(2, 2));
    const int yy = twoDigits(part.substr(4, 2));
    std::optional<Gender> gender;
    if (day >= 1 && day <= 31) {
        gender = Gender::Male;
    } else if (day >= 41 && day <= 71) {
        gender = Gender::Female;
        day -= 40;
    }

    int fullYear = 2000 + yy <= int(context.today.year()) ? 2000 + yy : 1900 + yy;
    // The NIK cannot tell 1925 from 2025; a four-digit year the clerk typed for the same day can, if it is not
    // after today itself.
    if (const auto& entered = context.enteredBirthDate;
        entered && entered->ok() && sys_days(*entered) <= sys_days(context.today) &&
        unsigned(entered->day()) == unsigned(day) && unsigned(entered->month()) == unsigned(monthNumber) &&
        int(entered->year()) >= 0 && int(entered->year()) % 100 == yy) {
        fullYear = int(entered->year());
    }
    const Date date{year{fullYear}, month{unsigned(monthNumber)}, std::chrono::day{unsigned(day)}};
    if (!gender || !date.ok()) {
        check.errors.push_back(issue("nik.bad_date",
                                     fmt::format("the birth date part of the NIK ({}, as DDMMYY with 40 added to the "
                                                 "day for women) is not a real date",
                                                 part),
                                     {part}));
        return;
    }
    if (sys_days(date) > sys_days(context.today)) {
        check.errors.push_back(issue(
            "nik.future_birth", fmt::format("the NIK says the person was born on {}, after today", formatIsoDate(date)),
            {formatIsoDate(date)}));
        return;
    }
    check.birthDate = date;
    check.gender = gender;

    if (context.enteredBirthDate && *context.enteredBirthDate != date) {
        const auto entered = formatIsoDate(*context.enteredBirthDate);
        check.warnings.push_back(issue("nik.birth_date_differs",
                                       fmt::format("the birth date entered ({}) differs from the one in the NIK ({})",
                                                   entered, formatIsoDate(date)),
                                       {entered, formatIsoDate(date)}));
    }
    if (context.enteredGender && *context.enteredGender != *gender) {
        const std::string entered(genderId(*context.enteredGender));
        const std::string fromNik(genderId(*gender));
        check.warnings.push_back(
            issue("nik.gender_differs",
                  fmt::format("the gender entered ({}) differs from the one in the NIK ({})", entered, fromNik),
                  {entered, fromNik}));
    }
}

} // namespace

NikCheck checkNik(std::string_view text, const NikContext& context)
{
    NikCheck check;
    const std::string_view trimmed = trim(text);
    const std::string compact = withoutWhitespace(withoutLeadingApostrophe(trimmed));
    check.nik = allDigits(compact) ? compact : std::string(trimmed);

    if (compact.empty()) {
        check.errors.push_back(issue("nik.empty", "the NIK is empty"));
    } else if (looksLikeSpreadsheetNumber(compact)) {
        check.errors.push_back(issue("nik.spreadsheet_number",
                                     "a spreadsheet turned the NIK into a number, which loses its last digits; type it "
                                     "again from the KTP into a column formatted as Text"));
    } else if (!allDigits(compact)) {
        check.errors.push_back(issue("nik.not_digits", "a NIK is made of digits only"));
    } else if (compact.size() != 16) {
        check.errors.push_back(issue("nik.length", fmt::format("a NIK has 16 digits, this one has {}", compact.size()),
                                     {std::to_string(compact.size())}));
    } else {
        checkRegion(compact, context, check);
        checkBirthDate(compact, context, check);
        if (compact.ends_with("0000")) {
            check.errors.push_back(issue("nik.zero_serial", "the serial number of a NIK (its last four digits) is "
                                                            "never 0000"));
        }
    }
    check.valid = check.errors.empty();
    return check;
}

std::string maskNik(std::string_view nik)
{
    // Count characters, not bytes, so whatever was typed is masked whole.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < nik.size(); ++i) {
        if ((static_cast<unsigned char>(nik[i]) & 0xC0) != 0x80) {
            starts.push_back(i);
        }
    }
    const std::size_t hidden = starts.size() > 4 ? starts.size() - 4 : starts.size();
    std::string result;
    for (std::size_t i = 0; i < hidden; ++i) {
        result += "\u2022";
    }
    if (hidden < starts.size()) {
        result += std::string(nik.substr(starts[hidden]));
    }
    return result;
}

} // namespace relawas::core

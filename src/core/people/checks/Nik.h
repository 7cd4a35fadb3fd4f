#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"
#include "core/people/checks/ValidationIssue.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

// What a NIK check knows besides the NIK itself.
struct NikContext
{
    // Whether a code is in the current region list: asked for "12", "12.19" and "12.19.01". When empty, the province
    // is only checked for its shape (11-99) and the kabupaten/kecamatan are not looked up.
    std::function<bool(const std::string& code)> regionKnown;
    std::string districtCode;             // the working kabupaten ("12.19"); a NIK issued elsewhere is a warning
    Date today;                           // for the century of the two-digit year and "born in the future"
    std::optional<Date> enteredBirthDate; // what the clerk typed, compared with the NIK
    std::optional<Gender> enteredGender;
};

struct NikCheck
{
    std::string nik; // normalised: digits only when it could be read, else the input trimmed
    bool valid = false;
    std::vector<ValidationIssue> errors;   // any error makes the NIK unusable
    std::vector<ValidationIssue> warnings; // plausible but worth a second look
    std::optional<Date> birthDate;         // only when the date part is a real date, not in the future
    std::optional<Gender> gender;          // idem
    std::string regionCode;                // "12.19.01", the kecamatan the prefix names; empty when unreadable
};

// Checks a NIK (PP KK CC DD MM YY SSSS) as the KTP states it.
//
// Errors: "nik.empty", "nik.spreadsheet_number" (a spreadsheet made it a number: 1.21907E+15, 1219012345670001.0,
// 1.219.012.345.670.001), "nik.not_digits", "nik.length" (never padded or cut), "nik.unknown_province",
// "nik.bad_date" (day 01-31, or 41-71 for women; a real calendar date), "nik.future_birth", "nik.zero_serial".
// Warnings: "nik.unknown_region" (kabupaten or kecamatan not in the current list: the NIK keeps the code of the
// region that issued it, which may since have split), "nik.outside_district", "nik.birth_date_differs",
// "nik.gender_differs".
//
// Whitespace anywhere (spaces, tabs, no-break spaces) and one leading apostrophe (Excel's text marker) are removed
// silently; nothing else is repaired. The two-digit year is 20YY unless that is after this year, else 19YY; when the
// clerk entered a birth date with the same day, month and two-digit year, its century is taken.
NikCheck checkNik(std::string_view text, const NikContext& context);

// A NIK as screens and files show it unless someone deliberately asks for more: every character but the last four
// replaced by U+2022 ("••••••••••••0001"); characters are counted, not bytes, so whatever was typed is masked whole,
// and four characters or fewer are hidden entirely. Personal data under UU 27/2022; the serial alone identifies no
// one. Empty stays empty.
std::string maskNik(std::string_view nik);

} // namespace relawas::core

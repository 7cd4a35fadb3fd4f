#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"
#include "core/people/checks/ValidationIssue.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

// A person as typed into the registration form or read from a spreadsheet row, before it is a Person.
struct PersonDraft
{
    std::string nikText;
    std::string fullName;
    std::optional<Gender> gender;
    std::optional<Date> birthDate;
    std::string phoneText;
    std::string email;
    std::string villageCode;
    std::vector<RoleKind> roles;
    bool walkIn = false; // registered at the door of a training: the NIK may come later
};

struct FieldIssue
{
    std::string field; // "nik", "full_name", "gender", "birth_date", "phone", "email", "village_code", "roles"
    ValidationIssue issue;
};

struct PersonCheck
{
    std::vector<FieldIssue> errors;   // any error blocks saving
    std::vector<FieldIssue> warnings; // saving needs one confirmation
    std::string nik;                  // normalised, when readable
    std::string phoneE164;            // when valid
    std::optional<Date> nikBirthDate; // what the NIK says, to fill in the form
    std::optional<Gender> nikGender;
    std::string nikRegionCode;

    bool blocked() const { return !errors.empty(); }
    bool hasIssue(const std::string& field) const;
};

struct PersonCheckContext
{
    std::function<bool(const std::string& code)> regionKnown;
    std::string districtCode; // the working kabupaten
    std::string scopeCode;    // the kecamatan the clerk works in, when one is chosen
    // A region's name, for the kecamatan named in the village warnings; the code itself when not given.
    std::function<std::string(const std::string& code)> regionName;
    Date today = todayUtc();
    Date referenceDate = todayUtc(); // the election day, for ages
};

// Every rule of the brief on one draft: the NIK (optional only for someone whose only role is narasumber, and for a
// walk-in at a training's door), the phone, the e-mail, a name, a village, and the minimum age of each role on the
// reference date. Warnings come from the NIK (region, district, a birth date or gender typed differently), the phone
// (landline, foreign), and the village when its kecamatan is not the one the NIK was issued in
// ("village.not_nik_kecamatan": village's kecamatan, NIK's kecamatan) or not the working one
// ("village.outside_scope": village's kecamatan, working kecamatan). People move, so neither refuses; both catch a
// village picked from the wrong kecamatan.
PersonCheck checkPerson(const PersonDraft& draft, const PersonCheckContext& context);

} // namespace relawas::core

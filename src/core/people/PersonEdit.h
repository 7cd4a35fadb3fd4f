#pragma once

#include "core/people/Person.h"
#include "core/people/checks/PersonCheck.h"

#include <string>
#include <vector>

namespace relawas::core {

class Database;

// One field of a person's record set by name, as `people edit --set FIELD=VALUE` gives it. The names are those of
// the report format (docs/report-format.md): full_name, nik, gender, birth_date, birth_place, village_code, dusun,
// rt, rw, phone, email, occupation, education, has_disability, disability_kind, target_groups, organisation,
// no_party_declared_on, consent_on, notes.
struct PersonFieldEdit
{
    std::string field;
    std::string value; // as typed: a date YYYY-MM-DD, gender L or P, yes/no, target groups separated by commas
};

struct EditedPerson
{
    Person person;                    // the record with the edits, its NIK and phone normalised
    std::vector<FieldIssue> warnings; // what the registration form would ask to confirm
};

// Applies `edits` to `current` and checks the result with the registration form's rules (checkPerson: the NIK, the
// phone, the e-mail, the name, the village, the age for each current role on the election day). Nothing is written.
// Throws Error "person.unknown_field" (place: the field), "person.bad_value" (args: field, value; a date, gender,
// yes/no or target group that cannot be read), or the form's first error (its code, the field as the place).
EditedPerson editPerson(Database& db, const Person& current, const std::vector<PersonFieldEdit>& edits);

} // namespace relawas::core

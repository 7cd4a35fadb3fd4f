#include "core/people/PersonEdit.h"

#include "core/base/Error.h"
#include "core/people/RoleRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/SettingsStore.h"

#include <sstream>

#include <fmt/format.h>

namespace relawas::core {

namespace {

Error badValue(const PersonFieldEdit& edit, const std::string& expected)
{
    return Error(ErrorKind::UserInput, "person.bad_value",
                 fmt::format("{} cannot be '{}': {}", edit.field, edit.value, expected), edit.field,
                 {edit.field, edit.value});
}

std::optional<Date> dateOf(const PersonFieldEdit& edit)
{
    if (edit.value.empty()) {
        return std::nullopt;
    }
    const auto date = parseIsoDate(edit.value);
    if (!date) {
        throw badValue(edit, "a date is written YYYY-MM-DD, or nothing");
    }
    return date;
}

bool yesOrNo(const PersonFieldEdit& edit)
{
    for (const char* yes : {"yes", "ya", "true", "1"}) {
        if (edit.value == yes) {
            return true;
        }
    }
    for (const char* no : {"no", "tidak", "false", "0", ""}) {
        if (edit.value == no) {
            return false;
        }
    }
    throw badValue(edit, "yes or no");
}

void apply(Person& person, const PersonFieldEdit& edit)
{
    const std::string& field = edit.field;
    std::string* text = field == "full_name"         ? &person.fullName
                        : field == "nik"             ? &person.nik
                        : field == "birth_place"     ? &person.birthPlace
                        : field == "village_code"    ? &person.villageCode
                        : field == "dusun"           ? &person.dusun
                        : field == "rt"              ? &person.rt
                        : field == "rw"              ? &person.rw
                        : field == "phone"           ? &person.phone
                        : field == "email"           ? &person.email
                        : field == "occupation"      ? &person.occupation
                        : field == "education"       ? &person.education
                        : field == "disability_kind" ? &person.disabilityKind
                        : field == "organisation"    ? &person.organisation
                        : field == "notes"           ? &person.notes
                                                     : nullptr;
    if (text) {
        *text = edit.value;
    } else if (field == "gender") {
        if (!edit.value.empty() && !genderFromId(edit.value)) {
            throw badValue(edit, "L or P");
        }
        person.gender = edit.value.empty() ? std::nullopt : genderFromId(edit.value);
    } else if (field == "birth_date") {
        person.birthDate = dateOf(edit);
    } else if (field == "no_party_declared_on") {
        person.noPartyDeclarationDate = dateOf(edit);
    } else if (field == "consent_on") {
        person.consentDate = dateOf(edit);
    } else if (field == "has_disability") {
        person.hasDisability = yesOrNo(edit);
    } else if (field == "target_groups") {
        person.targetGroups.clear();
        std::istringstream ids(edit.value);
        for (std::string id; std::getline(ids, id, ',');) {
            id.erase(0, id.find_first_not_of(' '));
            id.erase(id.find_last_not_of(' ') + 1);
            if (id.empty()) {
                continue;
            }
            const auto group = targetGroupFromId(id);
            if (!group) {
                throw badValue(edit, "target groups are ids such as perempuan, pemilih-pemula, disabilitas");
            }
            person.targetGroups.insert(*group);
        }
    } else {
        throw Error(ErrorKind::UserInput, "person.unknown_field", fmt::format("a person has no field {}", field), field,
                    {field});
    }
}

} // namespace

EditedPerson editPerson(Database& db, const Person& current, const std::vector<PersonFieldEdit>& edits)
{
    EditedPerson edited{current, {}};
    for (const PersonFieldEdit& edit : edits) {
        apply(edited.person, edit);
    }
    const RegionRepository regions(db);
    const SettingsStore settings(db);
    PersonDraft draft;
    draft.nikText = edited.person.nik;
    draft.fullName = edited.person.fullName;
    draft.gender = edited.person.gender;
    draft.birthDate = edited.person.birthDate;
    draft.phoneText = edited.person.phone;
    draft.email = edited.person.email;
    draft.villageCode = edited.person.villageCode;
    for (const PersonRole& role : RoleRepository(db).rolesOf(current.meta.uuid)) {
        if (!role.endDate) {
            draft.roles.push_back(role.kind);
        }
    }
    PersonCheckContext context;
    context.regionKnown = [&regions](const std::string& code) { return regions.find(code).has_value(); };
    context.districtCode = settings.workingKabupaten().value_or("");
    context.regionName = [&regions](const std::string& code) {
        const auto region = regions.find(code);
        return region ? region->name : code;
    };
    context.referenceDate = settings.electionDay().value_or(todayUtc());
    const PersonCheck check = checkPerson(draft, context);
    if (check.blocked()) {
        const FieldIssue& first = check.errors.front();
        throw Error(ErrorKind::UserInput, first.issue.code, first.issue.message, first.field, first.issue.args);
    }
    edited.person.nik = check.nik;
    edited.person.phone = check.phoneE164;
    edited.warnings = check.warnings;
    return edited;
}

} // namespace relawas::core

#include "core/people/checks/PersonCheck.h"

#include "core/people/checks/Eligibility.h"
#include "core/people/checks/Email.h"
#include "core/people/checks/Nik.h"
#include "core/people/checks/Phone.h"

#include <algorithm>

namespace relawas::core {

bool PersonCheck::hasIssue(const std::string& field) const
{
    const auto onField = [&field](const FieldIssue& found) { return found.field == field; };
    return std::any_of(errors.begin(), errors.end(), onField) || std::any_of(warnings.begin(), warnings.end(), onField);
}

namespace {
void addAll(std::vector<FieldIssue>& to, const std::string& field, const std::vector<ValidationIssue>& issues)
{
    for (const auto& issue : issues) {
        to.push_back({field, issue});
    }
}

bool onlySpeaker(const std::vector<RoleKind>& roles)
{
    return !roles.empty() &&
           std::all_of(roles.begin(), roles.end(), [](RoleKind role) { return role == RoleKind::Narasumber; });
}
} // namespace

PersonCheck checkPerson(const PersonDraft& draft, const PersonCheckContext& context)
{
    PersonCheck result;

    if (draft.fullName.find_first_not_of(" \t") == std::string::npos) {
        result.errors.push_back({"full_name", {"person.name_required", "the full name is required", {}}});
    }

    if (draft.nikText.find_first_not_of(" \t'") == std::string::npos) {
        if (!onlySpeaker(draft.roles)) {
            result.errors.push_back(
                {"nik", {"person.nik_required", "a NIK is required (only an external speaker may have none)", {}}});
        }
    } else {
        NikContext nikContext;
        nikContext.regionKnown = context.regionKnown;
        nikContext.districtCode = context.districtCode;
        nikContext.today = context.today;
        nikContext.enteredBirthDate = draft.birthDate;
        nikContext.enteredGender = draft.gender;
        const NikCheck nik = checkNik(draft.nikText, nikContext);
        addAll(result.errors, "nik", nik.errors);
        addAll(result.warnings, "nik", nik.warnings);
        if (nik.valid) {
            result.nik = nik.nik;
        }
        result.nikBirthDate = nik.birthDate;
        result.nikGender = nik.gender;
        result.nikRegionCode = nik.regionCode;
    }

    if (!draft.phoneText.empty()) {
        const PhoneCheck phone = checkPhone(draft.phoneText);
        addAll(result.errors, "phone", phone.errors);
        addAll(result.warnings, "phone", phone.warnings);
        result.phoneE164 = phone.e164;
    }
    addAll(result.errors, "email", checkEmail(draft.email));

    if (draft.villageCode.empty()) {
        result.errors.push_back({"village_code", {"person.village_required", "choose the desa or kelurahan", {}}});
    }

    const std::optional<Date> birth = draft.birthDate ? draft.birthDate : result.nikBirthDate;
    for (const RoleKind role : draft.roles) {
        for (const auto& issue : checkEligibility(role, birth, context.referenceDate)) {
            (issue.code == "eligibility.too_young" ? result.errors : result.warnings).push_back({"roles", issue});
        }
    }
    return result;
}

} // namespace relawas::core

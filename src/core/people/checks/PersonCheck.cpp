#include "core/people/checks/PersonCheck.h"

#include "core/people/checks/Eligibility.h"
#include "core/people/checks/Email.h"
#include "core/people/checks/NameText.h"
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

// The kecamatan code of a village code: "12.19.07" of "12.19.07.2004".
std::string kecamatanOf(const std::string& villageCode)
{
    const auto cut = villageCode.rfind('.');
    return cut == std::string::npos ? std::string() : villageCode.substr(0, cut);
}

void checkVillagePlace(const std::string& villageCode, const std::string& nikKecamatan,
                       const PersonCheckContext& context, std::vector<FieldIssue>& warnings)
{
    const std::string villageKecamatan = kecamatanOf(villageCode);
    const auto name = [&context](const std::string& code) {
        return context.regionName ? context.regionName(code) : code;
    };
    // A NIK of another kabupaten already has its own warning (nik.outside_district).
    const bool nikInDistrict = context.districtCode.empty() || nikKecamatan.rfind(context.districtCode + '.', 0) == 0;
    const bool nikKnown =
        !nikKecamatan.empty() && nikInDistrict && (!context.regionKnown || context.regionKnown(nikKecamatan));
    if (nikKnown && villageKecamatan != nikKecamatan) {
        warnings.push_back({"village_code",
                            {"village.not_nik_kecamatan",
                             "the village is in another kecamatan than the one the NIK was issued in",
                             {name(villageKecamatan), name(nikKecamatan)}}});
    }
    const bool scopeIsKecamatan = std::count(context.scopeCode.begin(), context.scopeCode.end(), '.') == 2;
    if (scopeIsKecamatan && villageKecamatan != context.scopeCode && !(nikKnown && nikKecamatan == context.scopeCode)) {
        warnings.push_back({"village_code",
                            {"village.outside_scope",
                             "the village is outside the kecamatan being worked on",
                             {name(villageKecamatan), name(context.scopeCode)}}});
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

    if (auto problem = nameTextProblem(draft.fullName)) {
        result.errors.push_back({"full_name", std::move(*problem)});
    }

    if (draft.nikText.find_first_not_of(" \t'") == std::string::npos) {
        if (!onlySpeaker(draft.roles) && !draft.walkIn) {
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
    } else {
        checkVillagePlace(draft.villageCode, result.nik.empty() ? std::string() : result.nikRegionCode, context,
                          result.warnings);
    }

    const std::optional<Date> birth = draft.birthDate ? draft.birthDate : result.nikBirthDate;
    if (draft.birthDate && *draft.birthDate > context.today) {
        // Not yet born: said once here, instead of an age below zero for each role.
        result.errors.push_back(
            {"birth_date",
             {"date.birth_in_future", "the birth date is after today", {formatIsoDate(*draft.birthDate)}}});
        return result;
    }
    for (const RoleKind role : draft.roles) {
        for (const auto& issue : checkEligibility(role, birth, context.referenceDate)) {
            (issue.code == "eligibility.too_young" ? result.errors : result.warnings).push_back({"roles", issue});
        }
    }
    return result;
}

} // namespace relawas::core

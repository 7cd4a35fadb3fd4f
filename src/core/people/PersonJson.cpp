#include "core/people/PersonJson.h"

namespace relawas::core {

namespace {
nlohmann::ordered_json optionalDate(const std::optional<Date>& date)
{
    return date ? nlohmann::ordered_json(formatIsoDate(*date)) : nlohmann::ordered_json(nullptr);
}
} // namespace

nlohmann::ordered_json personToJson(const Person& p)
{
    nlohmann::ordered_json groups = nlohmann::ordered_json::array();
    for (const TargetGroup group : p.targetGroups) {
        groups.push_back(std::string(targetGroupId(group)));
    }
    return {
        {"uuid", p.meta.uuid},
        {"revision", p.meta.revision},
        {"nik", p.nik.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(p.nik)},
        {"full_name", p.fullName},
        {"gender",
         p.gender ? nlohmann::ordered_json(std::string(genderId(*p.gender))) : nlohmann::ordered_json(nullptr)},
        {"birth_date", optionalDate(p.birthDate)},
        {"birth_place", p.birthPlace},
        {"village_code", p.villageCode},
        {"dusun", p.dusun},
        {"rt", p.rt},
        {"rw", p.rw},
        {"phone", p.phone},
        {"email", p.email},
        {"occupation", p.occupation},
        {"education", p.education},
        {"has_disability", p.hasDisability},
        {"disability_kind", p.disabilityKind},
        {"target_groups", groups},
        {"organisation", p.organisation},
        {"no_party_declared_on", optionalDate(p.noPartyDeclarationDate)},
        {"consent_on", optionalDate(p.consentDate)},
        {"notes", p.notes},
    };
}

nlohmann::ordered_json roleToJson(const PersonRole& role)
{
    const auto date = [](const std::optional<Date>& d) {
        return d ? nlohmann::ordered_json(formatIsoDate(*d)) : nlohmann::ordered_json(nullptr);
    };
    return {{"uuid", role.meta.uuid},         {"revision", role.meta.revision}, {"person_uuid", role.personUuid},
            {"role", roleKindId(role.kind)},  {"scope_code", role.scopeCode},   {"start_date", date(role.startDate)},
            {"end_date", date(role.endDate)}, {"end_reason", role.endReason}};
}

} // namespace relawas::core

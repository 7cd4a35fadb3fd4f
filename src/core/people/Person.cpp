#include "core/people/Person.h"

namespace relawas::core {

namespace {
template<typename Enum, std::size_t N>
std::optional<Enum> fromId(std::string_view id, const Enum (&all)[N], std::string_view (*toId)(Enum))
{
    for (const Enum value : all) {
        if (toId(value) == id) {
            return value;
        }
    }
    return std::nullopt;
}
} // namespace

std::string_view genderId(Gender gender)
{
    return gender == Gender::Male ? "L" : "P";
}

std::optional<Gender> genderFromId(std::string_view id)
{
    if (id == "L") {
        return Gender::Male;
    }
    if (id == "P") {
        return Gender::Female;
    }
    return std::nullopt;
}

std::string_view roleKindId(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Relawan:
        return "relawan";
    case RoleKind::KoordinatorKampung:
        return "koordinator-kampung";
    case RoleKind::Pkd:
        return "pkd";
    case RoleKind::Ptps:
        return "ptps";
    case RoleKind::AnggotaPanwascam:
        return "anggota-panwascam";
    case RoleKind::StafSekretariat:
        return "staf-sekretariat";
    case RoleKind::Narasumber:
        return "narasumber";
    case RoleKind::Pelatih:
        return "pelatih";
    }
    return "relawan";
}

std::optional<RoleKind> roleKindFromId(std::string_view id)
{
    return fromId(id, kAllRoleKinds, roleKindId);
}

std::string_view targetGroupId(TargetGroup group)
{
    switch (group) {
    case TargetGroup::PemilihPemula:
        return "pemilih-pemula";
    case TargetGroup::Perempuan:
        return "perempuan";
    case TargetGroup::Disabilitas:
        return "disabilitas";
    case TargetGroup::Lansia:
        return "lansia";
    case TargetGroup::TokohAgama:
        return "tokoh-agama";
    case TargetGroup::TokohAdat:
        return "tokoh-adat";
    case TargetGroup::Pemuda:
        return "pemuda";
    case TargetGroup::MahasiswaPelajar:
        return "mahasiswa-pelajar";
    case TargetGroup::Ormas:
        return "ormas";
    }
    return "pemuda";
}

std::optional<TargetGroup> targetGroupFromId(std::string_view id)
{
    return fromId(id, kAllTargetGroups, targetGroupId);
}

} // namespace relawas::core

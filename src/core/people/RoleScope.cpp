#include "core/people/RoleScope.h"

namespace relawas::core {

ScopeLevel scopeLevelOf(RoleKind kind)
{
    switch (kind) {
    case RoleKind::AnggotaPanwascam:
    case RoleKind::StafSekretariat:
        return ScopeLevel::Kecamatan;
    case RoleKind::Narasumber:
    case RoleKind::Pelatih:
        return ScopeLevel::Kabupaten;
    case RoleKind::Relawan:
    case RoleKind::KoordinatorKampung:
    case RoleKind::Pkd:
    case RoleKind::Ptps:
        break;
    }
    return ScopeLevel::Village;
}

std::string defaultScopeOf(RoleKind kind, const std::string& villageCode, const std::string& kabupatenCode)
{
    switch (scopeLevelOf(kind)) {
    case ScopeLevel::Village:
        return villageCode;
    case ScopeLevel::Kecamatan:
        // PP.KK.CC.NNNN: the kecamatan is the code up to its last dot.
        return villageCode.empty() ? std::string() : villageCode.substr(0, villageCode.rfind('.'));
    case ScopeLevel::Kabupaten:
        break;
    }
    return kabupatenCode;
}

} // namespace relawas::core

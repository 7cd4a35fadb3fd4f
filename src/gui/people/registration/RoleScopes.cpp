#include "people/registration/RoleScopes.h"

#include "core/people/RoleScope.h"
#include "core/regions/RegionRepository.h"

#include <map>

namespace relawas::gui {

std::vector<RoleScopes::Choice> RoleScopes::choicesFor(core::Database& db, core::RoleKind kind,
                                                       const std::string& kabupatenCode)
{
    const core::RegionRepository regions(db);
    const auto text = [](const std::string& value) { return QString::fromStdString(value); };
    std::vector<Choice> choices;
    std::map<std::string, std::string> kecamatanNames;
    regions.forEach({kabupatenCode, core::RegionLevel::Kecamatan, false},
                    [&kecamatanNames](const core::Region& k) { kecamatanNames.emplace(k.code, k.name); });
    const core::ScopeLevel level = core::scopeLevelOf(kind);
    if (level == core::ScopeLevel::Village) {
        regions.forEach({kabupatenCode, std::nullopt, false}, [&](const core::Region& village) {
            if (core::isVillageLevel(village.level)) {
                choices.push_back(
                    {tr("%1 — %2 (%3)")
                         .arg(text(village.name), text(kecamatanNames[village.parentCode]), text(village.code)),
                     text(village.code)});
            }
        });
        return choices;
    }
    if (level == core::ScopeLevel::Kabupaten) {
        if (const auto kabupaten = regions.find(kabupatenCode)) {
            choices.push_back({tr("%1 (%2)").arg(text(kabupaten->name), text(kabupaten->code)), text(kabupaten->code)});
        }
    }
    for (const auto& [code, kecamatanName] : kecamatanNames) {
        choices.push_back({tr("%1 (%2)").arg(text(kecamatanName), text(code)), text(code)});
    }
    return choices;
}

QString RoleScopes::name(core::Database& db, const std::string& code)
{
    const QString codeText = QString::fromStdString(code);
    if (const auto region = core::RegionRepository(db).find(code)) {
        return tr("%1 (%2)").arg(QString::fromStdString(region->name), codeText);
    }
    return codeText;
}

} // namespace relawas::gui

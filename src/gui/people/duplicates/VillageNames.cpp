#include "people/duplicates/VillageNames.h"

#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"

#include <spdlog/spdlog.h>

namespace relawas::gui {

VillageNames::VillageNames(core::Database& db)
    : m_db(db)
{}

QString VillageNames::name(const std::string& code) const
{
    if (code.empty()) {
        return {};
    }
    if (const auto known = m_names.find(code); known != m_names.end()) {
        return known->second;
    }
    QString text = QString::fromStdString(code);
    try {
        const core::RegionRepository regions(m_db);
        if (const auto village = regions.find(code)) {
            const auto kecamatan = regions.find(village->parentCode);
            text = kecamatan ? tr("%1 (%2)").arg(QString::fromStdString(village->name),
                                                 QString::fromStdString(kecamatan->name))
                             : QString::fromStdString(village->name);
        }
    } catch (const core::Error& e) {
        spdlog::error("reading the name of village {} failed: {}", code, e.what());
    }
    return m_names.emplace(code, text).first->second;
}

} // namespace relawas::gui

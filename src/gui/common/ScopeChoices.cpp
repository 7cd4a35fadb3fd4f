#include "common/ScopeChoices.h"

#include "core/regions/RegionRepository.h"

#include <QComboBox>

namespace relawas::gui {

void ScopeChoices::fill(QComboBox* combo, core::Database& db, const QString& kabupatenCode)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    const core::RegionRepository regions(db);
    const std::string kabupaten = kabupatenCode.toStdString();
    if (regions.find(kabupaten)) {
        combo->addItem(name(db, kabupatenCode), kabupatenCode);
    }
    for (const core::Region& kecamatan : regions.children(kabupaten)) {
        const QString code = QString::fromStdString(kecamatan.code);
        combo->addItem(tr("%1 (%2)").arg(QString::fromStdString(kecamatan.name), code), code);
    }
}

void ScopeChoices::choose(QComboBox* combo, core::Database& db, const QString& code)
{
    int found = combo->findData(code);
    if (found < 0) {
        combo->addItem(name(db, code), code);
        found = combo->count() - 1;
    }
    combo->setCurrentIndex(found);
}

QString ScopeChoices::name(core::Database& db, const QString& code)
{
    if (code.isEmpty()) {
        return tr("not given");
    }
    if (const auto region = core::RegionRepository(db).find(code.toStdString())) {
        return tr("%1 (%2)").arg(QString::fromStdString(region->name), code);
    }
    return code;
}

} // namespace relawas::gui

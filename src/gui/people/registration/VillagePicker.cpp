#include "people/registration/VillagePicker.h"

#include "core/regions/RegionRepository.h"

#include <map>

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>

namespace relawas::gui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

VillagePicker::VillagePicker(core::Database& db, QLineEdit* edit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_edit(edit)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_edit->setCompleter(m_completer);
    connect(m_edit, &QLineEdit::textChanged, this, &VillagePicker::resolve);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &VillagePicker::resolve);
}

void VillagePicker::setScope(const QString& code)
{
    m_model->clear();
    const core::RegionRepository regions(m_db);
    std::map<std::string, std::string> kecamatanNames;
    regions.forEach({code.toStdString(), core::RegionLevel::Kecamatan, false},
                    [&kecamatanNames](const core::Region& k) { kecamatanNames.emplace(k.code, k.name); });
    if (const auto self = regions.find(code.toStdString()); self && self->level == core::RegionLevel::Kecamatan) {
        kecamatanNames.emplace(self->code, self->name);
    }
    regions.forEach({code.toStdString(), std::nullopt, false}, [&](const core::Region& village) {
        if (!core::isVillageLevel(village.level)) {
            return;
        }
        auto* item = new QStandardItem(tr("%1 — %2 (%3)")
                                           .arg(QString::fromStdString(village.name),
                                                QString::fromStdString(kecamatanNames[village.parentCode]),
                                                QString::fromStdString(village.code)));
        item->setData(QString::fromStdString(village.code), kCodeRole);
        m_model->appendRow(item);
    });
    resolve(m_edit->text());
}

void VillagePicker::setVillageCode(const QString& code)
{
    const auto found = m_model->match(m_model->index(0, 0), kCodeRole, code, 1, Qt::MatchExactly);
    m_edit->setText(found.isEmpty() ? QString() : found.front().data().toString());
}

void VillagePicker::resolve(const QString& text)
{
    QString code;
    const QString wanted = text.trimmed();
    if (!wanted.isEmpty()) {
        // The full entry ("Durian — Sei Balai (12.19.07.2004)"), a code, or a name only one village has.
        int matches = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            const QString entry = index.data().toString();
            const QString entryCode = index.data(kCodeRole).toString();
            if (entry.compare(wanted, Qt::CaseInsensitive) == 0 || entryCode == wanted) {
                code = entryCode;
                matches = 1;
                break;
            }
            if (entry.section(QStringLiteral(" — "), 0, 0).compare(wanted, Qt::CaseInsensitive) == 0) {
                code = entryCode;
                ++matches;
            }
        }
        if (matches != 1) {
            code.clear();
        }
    }
    if (code != m_code) {
        m_code = code;
        emit villageChanged(m_code);
    }
}

} // namespace relawas::gui

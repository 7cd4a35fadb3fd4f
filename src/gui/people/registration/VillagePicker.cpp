#include "people/registration/VillagePicker.h"

#include "core/regions/RegionRepository.h"

#include <map>

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>

namespace relawas::gui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
constexpr int kKecamatanRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3;
constexpr int kRankRole = Qt::UserRole + 4; // "<preference><name>", the order the completer lists
} // namespace

VillagePicker::VillagePicker(core::Database& db, QLineEdit* edit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_edit(edit)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_model->setSortRole(kRankRole);
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
        const QString name = QString::fromStdString(village.name);
        auto* item = new QStandardItem(tr("%1 — %2 (%3)")
                                           .arg(name, QString::fromStdString(kecamatanNames[village.parentCode]),
                                                QString::fromStdString(village.code)));
        item->setData(QString::fromStdString(village.code), kCodeRole);
        item->setData(QString::fromStdString(village.parentCode), kKecamatanRole);
        item->setData(name, kNameRole);
        m_model->appendRow(item);
    });
    rank();
    fitPopupWidth();
    resolve(m_edit->text());
}

void VillagePicker::setPreferredKecamatan(const QStringList& codes)
{
    QStringList wanted;
    for (const QString& code : codes) {
        if (!code.isEmpty() && !wanted.contains(code)) {
            wanted << code;
        }
    }
    if (wanted == m_preferred) {
        return;
    }
    m_preferred = wanted;
    rank();
}

void VillagePicker::rank()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* item = m_model->item(row);
        const qsizetype preference = m_preferred.indexOf(item->data(kKecamatanRole).toString());
        const QChar group = preference < 0 ? QLatin1Char('z') : QChar(u'a' + char16_t(preference));
        item->setData(QString(group) + item->data(kNameRole).toString().toCaseFolded() +
                          item->data(kCodeRole).toString(),
                      kRankRole);
    }
    m_model->sort(0);
}

// The popup shows each entry whole: the name, the kecamatan and the code, which is what tells two villages apart.
void VillagePicker::fitPopupWidth()
{
    QAbstractItemView* popup = m_completer->popup();
    const QFontMetrics metrics(popup->font());
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        widest = std::max(widest, metrics.horizontalAdvance(m_model->item(row)->text()));
    }
    const int chrome = popup->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4 * metrics.averageCharWidth();
    popup->setMinimumWidth(widest + chrome);
}

QStringList VillagePicker::entries() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        result << m_model->item(row)->text();
    }
    return result;
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
        // The full entry ("Durian — Sei Balai (12.19.07.2004)"), a code, or a name only one village has. A name two
        // villages share stays unchosen even when one is preferred: the clerk picks the entry, seeing its kecamatan.
        int matches = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QStandardItem* item = m_model->item(row);
            const QString entryCode = item->data(kCodeRole).toString();
            if (item->text().compare(wanted, Qt::CaseInsensitive) == 0 || entryCode == wanted) {
                code = entryCode;
                matches = 1;
                break;
            }
            if (item->data(kNameRole).toString().compare(wanted, Qt::CaseInsensitive) == 0) {
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

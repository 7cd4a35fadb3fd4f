#include "firstrun/FirstRunDialog.h"

#include "core/regions/RegionRepository.h"
#include "ui_FirstRunDialog.h"

#include <map>

#include <QKeyEvent>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace relawas::gui {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

FirstRunDialog::FirstRunDialog(core::Database& db, const QString& preselected, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->sampleDataCheckBox->setText(
        tr("Try it with sample data: %1 synthetic people in the chosen regency").arg(kSamplePeople));
    m_ui->sampleDataCheckBox->setVisible(false);
    fill(db);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(Qt::ToolTipRole); // name, province and code
    m_ui->kabupatenListView->setModel(m_filter);
    m_ui->searchLineEdit->installEventFilter(this);

    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, this, &FirstRunDialog::onSearchChanged);
    connect(m_ui->kabupatenListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FirstRunDialog::updateState);
    connect(m_ui->kabupatenListView, &QListView::doubleClicked, this, &QDialog::accept);

    const auto found = m_model->match(m_model->index(0, 0), kCodeRole,
                                      preselected.isEmpty() ? QString::fromLatin1(kDefaultKabupaten) : preselected, 1,
                                      Qt::MatchExactly);
    if (!found.isEmpty()) {
        const QModelIndex index = m_filter->mapFromSource(found.front());
        m_ui->kabupatenListView->setCurrentIndex(index);
        m_ui->kabupatenListView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_ui->searchLineEdit->setFocus();
    updateState();
}

FirstRunDialog::~FirstRunDialog() = default;

void FirstRunDialog::fill(core::Database& db)
{
    const core::RegionRepository regions(db);
    std::map<std::string, std::string> provinces;
    regions.forEach({{}, core::RegionLevel::Provinsi, false},
                    [&provinces](const core::Region& p) { provinces.emplace(p.code, p.name); });
    for (const auto& region : regions.kabupatenKota()) {
        const QString name = QString::fromStdString(region.name);
        const QString province = QString::fromStdString(provinces[region.parentCode]);
        const QString code = QString::fromStdString(region.code);
        auto* item = new QStandardItem(tr("%1 — %2 (%3)").arg(name, province, code));
        item->setData(code, kCodeRole);
        item->setData(name + QLatin1Char(' ') + province + QLatin1Char(' ') + code, Qt::ToolTipRole);
        m_model->appendRow(item);
    }
}

void FirstRunDialog::offerSampleData(bool offer)
{
    m_ui->sampleDataCheckBox->setVisible(offer);
}

bool FirstRunDialog::wantsSampleData() const
{
    return m_ui->sampleDataCheckBox->isVisible() && m_ui->sampleDataCheckBox->isChecked();
}

QString FirstRunDialog::selectedCode() const
{
    return m_ui->kabupatenListView->currentIndex().data(kCodeRole).toString();
}

int FirstRunDialog::visibleCount() const
{
    return m_filter->rowCount();
}

void FirstRunDialog::onSearchChanged(const QString& text)
{
    m_filter->setFilterFixedString(text.trimmed());
    if (!m_ui->kabupatenListView->currentIndex().isValid() && m_filter->rowCount() > 0) {
        m_ui->kabupatenListView->setCurrentIndex(m_filter->index(0, 0));
    }
    updateState();
}

void FirstRunDialog::updateState()
{
    const QModelIndex current = m_ui->kabupatenListView->currentIndex();
    if (current.isValid()) {
        m_ui->kabupatenListView->scrollTo(current);
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(current.isValid());
    m_ui->countLabel->setText(
        tr("%1 of %2 regencies and cities shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

bool FirstRunDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_ui->kabupatenListView, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relawas::gui

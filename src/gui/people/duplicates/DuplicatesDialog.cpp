#include "people/duplicates/DuplicatesDialog.h"

#include "common/BackgroundTask.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "people/duplicates/DuplicatePairModel.h"
#include "people/duplicates/MergeDialog.h"
#include "ui_DuplicatesDialog.h"

#include <algorithm>

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace relawas::gui {

DuplicatesDialog::DuplicatesDialog(Session& session, const QString& scopeCode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DuplicatesDialog>())
    , m_session(session)
    , m_scope(scopeCode)
    , m_model(new DuplicatePairModel(session.database.path(), this))
    , m_thresholdTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->thresholdSpinBox->setValue(kDefaultThreshold);
    m_ui->pairsTableView->setModel(m_model);
    sizeColumns();

    m_scopeName = tr("all regions");
    try {
        if (const auto region = core::RegionRepository(session.database).find(scopeCode.toStdString())) {
            m_scopeName = QString::fromStdString(region->name);
        }
    } catch (const core::Error& e) {
        spdlog::error("reading the name of region {} failed: {}", scopeCode.toStdString(), e.what());
        m_scopeName = scopeCode;
    }
    setWindowTitle(tr("Probable duplicates — %1").arg(m_scopeName));

    m_thresholdTimer->setSingleShot(true);
    m_thresholdTimer->setInterval(kThresholdDelayMs);
    connect(m_ui->thresholdSpinBox, &QSpinBox::valueChanged, m_thresholdTimer, qOverload<>(&QTimer::start));
    connect(m_thresholdTimer, &QTimer::timeout, this, &DuplicatesDialog::reload);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, this, &DuplicatesDialog::reload);
    connect(m_ui->pairsTableView, &QAbstractItemView::activated, this, &DuplicatesDialog::openCurrentPair);
    m_ui->pairsTableView->installEventFilter(this);
    connect(m_ui->mergePushButton, &QPushButton::clicked, this, &DuplicatesDialog::openCurrentPair);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);

    showState(State::Loading);
    // Once the dialog shows, so that the progress of a long first search has a window to sit on.
    QTimer::singleShot(0, this, &DuplicatesDialog::reload);
}

DuplicatesDialog::~DuplicatesDialog() = default;

// Enter on a pair opens its merge form, and goes no further: a view passes Enter on to the dialog, which would press
// the default button of whatever dialog it finds among its children, the merge form's "Merge" included.
bool DuplicatesDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->pairsTableView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrentPair();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// Widths from the text a column usually holds and one fixed row height: the view never reads every page to measure.
void DuplicatesDialog::sizeColumns()
{
    QHeaderView* header = m_ui->pairsTableView->horizontalHeader();
    header->setSectionsMovable(false);
    const QFontMetrics metrics = m_ui->pairsTableView->fontMetrics();
    const int padding = Theme::spacing(metrics, 1.6);
    const auto width = [&metrics, padding](const QString& sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    const std::pair<DuplicatePairModel::Column, QString> samples[] = {
        {DuplicatePairModel::ScoreColumn, QStringLiteral("100")},
        {DuplicatePairModel::NameAColumn, QStringLiteral("Muhammad Rizky Siregar")},
        {DuplicatePairModel::NameBColumn, QStringLiteral("Muhammad Rizky Siregar")},
        {DuplicatePairModel::BirthDateColumn, QStringLiteral("28/12/2000")},
        {DuplicatePairModel::VillageColumn, QStringLiteral("Tanah Itam Ulu (Lima Puluh)")},
        {DuplicatePairModel::NikAColumn, QStringLiteral("••••••••••••0001")},
        {DuplicatePairModel::NikBColumn, QStringLiteral("••••••••••••0001")},
    };
    for (const auto& [column, sample] : samples) {
        // The header's own measure of its title, in the style's face and padding: a title is never cut.
        header->resizeSection(column, std::max(width(sample), header->sectionSizeHint(column)));
    }
    // The reasons take what is left, whole in their tooltip when even that is too little.
    header->setStretchLastSection(true);
    QHeaderView* rows = m_ui->pairsTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(Theme::rowHeight(metrics));
}

void DuplicatesDialog::reload()
{
    m_thresholdTimer->stop();
    if (m_loading) {
        return;
    }
    if (const QModelIndex current = m_ui->pairsTableView->currentIndex(); current.isValid()) {
        m_rowToRestore = current.row();
    }
    m_loading = true;
    m_model->setQuery(m_scope, m_ui->thresholdSpinBox->value());
    showState(State::Loading);
    qint64 count = 0;
    const auto outcome =
        BackgroundTask::run(tr("Probable duplicates"), tr("Looking for probable duplicates…"), this,
                            [&](const core::Progress& progress) { count = m_model->computePairs(progress); });
    m_loading = false;
    if (!outcome.failure.isEmpty()) {
        QMessageBox::warning(this, tr("Probable duplicates"), outcome.failure);
    }
    if (!outcome.done) {
        showState(outcome.cancelled ? State::Cancelled : State::Failed);
        return;
    }
    m_model->setPairCount(count);
    showState(State::Shown);
}

void DuplicatesDialog::showState(State state)
{
    const int pairs = m_model->rowCount();
    const bool listed = state == State::Shown && pairs > 0;
    m_ui->listStackedWidget->setCurrentWidget(listed ? m_ui->pairsPage : m_ui->emptyPage);
    m_ui->mergePushButton->setEnabled(listed);
    m_ui->summaryLabel->setText(state == State::Shown ? tr("%Ln pair(s) to review", nullptr, pairs) : QString());
    switch (state) {
    case State::Loading:
        m_ui->emptyLabel->setText(tr("Looking for probable duplicates…"));
        break;
    case State::Shown:
        m_ui->emptyLabel->setText(
            tr("No probable duplicates in %1 at a score of %2 or more.").arg(m_scopeName).arg(m_model->threshold()));
        break;
    case State::Cancelled:
        m_ui->emptyLabel->setText(tr("The search was cancelled. Press Refresh to search again."));
        break;
    case State::Failed:
        m_ui->emptyLabel->setText(tr("The search failed. Press Refresh to try again."));
        break;
    }
    if (listed) {
        const int row = std::clamp(m_rowToRestore, 0, pairs - 1);
        m_ui->pairsTableView->setCurrentIndex(m_model->index(row, DuplicatePairModel::NameAColumn));
        m_ui->pairsTableView->setFocus();
    }
}

void DuplicatesDialog::openCurrentPair()
{
    const QModelIndex current = m_ui->pairsTableView->currentIndex();
    if (m_loading || !current.isValid()) {
        return;
    }
    m_rowToRestore = current.row();
    auto* dialog = new MergeDialog(m_session, current.data(DuplicatePairModel::UuidARole).toString(),
                                   current.data(DuplicatePairModel::UuidBRole).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isLoaded()) {
        delete dialog;
        QMessageBox::information(this, tr("Probable duplicates"),
                                 tr("One of the two records no longer exists: it was removed or merged meanwhile. "
                                    "The list is read again."));
        reload();
        return;
    }
    connect(dialog, &MergeDialog::merged, this, [this] {
        listOutdated();
        emit peopleMerged();
    });
    connect(dialog, &MergeDialog::recordsGone, this, &DuplicatesDialog::listOutdated);
    dialog->open();
}

// The pairs read so far no longer hold: empty the list now (the view must not read a page of the changed database
// on this thread) and work it out again once the merge form has closed.
void DuplicatesDialog::listOutdated()
{
    m_model->setQuery(m_scope, m_ui->thresholdSpinBox->value());
    showState(State::Loading);
    QTimer::singleShot(0, this, &DuplicatesDialog::reload);
}

} // namespace relawas::gui

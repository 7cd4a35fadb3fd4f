#include "wilayah/WilayahScreen.h"

#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "ui_WilayahScreen.h"
#include "wilayah/KampungDetailPanel.h"
#include "wilayah/RegionTreeModel.h"
#include "wilayah/VillageReviewDialog.h"
#include "wilayah/VillageRosterPrint.h"

#include <QAction>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>

namespace relawas::gui {

WilayahScreen::WilayahScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WilayahScreen>())
    , m_session(session)
    , m_undoStack(new QUndoStack(this))
    , m_model(new RegionTreeModel(session.database, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->filterLineEdit); // the screen is entered at its search
    m_ui->screenLayout->setContentsMargins(ScreenHeader::screenMargins(this));
    m_ui->screenLayout->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    m_ui->screenLayout->insertWidget(
        0, new ScreenHeader(tr("Regions & Kampung"),
                            tr("The districts and villages of the scope, and where Kampung Pengawasan "
                               "Partisipatif stands in each."),
                            this));
    m_ui->filterLineEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = m_undoStack->createRedoAction(this);
    // Both Ctrl+Shift+Z and Ctrl+Y redo, whatever the platform's own binding is.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence& extra :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(extra)) {
            redoKeys.append(extra);
        }
    }
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setIcon(Icons::icon(QStringLiteral("arrow-back-up")));
    m_redoAction->setIcon(Icons::icon(QStringLiteral("arrow-forward-up")));
    addAction(m_undoAction);
    addAction(m_redoAction);

    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setAutoAcceptChildRows(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_ui->regionTreeView->setModel(m_filter);
    // Names first: they must never be cut, as two villages of one kabupaten can share all but a last word.
    QHeaderView* header = m_ui->regionTreeView->header();
    for (const int column : {RegionTreeModel::NameColumn, RegionTreeModel::CodeColumn, RegionTreeModel::LevelColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setStretchLastSection(true);

    m_detail = new KampungDetailPanel(session.database, session.actor, m_undoStack, m_ui->detailContainer);
    m_ui->detailLayout->addWidget(m_detail);
    // From a village to its people: the roster opens filtered to it.
    m_peopleButton = new QPushButton(tr("Show the &people of this village"), m_ui->detailContainer);
    m_peopleButton->setObjectName(QStringLiteral("peoplePushButton"));
    m_peopleButton->setAutoDefault(false);
    m_peopleButton->setIcon(Icons::icon(QStringLiteral("users")));
    m_peopleButton->setVisible(false);
    m_ui->detailLayout->addWidget(m_peopleButton, 0, Qt::AlignLeft);
    // A village reviewed on one page and its Daftar Relawan Desa printed; for a kecamatan, every village's at once.
    m_reviewButton = new QPushButton(m_ui->detailContainer);
    m_reviewButton->setObjectName(QStringLiteral("reviewPushButton"));
    m_reviewButton->setAutoDefault(false);
    m_reviewButton->setIcon(Icons::icon(QStringLiteral("printer")));
    m_reviewButton->setVisible(false);
    m_ui->detailLayout->addWidget(m_reviewButton, 0, Qt::AlignLeft);
    m_ui->detailScrollArea->setMinimumWidth(m_detail->sizeHint().width() + 24);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({600, 400});

    connect(m_ui->filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty()) {
            m_ui->regionTreeView->expandAll();
        }
        updateSummary();
    });
    // Enter in the filter box moves to the first match, so a clerk can find a village without the mouse.
    connect(m_ui->filterLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_ui->regionTreeView->setFocus();
        if (!m_ui->regionTreeView->currentIndex().isValid() && m_filter->rowCount() > 0) {
            m_ui->regionTreeView->setCurrentIndex(m_filter->index(0, 0));
        }
    });
    connect(m_ui->regionTreeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_detail, &KampungDetailPanel::programmeChanged, this, &WilayahScreen::onProgrammeChanged);
    connect(m_peopleButton, &QPushButton::clicked, this,
            [this] { emit peopleOfVillageRequested(m_detail->regionCode()); });
    connect(m_reviewButton, &QPushButton::clicked, this, &WilayahScreen::reviewCurrent);

    setScope(session.kabupatenCode);
}

WilayahScreen::~WilayahScreen()
{
    // Save what is still being typed, then stop listening: the panel outlives this object's members.
    m_detail->commitPendingEdits();
    m_detail->disconnect(this);
}

void WilayahScreen::setScope(const QString& code)
{
    m_detail->commitPendingEdits();
    m_model->setScope(code);
    if (m_model->rowCount() == 1) {
        m_ui->regionTreeView->expandAll();
    } else {
        m_ui->regionTreeView->collapseAll();
    }
    m_detail->showRegion({});
    m_peopleButton->setVisible(false);
    m_reviewButton->setVisible(false);
    updateSummary();
}

bool WilayahScreen::selectRegion(const QString& code)
{
    const QModelIndex source = m_model->indexOfCode(code);
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid() && source.isValid()) {
        m_ui->filterLineEdit->clear(); // the filter hides it
        proxy = m_filter->mapFromSource(source);
    }
    if (!proxy.isValid()) {
        return false;
    }
    m_ui->regionTreeView->scrollTo(proxy);
    m_ui->regionTreeView->setCurrentIndex(proxy);
    return true;
}

void WilayahScreen::onCurrentChanged(const QModelIndex& current)
{
    const QString code = current.data(RegionTreeModel::CodeRole).toString();
    m_detail->showRegion(code);
    const bool village = current.data(RegionTreeModel::IsVillageRole).toBool();
    const bool kecamatan = code.count(QLatin1Char('.')) == 2;
    m_peopleButton->setVisible(village);
    m_reviewButton->setVisible(village || kecamatan);
    m_reviewButton->setText(village ? tr("&Review and print this village…")
                                    : tr("Print the volunteer rosters of every &village…"));
}

bool WilayahScreen::reviewCurrent()
{
    const QModelIndex current = m_ui->regionTreeView->currentIndex();
    const QString code = current.data(RegionTreeModel::CodeRole).toString();
    if (code.isEmpty()) {
        return false;
    }
    if (!current.data(RegionTreeModel::IsVillageRole).toBool()) {
        return previewVillageRosters(m_session, code,
                                     tr("Kecamatan %1").arg(current.siblingAtColumn(0).data().toString()), this);
    }
    try {
        auto* dialog = new VillageReviewDialog(m_session, code, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &VillageReviewDialog::peopleOfVillageRequested, this, &WilayahScreen::peopleOfVillageRequested);
        dialog->open();
        return true;
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Village review"), ErrorText::describe(e));
        return false;
    }
}

void WilayahScreen::onProgrammeChanged(const QString& villageCode)
{
    m_model->refreshVillage(villageCode);
    if (m_ui->regionTreeView->currentIndex().data(RegionTreeModel::CodeRole).toString() != villageCode) {
        selectRegion(villageCode);
    }
    updateSummary();
    emit programmeChanged();
}

void WilayahScreen::updateSummary()
{
    const QString all = tr("%1 districts, %2 villages").arg(m_model->rowCount()).arg(m_model->villageCount());
    if (m_ui->filterLineEdit->text().trimmed().isEmpty()) {
        m_ui->summaryLabel->setText(all);
        return;
    }
    int shown = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        shown += m_filter->rowCount(m_filter->index(row, 0));
    }
    m_ui->summaryLabel->setText(tr("%n village(s) match, of %1", nullptr, shown).arg(all));
}

} // namespace relawas::gui

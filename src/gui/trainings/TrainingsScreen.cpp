#include "trainings/TrainingsScreen.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "core/trainings/TrainingRepository.h"
#include "trainings/ColumnWidths.h"
#include "trainings/TrainingDetailPanel.h"
#include "trainings/TrainingDialog.h"
#include "trainings/TrainingListModel.h"
#include "trainings/TrainingPapers.h"
#include "ui_TrainingsScreen.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
// The list shows this many trainings before it scrolls; the rest of the height goes to the list of the one chosen.
constexpr int kTrainingRowsShown = 4;
} // namespace

TrainingsScreen::TrainingsScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrainingsScreen>())
    , m_session(session)
    , m_model(new TrainingListModel(session.database, this))
    , m_detail(new TrainingDetailPanel(session, nullptr))
    , m_emptyLabel(new QLabel)
    , m_papers(new TrainingPapers(session, this))
{
    m_ui->setupUi(this);
    buildHeaderAndActions();
    m_ui->detailLayout->addWidget(m_detail);

    QTableView* table = m_ui->trainingTableView;
    table->setModel(m_model);
    const int rowHeight = Theme::rowHeight(table->fontMetrics());
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(rowHeight);
    table->setMinimumHeight(rowHeight * 3);
    sizeColumns();
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    QPalette muted = m_emptyLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_emptyLabel->setPalette(muted);
    m_emptyLabel->hide();
    auto* overTable = new QVBoxLayout(table->viewport());
    overTable->addWidget(m_emptyLabel, 0, Qt::AlignCenter);

    // The list of trainings as high as a few rows and its header; the list of the training chosen below takes the rest.
    const int listHeight =
        table->horizontalHeader()->sizeHint().height() + rowHeight * kTrainingRowsShown + 2 * table->frameWidth();
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({listHeight, 4 * listHeight});
    setFocusProxy(table); // the screen is entered at its list

    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TrainingsScreen::onCurrentChanged);
    connect(table, &QAbstractItemView::activated, this, &TrainingsScreen::editTraining);
    connect(m_detail, &TrainingDetailPanel::invitationsChanged, this, [this] {
        reload(currentTrainingUuid());
        emit trainingsChanged();
    });
    connect(m_detail, &TrainingDetailPanel::statusMessage, this, &TrainingsScreen::statusMessage);

    setScope(session.kabupatenCode);
}

TrainingsScreen::~TrainingsScreen()
{
    m_detail->disconnect(this);
}

// The title and purpose at the top with the actions on trainings, creating one the primary; the actions on the list
// of the training chosen sit under that list.
void TrainingsScreen::buildHeaderAndActions()
{
    m_ui->screenLayout->setContentsMargins(ScreenHeader::screenMargins(this));
    m_ui->screenLayout->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    auto* header =
        new ScreenHeader(tr("Trainings"), tr("Events and trainings: who is invited, who came, day by day."), this);
    m_ui->headerLayout->insertWidget(0, header, 1);
    m_ui->headerLayout->setSpacing(Theme::spacing(fontMetrics()));

    Theme::setPrimary(m_ui->newPushButton);
    m_ui->newPushButton->setIcon(Icons::icon(QStringLiteral("calendar-plus"), Qt::white));
    m_ui->editPushButton->setIcon(Icons::icon(QStringLiteral("pencil")));
    m_ui->removePushButton->setIcon(Icons::icon(QStringLiteral("trash")));
    m_ui->deskPushButton->setIcon(Icons::icon(QStringLiteral("clipboard-check")));
    connect(m_ui->newPushButton, &QPushButton::clicked, this, &TrainingsScreen::newTraining);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &TrainingsScreen::editTraining);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &TrainingsScreen::removeTraining);
    connect(m_ui->deskPushButton, &QPushButton::clicked, this, &TrainingsScreen::openDesk);

    const auto shortcut = [this](const QKeySequence& keys, QWidget* on, Qt::ShortcutContext context, auto slot) {
        auto* action = new QAction(on);
        action->setShortcut(keys);
        action->setShortcutContext(context);
        connect(action, &QAction::triggered, this, slot);
        on->addAction(action);
    };
    shortcut(QKeySequence::New, this, Qt::WidgetWithChildrenShortcut, &TrainingsScreen::newTraining);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this, Qt::WidgetWithChildrenShortcut, &TrainingsScreen::openDesk);
    // Delete removes a training only from the list of trainings; in the list of people it cancels an invitation.
    shortcut(QKeySequence::Delete, m_ui->trainingTableView, Qt::WidgetShortcut, &TrainingsScreen::removeTraining);
    buildPaperActions();
}

void TrainingsScreen::sizeColumns()
{
    gui::sizeColumns(m_ui->trainingTableView,
                     {{TrainingListModel::KindColumn, DomainText::trainingKind(core::TrainingKind::ForumWarga)},
                      {TrainingListModel::DatesColumn, QStringLiteral("30 September – 1 Oktober 2024")},
                      {TrainingListModel::VenueColumn, QStringLiteral("Singapore City Hotel, Jln Lintas")},
                      {TrainingListModel::InvitedColumn, QStringLiteral("000")},
                      {TrainingListModel::PresentColumn, QStringLiteral("000 · 000")},
                      {TrainingListModel::RateColumn, QStringLiteral("100%")}},
                     TrainingListModel::TitleColumn);
}

ParticipantModel* TrainingsScreen::participantModel() const
{
    return m_detail->model();
}

void TrainingsScreen::setScope(const QString& code)
{
    const QString keep = currentTrainingUuid();
    m_scope = code;
    m_detail->setScope(code);
    m_model->setScope(code);
    reload(keep);
}

void TrainingsScreen::refresh()
{
    reload(currentTrainingUuid());
}

// Reads the list again and chooses `keepUuid` when it is still in it, else the newest training.
void TrainingsScreen::reload(const QString& keepUuid)
{
    m_model->refresh();
    const int keep = m_model->rowOf(keepUuid);
    const int row = keep >= 0 ? keep : (m_model->rowCount() > 0 ? 0 : -1);
    if (row >= 0) {
        m_ui->trainingTableView->setCurrentIndex(m_model->index(row, TrainingListModel::TitleColumn)); // shows it
    } else {
        onCurrentChanged();
    }
    const bool empty = m_model->rowCount() == 0;
    m_emptyLabel->setVisible(empty);
    m_emptyLabel->setText(!m_model->failure().isEmpty()
                              ? m_model->failure()
                              : tr("No training or event in this scope yet.\nCreate one with New training (Ctrl+N)."));
}

bool TrainingsScreen::selectTraining(const QString& uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row < 0) {
        return false;
    }
    m_ui->trainingTableView->setCurrentIndex(m_model->index(row, TrainingListModel::TitleColumn));
    return true;
}

QString TrainingsScreen::currentTrainingUuid() const
{
    const QModelIndex current = m_ui->trainingTableView->currentIndex();
    return current.isValid() ? current.data(TrainingListModel::UuidRole).toString() : QString();
}

void TrainingsScreen::onCurrentChanged()
{
    const core::TrainingSummary* summary = m_model->summaryAt(m_ui->trainingTableView->currentIndex().row());
    m_detail->showTraining(summary ? std::optional(summary->training) : std::nullopt);
    updateActions();
}

void TrainingsScreen::updateActions()
{
    const bool chosen = m_ui->trainingTableView->currentIndex().isValid();
    for (QPushButton* button : {m_ui->editPushButton, m_ui->removePushButton, m_ui->deskPushButton}) {
        button->setEnabled(chosen);
    }
    for (QAction* action : m_trainingPaperActions) {
        action->setEnabled(chosen);
    }
    const core::Training* training = currentTraining();
    m_scoresButton->setEnabled(training && training->kind == core::TrainingKind::P2p);
}

void TrainingsScreen::newTraining()
{
    TrainingDialog dialog(m_session, m_scope, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved()) {
        return;
    }
    const QString uuid = QString::fromStdString(dialog.saved()->meta.uuid);
    reload(uuid);
    const QString title = QString::fromStdString(dialog.saved()->title);
    emit statusMessage(m_model->rowOf(uuid) >= 0
                           ? tr("%1 is created. Invite its participants next.").arg(title)
                           : tr("%1 is created for a region outside the scope shown.").arg(title));
    m_ui->trainingTableView->setFocus();
    emit trainingsChanged();
}

void TrainingsScreen::editTraining()
{
    const QString uuid = currentTrainingUuid();
    if (uuid.isEmpty()) {
        return;
    }
    // Read now, not from the list: the dialog saves against the revision stored this moment.
    std::optional<core::Training> stored;
    try {
        stored = core::TrainingRepository(m_session.database).find(uuid.toStdString());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Edit training"), ErrorText::message(e));
        return;
    }
    if (!stored) {
        reload({}); // removed elsewhere meanwhile
        return;
    }
    TrainingDialog dialog(m_session, *stored, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saved()) {
        emit statusMessage(tr("%1 is saved.").arg(QString::fromStdString(dialog.saved()->title)));
        emit trainingsChanged();
    }
    reload(uuid);
    m_ui->trainingTableView->setFocus();
}

void TrainingsScreen::removeTraining()
{
    const core::TrainingSummary* summary = m_model->summaryAt(m_ui->trainingTableView->currentIndex().row());
    if (!summary) {
        return;
    }
    // Copies: the question runs an event loop. The training after it is chosen next, or the one before at the end.
    const std::string uuid = summary->training.meta.uuid;
    const QString title = QString::fromStdString(summary->training.title);
    const int row = m_ui->trainingTableView->currentIndex().row();
    const core::TrainingSummary* neighbour = m_model->summaryAt(row + 1 < m_model->rowCount() ? row + 1 : row - 1);
    const QString next = neighbour ? QString::fromStdString(neighbour->training.meta.uuid) : QString();
    const auto answer = QMessageBox::question(
        this, tr("Remove training"),
        tr("Remove %1 (%2)?\n\nIts list of %Ln person(s) and its attendance are removed with it. Use this for a "
           "training entered by mistake; the audit log keeps the record.",
           nullptr, summary->expected)
            .arg(title, formatDateRange(summary->training.startDate, summary->training.endDate)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        core::TrainingService(m_session.database, m_session.actor).remove(uuid);
    } catch (const core::Error& e) {
        spdlog::warn("removing training {} failed: {}", uuid, e.what());
        QMessageBox::warning(this, tr("Remove training"),
                             tr("%1 was not removed: %2").arg(title, ErrorText::message(e)));
        return;
    }
    spdlog::info("training {} removed by {}", uuid, m_session.actor);
    reload(next);
    emit statusMessage(tr("%1 is removed.").arg(title));
    emit trainingsChanged();
}

void TrainingsScreen::openDesk()
{
    const QString uuid = currentTrainingUuid();
    if (!uuid.isEmpty()) {
        emit openDeskRequested(uuid);
    }
}

} // namespace relawas::gui

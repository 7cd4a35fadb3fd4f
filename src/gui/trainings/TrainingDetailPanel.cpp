#include "trainings/TrainingDetailPanel.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScopeChoices.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "core/trainings/CardCode.h"
#include "trainings/AddParticipantDialog.h"
#include "trainings/ColumnWidths.h"
#include "trainings/InvitationDialog.h"
#include "trainings/InviteDialog.h"
#include "trainings/ParticipantModel.h"
#include "ui_TrainingDetailPanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace relawas::gui {

TrainingDetailPanel::TrainingDetailPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TrainingDetailPanel>())
    , m_session(session)
    , m_model(new ParticipantModel(session.database, this))
    , m_scope(session.kabupatenCode)
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setFont(Theme::scaledFont(font(), 1.2, true));
    QPalette muted = m_ui->factsLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_ui->factsLabel->setPalette(muted);
    m_ui->participantCountsLabel->setPalette(muted);
    QPalette success = m_ui->messageLabel->palette();
    success.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::Success));
    m_ui->messageLabel->setPalette(success);
    m_ui->panelLayout->setSpacing(Theme::spacing(fontMetrics()));
    m_ui->filterLayout->setSpacing(Theme::spacing(fontMetrics()));
    m_ui->filterLayout->insertSpacing(2, Theme::spacing(fontMetrics(), 2)); // the counts apart from the filter

    m_ui->partComboBox->addItem(tr("Everyone on the list"));
    for (const auto part : core::kAllInvitationParts) {
        m_ui->partComboBox->addItem(DomainText::part(part), int(part));
    }
    m_ui->participantTableView->setModel(m_model);
    QHeaderView* rows = m_ui->participantTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(Theme::rowHeight(m_ui->participantTableView->fontMetrics()));
    buildActions();

    connect(m_ui->partComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant part = m_ui->partComboBox->currentData();
        const QString keep = currentPersonUuid();
        m_model->setPartFilter(part.isValid() ? std::optional(core::InvitationPart(part.toInt())) : std::nullopt);
        selectPerson(keep);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCounts();
        updateActions();
    });
    connect(m_ui->participantTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingDetailPanel::updateActions);
    showTraining(std::nullopt);
}

TrainingDetailPanel::~TrainingDetailPanel() = default;

void TrainingDetailPanel::buildActions()
{
    m_ui->invitePushButton->setIcon(Icons::icon(QStringLiteral("users-plus")));
    m_ui->addPersonPushButton->setIcon(Icons::icon(QStringLiteral("user-plus")));
    m_ui->changeStatusPushButton->setIcon(Icons::icon(QStringLiteral("user-check")));
    m_ui->cancelInvitationPushButton->setIcon(Icons::icon(QStringLiteral("user-x")));
    m_ui->issueCardsAction->setIcon(Icons::icon(QStringLiteral("id-badge-2")));
    m_ui->reissueCardAction->setIcon(Icons::icon(QStringLiteral("refresh")));
    auto* cards = new QMenu(m_ui->cardsToolButton);
    cards->setObjectName(QStringLiteral("cardsMenu"));
    cards->addAction(m_ui->issueCardsAction);
    cards->addAction(m_ui->reissueCardAction);
    m_ui->cardsToolButton->setMenu(cards);
    m_ui->cardsToolButton->setIcon(Icons::icon(QStringLiteral("id-badge-2")));
    m_ui->cardsToolButton->setProperty("textButton", true);
    m_ui->cardsToolButton->setFocusPolicy(Qt::StrongFocus);

    connect(m_ui->invitePushButton, &QPushButton::clicked, this, &TrainingDetailPanel::invite);
    connect(m_ui->addPersonPushButton, &QPushButton::clicked, this, &TrainingDetailPanel::addPerson);
    connect(m_ui->changeStatusPushButton, &QPushButton::clicked, this, &TrainingDetailPanel::changeStatus);
    connect(m_ui->cancelInvitationPushButton, &QPushButton::clicked, this, &TrainingDetailPanel::cancelInvitation);
    connect(m_ui->issueCardsAction, &QAction::triggered, this, &TrainingDetailPanel::issueMissingCards);
    connect(m_ui->reissueCardAction, &QAction::triggered, this, &TrainingDetailPanel::reissueCard);
    // Enter or a double click on a person changes their invitation; Delete, in the list only, cancels it.
    connect(m_ui->participantTableView, &QAbstractItemView::activated, this, &TrainingDetailPanel::changeStatus);
    auto* cancelAction = new QAction(m_ui->participantTableView);
    cancelAction->setShortcut(QKeySequence::Delete);
    cancelAction->setShortcutContext(Qt::WidgetShortcut);
    connect(cancelAction, &QAction::triggered, this, &TrainingDetailPanel::cancelInvitation);
    m_ui->participantTableView->addAction(cancelAction);
}

QTableView* TrainingDetailPanel::table() const
{
    return m_ui->participantTableView;
}

void TrainingDetailPanel::showTraining(const std::optional<core::Training>& training)
{
    const bool same = training && m_model->training() && m_model->training()->meta.uuid == training->meta.uuid;
    const QString keep = same ? currentPersonUuid() : QString();
    m_model->setTraining(training);
    sizeColumns();
    selectPerson(keep);
    if (!same) {
        m_ui->messageLabel->clear(); // what was done concerns the training shown before
    }
    describe();
    updateCounts();
    updateActions();
}

QString TrainingDetailPanel::currentPersonUuid() const
{
    const QModelIndex current = m_ui->participantTableView->currentIndex();
    return current.isValid() ? current.data(ParticipantModel::PersonUuidRole).toString() : QString();
}

bool TrainingDetailPanel::selectPerson(const QString& personUuid)
{
    const int row = personUuid.isEmpty() ? -1 : m_model->rowOfPerson(personUuid);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, ParticipantModel::NameColumn);
    m_ui->participantTableView->setCurrentIndex(index);
    m_ui->participantTableView->scrollTo(index);
    return true;
}

void TrainingDetailPanel::sizeColumns()
{
    if (!m_model->training()) {
        return;
    }
    std::vector<std::pair<int, QString>> samples{
        {ParticipantModel::NumberColumn, QStringLiteral("000")},
        {ParticipantModel::PartColumn, DomainText::part(core::InvitationPart::Narasumber)},
        {ParticipantModel::StatusColumn,
         DomainText::invitationStatus(core::InvitationStatus::Confirmed) + QStringLiteral("MMM")}, // and its icon
        {ParticipantModel::OriginColumn, QStringLiteral("Datuk Lima Puluh / Pangkalan Dodek")},
        {ParticipantModel::CardColumn, QStringLiteral("WWWW-WWWW")},
    };
    for (int day = 0; day < m_model->dayCount(); ++day) {
        samples.emplace_back(ParticipantModel::FirstDayColumn + day, QStringLiteral("00:00"));
    }
    gui::sizeColumns(m_ui->participantTableView, samples, ParticipantModel::NameColumn);
}

void TrainingDetailPanel::describe()
{
    const auto& training = m_model->training();
    if (!training) {
        m_ui->titleLabel->setText(tr("No training chosen"));
        m_ui->factsLabel->setText(tr("Choose a training in the list above to see who is invited and who came, or "
                                     "create one (Ctrl+N)."));
        return;
    }
    const QLocale locale;
    m_ui->titleLabel->setText(QString::fromStdString(training->title));
    const int days = training->dayCount();
    QStringList what{
        DomainText::trainingKind(training->kind),
        days == 1 ? locale.toString(toQDate(training->startDate), QStringLiteral("dddd, d MMMM yyyy"))
                  : tr("%1 (%Ln day(s))", nullptr, days).arg(formatDateRange(training->startDate, training->endDate))};
    if (!training->venue.empty()) {
        what << QString::fromStdString(training->venue);
    }
    QStringList how{tr("Organised for %1")
                        .arg(ScopeChoices::name(m_session.database, QString::fromStdString(training->scopeCode)))};
    if (training->capacity) {
        how << tr("room for %Ln people", nullptr, *training->capacity);
    }
    if (training->kind == core::TrainingKind::P2p) {
        how << tr("pass mark %1").arg(locale.toString(training->passMark));
    }
    if (!training->notes.empty()) {
        how << QString::fromStdString(training->notes).simplified();
    }
    m_ui->factsLabel->setText(what.join(QStringLiteral(" · ")) + QLatin1Char('\n') + how.join(QStringLiteral(" · ")));
}

void TrainingDetailPanel::updateCounts()
{
    const auto& training = m_model->training();
    if (!training) {
        m_ui->participantCountsLabel->clear();
        return;
    }
    if (!m_model->failure().isEmpty()) {
        m_ui->participantCountsLabel->setText(m_model->failure());
        return;
    }
    const ParticipantModel::Counts counts = m_model->counts();
    QStringList parts{tr("Invited %1").arg(counts.expected)};
    for (std::size_t day = 0; day < counts.presentByDay.size(); ++day) {
        parts << tr("Present day %1: %2").arg(day + 1).arg(counts.presentByDay[day]);
    }
    if (counts.notExpected > 0) {
        parts << tr("%Ln cancelled or declined", nullptr, counts.notExpected);
    }
    if (training->capacity && !m_model->partFilter() && counts.expected > *training->capacity) {
        parts << tr("more than the %Ln places", nullptr, *training->capacity);
    }
    m_ui->participantCountsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void TrainingDetailPanel::updateActions()
{
    const bool shown = m_model->training().has_value();
    const core::Participant* current = m_model->participantAt(m_ui->participantTableView->currentIndex().row());
    m_ui->partComboBox->setEnabled(shown);
    m_ui->invitePushButton->setEnabled(shown);
    m_ui->addPersonPushButton->setEnabled(shown);
    m_ui->cardsToolButton->setEnabled(shown);
    m_ui->issueCardsAction->setEnabled(shown);
    m_ui->changeStatusPushButton->setEnabled(current != nullptr);
    m_ui->cancelInvitationPushButton->setEnabled(current && current->invitation.expected());
    m_ui->reissueCardAction->setEnabled(current && !current->cardCode.empty());
}

void TrainingDetailPanel::reloadKeeping(const QString& personUuid)
{
    const int row = m_ui->participantTableView->currentIndex().row();
    m_model->refresh();
    if (!selectPerson(personUuid) && m_model->rowCount() > 0 && row >= 0) {
        m_ui->participantTableView->setCurrentIndex(
            m_model->index(std::min(row, m_model->rowCount() - 1), ParticipantModel::NameColumn));
    }
    updateActions();
}

void TrainingDetailPanel::report(const QString& text)
{
    m_ui->messageLabel->setText(text);
    emit statusMessage(text);
}

void TrainingDetailPanel::invite()
{
    const auto training = m_model->training();
    if (!training) {
        return;
    }
    InviteDialog dialog(m_session, *training, m_scope, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    report(tr("%Ln person(s) invited.", nullptr, dialog.invited()));
    reloadKeeping(currentPersonUuid());
    emit invitationsChanged();
}

void TrainingDetailPanel::addPerson()
{
    const auto training = m_model->training();
    if (!training) {
        return;
    }
    AddParticipantDialog dialog(m_session, *training, this);
    QString last;
    connect(&dialog, &AddParticipantDialog::personInvited, this, [this, &last](const QString& personUuid) {
        last = personUuid;
        reloadKeeping(personUuid); // the list behind the dialog grows as people are added
    });
    dialog.exec();
    if (dialog.added() > 0) {
        report(tr("%Ln person(s) added to the list.", nullptr, dialog.added()));
        selectPerson(last);
        emit invitationsChanged();
    }
}

void TrainingDetailPanel::changeStatus()
{
    const core::Participant* current = m_model->participantAt(m_ui->participantTableView->currentIndex().row());
    if (!current) {
        return;
    }
    // Copies: the dialog runs an event loop, and the list may be read again meanwhile.
    const core::Invitation invitation = current->invitation;
    const QString name = QString::fromStdString(current->fullName);
    InvitationDialog dialog(m_session, invitation, name, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.saved()) {
        return;
    }
    report(
        tr("%1: %2, as %3.")
            .arg(name, DomainText::invitationStatus(dialog.saved()->status), DomainText::part(dialog.saved()->part)));
    reloadKeeping(QString::fromStdString(invitation.personUuid));
    emit invitationsChanged();
}

void TrainingDetailPanel::cancelInvitation()
{
    const core::Participant* current = m_model->participantAt(m_ui->participantTableView->currentIndex().row());
    if (!current || !current->invitation.expected()) {
        return;
    }
    const core::Invitation invitation = current->invitation;
    const QString name = QString::fromStdString(current->fullName);
    const auto answer = QMessageBox::question(
        this, tr("Cancel invitation"),
        tr("Take %1 off the list?\n\nThe invitation is cancelled, not deleted: %1 stays on the list as cancelled, and "
           "the check-in desk will say so at the door. Change status can invite them again.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        core::TrainingService(m_session.database, m_session.actor).cancel(invitation);
    } catch (const core::Error& e) {
        spdlog::warn("cancelling invitation {} refused: {}", invitation.meta.uuid, e.what());
        QMessageBox::warning(this, tr("Cancel invitation"), ErrorText::message(e));
        return;
    }
    spdlog::info("invitation {} cancelled by {}", invitation.meta.uuid, m_session.actor);
    report(tr("The invitation of %1 is cancelled.").arg(name));
    reloadKeeping(QString::fromStdString(invitation.personUuid));
    emit invitationsChanged();
}

void TrainingDetailPanel::issueMissingCards()
{
    const auto training = m_model->training();
    if (!training) {
        return;
    }
    int issued = 0;
    try {
        issued = core::TrainingService(m_session.database, m_session.actor).issueMissingCardCodes(training->meta.uuid);
    } catch (const core::Error& e) {
        spdlog::warn("issuing card codes for training {} failed: {}", training->meta.uuid, e.what());
        QMessageBox::warning(this, tr("Issue missing cards"), ErrorText::message(e));
        return;
    }
    spdlog::info("{} card codes issued for training {} by {}", issued, training->meta.uuid, m_session.actor);
    report(issued == 0 ? tr("Everyone on the list has a card already.") : tr("%Ln card(s) issued.", nullptr, issued));
    reloadKeeping(currentPersonUuid());
    emit invitationsChanged();
}

void TrainingDetailPanel::reissueCard()
{
    const core::Participant* current = m_model->participantAt(m_ui->participantTableView->currentIndex().row());
    if (!current || current->cardCode.empty()) {
        return;
    }
    const std::string personUuid = current->invitation.personUuid;
    const QString name = QString::fromStdString(current->fullName);
    const QString oldCode = QString::fromStdString(core::groupedCardCode(current->cardCode));
    const auto answer = QMessageBox::question(
        this, tr("Re-issue card"),
        tr("Issue a new card for %1?\n\nThe old card (%2) stops working at the door at once, at every training. Print "
           "the new card and hand it over.")
            .arg(name, oldCode),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    std::string code;
    try {
        code = core::TrainingService(m_session.database, m_session.actor).reissueCardCode(personUuid);
    } catch (const core::Error& e) {
        spdlog::warn("re-issuing the card of person {} refused: {}", personUuid, e.what());
        QMessageBox::warning(this, tr("Re-issue card"), ErrorText::message(e));
        return;
    }
    spdlog::info("card of person {} re-issued by {}", personUuid, m_session.actor);
    report(tr("New card for %1: %2.").arg(name, QString::fromStdString(core::groupedCardCode(code))));
    reloadKeeping(QString::fromStdString(personUuid));
    emit invitationsChanged();
}

} // namespace relawas::gui

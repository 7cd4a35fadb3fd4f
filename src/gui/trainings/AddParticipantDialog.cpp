#include "trainings/AddParticipantDialog.h"

#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/ParticipantList.h"
#include "core/organising/TrainingService.h"
#include "core/roster/RosterQuery.h"
#include "ui_AddParticipantDialog.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
constexpr int kUuidRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

AddParticipantDialog::AddParticipantDialog(Session& session, const core::Training& training, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddParticipantDialog>())
    , m_session(session)
    , m_training(training)
    , m_searchTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Find the person in the register and add them to <b>%1</b>.")
                                  .arg(QString::fromStdString(training.title).toHtmlEscaped()));
    m_ui->searchLineEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    for (const auto part : core::kAllInvitationParts) {
        m_ui->partComboBox->addItem(DomainText::part(part), int(part));
    }
    QPalette muted = m_ui->countLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_ui->countLabel->setPalette(muted);
    QPushButton* add = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    add->setText(tr("A&dd to the list"));
    add->setIcon(Icons::icon(QStringLiteral("user-plus"), Qt::white));
    Theme::setPrimary(add);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &AddParticipantDialog::search);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddParticipantDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddParticipantDialog::reject);
    m_ui->searchLineEdit->installEventFilter(this);
    readList();
    search();
    m_ui->searchLineEdit->setFocus();
}

AddParticipantDialog::~AddParticipantDialog()
{
    m_ui->searchLineEdit->removeEventFilter(this);
}

void AddParticipantDialog::setPart(core::InvitationPart part)
{
    m_ui->partComboBox->setCurrentIndex(m_ui->partComboBox->findData(int(part)));
}

void AddParticipantDialog::readList()
{
    m_onList.clear();
    try {
        for (const core::Participant& participant : core::participantsOf(m_session.database, m_training, true)) {
            m_onList.emplace(participant.invitation.personUuid, participant.invitation.status);
        }
    } catch (const core::Error& e) {
        spdlog::warn("reading the list of training {} failed: {}", m_training.meta.uuid, e.what());
    }
}

// The first matches in name order, from the whole register: speakers and committee often live outside the scope.
void AddParticipantDialog::search()
{
    m_searchTimer->stop();
    m_ui->resultsListWidget->clear();
    const QString text = m_ui->searchLineEdit->text().trimmed();
    if (text.isEmpty()) {
        m_ui->countLabel->setText(tr("Type part of a name, a NIK or a phone number."));
        return;
    }
    core::RosterFilter filter;
    filter.search = text.toStdString();
    long long total = 0;
    std::vector<core::RosterRow> rows;
    try {
        const core::RosterQuery query(m_session.database);
        total = query.count(filter);
        rows = query.page(filter, {}, 0, kShown);
    } catch (const core::Error& e) {
        m_ui->countLabel->setText(ErrorText::message(e));
        return;
    }
    for (const core::RosterRow& row : rows) {
        QStringList roles;
        for (const QString& id : QString::fromStdString(row.roles).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            const auto kind = core::roleKindFromId(id.toStdString());
            roles << (kind ? DomainText::role(*kind) : id);
        }
        QString origin = QString::fromStdString(row.villageName);
        if (!row.kecamatanName.empty()) {
            origin = tr("%1 (%2)").arg(origin, QString::fromStdString(row.kecamatanName));
        }
        QStringList parts{QString::fromStdString(row.fullName)};
        for (const QString& part : {origin, roles.join(QStringLiteral(", "))}) {
            if (!part.isEmpty()) {
                parts << part;
            }
        }
        if (const auto found = m_onList.find(row.uuid); found != m_onList.end()) {
            parts << tr("on the list: %1").arg(DomainText::invitationStatus(found->second));
        }
        auto* item = new QListWidgetItem(parts.join(QStringLiteral(" · ")), m_ui->resultsListWidget);
        item->setData(kUuidRole, QString::fromStdString(row.uuid));
        item->setData(kNameRole, QString::fromStdString(row.fullName));
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    m_ui->countLabel->setText(
        total > kShown ? tr("%1 found; the first %2 are shown. Type more to narrow them.").arg(total).arg(kShown)
                       : tr("%Ln found.", nullptr, int(total)));
}

// The button stays enabled, so that Enter always lands here; what it does depends on where the keyboard is.
void AddParticipantDialog::accept()
{
    if (m_searchTimer->isActive() || m_ui->searchLineEdit->hasFocus()) {
        if (m_searchTimer->isActive()) {
            search();
        }
        if (m_ui->resultsListWidget->count() > 0) {
            m_ui->resultsListWidget->setFocus();
            m_ui->resultsListWidget->setCurrentRow(0);
        }
        return;
    }
    addCurrent();
}

void AddParticipantDialog::addCurrent()
{
    QListWidgetItem* item = m_ui->resultsListWidget->currentItem();
    if (!item) {
        m_ui->searchLineEdit->setFocus();
        return;
    }
    const QString uuid = item->data(kUuidRole).toString();
    const auto part = core::InvitationPart(m_ui->partComboBox->currentData().toInt());
    try {
        core::TrainingService(m_session.database, m_session.actor)
            .invite(m_training.meta.uuid, uuid.toStdString(), part);
    } catch (const core::Error& e) {
        spdlog::warn("inviting person {} to training {} refused: {}", uuid.toStdString(), m_training.meta.uuid,
                     e.what());
        m_ui->messageLabel->setText(ErrorText::message(e));
        return;
    }
    spdlog::info("person {} invited to training {} as {} by {}", uuid.toStdString(), m_training.meta.uuid,
                 core::invitationPartId(part), m_session.actor);
    ++m_added;
    const QString name = item->data(kNameRole).toString();
    m_ui->messageLabel->setText(tr("%1 is on the list as %2.").arg(name, DomainText::part(part)));
    emit personInvited(uuid);
    // Ready for the next one.
    readList();
    m_ui->searchLineEdit->selectAll();
    m_ui->searchLineEdit->setFocus();
    search();
}

// Down from the search goes to the matches, as in the roster.
bool AddParticipantDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->searchLineEdit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_ui->resultsListWidget->count() > 0) {
        if (m_searchTimer->isActive()) {
            search();
        }
        m_ui->resultsListWidget->setFocus();
        m_ui->resultsListWidget->setCurrentRow(std::max(0, m_ui->resultsListWidget->currentRow()));
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace relawas::gui

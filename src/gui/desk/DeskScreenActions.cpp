// The desk's actions: Enter in the field, the matches of a name, walk-ins and undo.
#include "common/ErrorText.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "desk/DeskScreen.h"
#include "desk/DeskSound.h"
#include "desk/OutcomePanel.h"
#include "desk/OutcomeText.h"
#include "desk/WalkInDialog.h"

#include <QComboBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace relawas::gui {

namespace {
bool hasDigit(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

template<typename Action>
void DeskScreen::attempt(Action&& action)
{
    if (!m_desk) {
        return;
    }
    try {
        showOutcome(action());
    } catch (const core::Error& e) {
        m_outcome->show(
            {tr("Not saved"), ErrorText::describe(e), QStringLiteral("help-circle"), Theme::Colour::Error, 3});
        m_sound->play(3);
    }
    refocus();
}

bool DeskScreen::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress && m_matches->isVisible()) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const int rows = m_matches->count();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            m_matches->setCurrentRow(std::clamp(m_matches->currentRow() + step, 0, rows - 1));
            return true;
        }
        if (key == Qt::Key_Escape) {
            m_matches->hide();
            m_input->clear();
            m_pendingInput.clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeskScreen::onTextEdited(const QString& text)
{
    m_pendingInput.clear();
    const QString typed = text.trimmed();
    if (!m_desk || typed.size() < 2 || hasDigit(typed)) {
        m_matches->hide();
        return;
    }
    try {
        const auto matches = m_desk->nameMatches(typed.toStdString(), 6);
        std::vector<core::DeskPerson> people = matches.invited;
        people.insert(people.end(), matches.others.begin(), matches.others.end());
        showMatches(people, -1);
    } catch (const core::Error&) {
        m_matches->hide(); // a suggestion is a help, not a result: Enter still says what went wrong
    }
}

void DeskScreen::showMatches(const std::vector<core::DeskPerson>& people, int current)
{
    m_matches->clear();
    for (const core::DeskPerson& person : people) {
        QString text = OutcomeText::personLine(person);
        if (!person.part) {
            text = tr("%1 — not on the list").arg(text);
        } else if (person.status == core::InvitationStatus::Cancelled ||
                   person.status == core::InvitationStatus::Declined) {
            text = tr("%1 — invitation cancelled").arg(text);
        }
        auto* item = new QListWidgetItem(text, m_matches);
        item->setData(Qt::UserRole, QString::fromStdString(person.uuid));
    }
    m_matches->setCurrentRow(current);
    m_matches->setVisible(!people.empty());
}

void DeskScreen::onEnter()
{
    const QString text = m_input->text();
    if (m_matches->isVisible() && m_matches->currentRow() >= 0) {
        pickMatch(m_matches->currentRow());
        return;
    }
    if (text.trimmed().isEmpty()) {
        return;
    }
    attempt([&] { return m_desk->submit(text.toStdString()); });
}

void DeskScreen::pickMatch(int row)
{
    QListWidgetItem* item = m_matches->item(row);
    if (!item) {
        return;
    }
    const QString typed = m_pendingInput.isEmpty() ? m_input->text().trimmed() : m_pendingInput;
    const std::string uuid = item->data(Qt::UserRole).toString().toStdString();
    attempt([&] { return m_desk->checkInPerson(uuid, core::CheckInMethod::Name, typed.toStdString()); });
}

void DeskScreen::showOutcome(const core::CheckInOutcome& outcome)
{
    m_last = outcome;
    const OutcomeLook look = OutcomeText::look(outcome, m_desk->training());
    m_outcome->show(look);
    m_sound->play(look.beeps);
    if (outcome.result == core::CheckInResult::Ambiguous) {
        m_pendingInput = QString::fromStdString(outcome.input);
        showMatches(outcome.matches, 0);
    } else {
        m_pendingInput.clear();
        m_matches->hide();
    }
    m_input->clear();
    m_admit->setEnabled(outcome.person && (outcome.result == core::CheckInResult::NotInvited ||
                                           outcome.result == core::CheckInResult::Cancelled));
    if (outcome.result == core::CheckInResult::CheckedIn) {
        emit attendanceChanged();
    }
    refreshCounts();
}

void DeskScreen::admitWalkIn()
{
    if (!m_last || !m_last->person) {
        return;
    }
    const std::string uuid = m_last->person->uuid;
    const auto part = core::InvitationPart(m_walkInPart->currentData().toInt());
    attempt([&] { return m_desk->admitWalkIn(uuid, part); });
}

void DeskScreen::registerWalkIn()
{
    if (!m_desk) {
        return;
    }
    // The name being typed (F3 pressed before Enter), else the name the desk just did not find.
    QString name = m_input->text().trimmed();
    if (hasDigit(name)) {
        name.clear(); // a card code or a NIK, not a name
    }
    if (name.isEmpty() && m_last && m_last->method == core::CheckInMethod::Name &&
        m_last->result == core::CheckInResult::Unknown) {
        name = QString::fromStdString(m_last->input);
    }
    WalkInDialog dialog(m_session, name, core::InvitationPart(m_walkInPart->currentData().toInt()), this);
    if (dialog.exec() != QDialog::Accepted) {
        refocus();
        return;
    }
    if (!dialog.existingPersonUuid().isEmpty()) {
        const std::string uuid = dialog.existingPersonUuid().toStdString();
        attempt([&] { return m_desk->admitWalkIn(uuid, dialog.part()); });
        return;
    }
    attempt([&] { return m_desk->registerWalkIn(dialog.person(), {}, dialog.part()); });
}

void DeskScreen::undoCheckIn()
{
    if (!m_desk || m_recent->count() == 0) {
        refocus();
        return;
    }
    QListWidgetItem* item = m_recent->currentItem() ? m_recent->currentItem() : m_recent->item(0);
    const QString name = item->data(Qt::UserRole + 1).toString();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Undo a check-in"),
        tr("The check-in of %1 is annulled: it stays in the record with the reason, and no longer "
           "counts. Why?")
            .arg(name),
        QLineEdit::Normal, QString(), &ok);
    if (ok) {
        try {
            m_desk->annul(item->data(Qt::UserRole).toString().toStdString(), reason.toStdString());
            m_outcome->show({tr("Check-in annulled"), tr("%1 is no longer counted as present today.").arg(name),
                             QStringLiteral("arrow-back-up"), Theme::Colour::Accent, 1});
            emit attendanceChanged();
        } catch (const core::Error& e) {
            m_outcome->show(
                {tr("Not annulled"), ErrorText::describe(e), QStringLiteral("help-circle"), Theme::Colour::Error, 3});
        }
        refreshCounts();
    }
    refocus();
}

} // namespace relawas::gui

#pragma once

// Acting on a modal dialog a widget test opens: the key press or action that opens it blocks in exec() until it
// closes, so the test's steps inside it run from a timer once it is open and active.

#include <functional>

#include <QApplication>
#include <QDialog>
#include <QObject>
#include <QTimer>
#include <QWidget>

namespace relawas::testing {

// Runs `act` on the next modal window as soon as it is open and active (a button's shortcut opens it a moment
// later), then closes it if a failed check left it open, or exec() would wait for ever. The poll lives as long as
// `owner`.
inline void whenModal(QObject* owner, std::function<void(QWidget*)> act)
{
    auto* poll = new QTimer(owner);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, act = std::move(act)] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || QApplication::activeWindow() != modal) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        act(modal);
        if (auto* dialog = qobject_cast<QDialog*>(modal); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll->start();
}

} // namespace relawas::testing

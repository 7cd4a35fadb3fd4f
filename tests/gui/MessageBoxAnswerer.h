#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTimer>

namespace relawas::testing {

// Answers the next message box with the chosen button, as the clerk would, and keeps its text: a test starts it
// before the key press that makes the program ask.
class MessageBoxAnswerer
{
public:
    MessageBoxAnswerer()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            m_timer.stop();
            m_text = box->text();
            box->button(m_answer)->click();
        });
    }
    MessageBoxAnswerer(const MessageBoxAnswerer&) = delete;
    MessageBoxAnswerer& operator=(const MessageBoxAnswerer&) = delete;

    void answerNext(QMessageBox::StandardButton answer)
    {
        m_answer = answer;
        m_text.clear();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The text of the last box answered; empty when none was.
    const QString& text() const { return m_text; }
    void clearText() { m_text.clear(); }

private:
    QTimer m_timer;
    QMessageBox::StandardButton m_answer = QMessageBox::NoButton;
    QString m_text;
};

} // namespace relawas::testing

#pragma once

#include "desk/OutcomeText.h"

#include <QFrame>

class QLabel;
class QTimer;

namespace relawas::gui {

// The large panel of the desk that tells the outcome of the last attempt: tinted in the outcome's colour, with its
// icon, a title in large type and a line of detail. It goes back to the waiting state after a few seconds, so the
// next person in the queue never reads the previous one's result.
class OutcomePanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomePanel)

public:
    explicit OutcomePanel(QWidget* parent = nullptr);

    void show(const OutcomeLook& look);
    void showWaiting();
    QString title() const;
    QString detail() const;
    bool waiting() const { return m_waiting; }
    // How long an outcome stays; tests shorten it.
    void setHoldMilliseconds(int milliseconds);

private:
    void paint(const QString& iconName, const QColor& colour);

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_detail;
    QTimer* m_reset;
    bool m_waiting = true;
};

} // namespace relawas::gui

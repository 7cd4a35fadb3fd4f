#pragma once

#include <QObject>

class QDateTimeEdit;

namespace relawas::gui {

// Lets a clerk type a date into a QDateEdit as they type it everywhere else, "15/09/2024". QDateEdit moves on to the
// month by itself once two digits of the day are typed, and then takes the "/" typed next as a jump over the month:
// "15/09/2024" became 15 December. This filter drops a separator typed right after such a move. "15092024",
// "1/9/2024" and "15-09-2024" keep working.
class DateEditTyping final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEditTyping)

public:
    // Installs itself on `edit`, and lives as long as it.
    explicit DateEditTyping(QDateTimeEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_lastWasDigit = false;
    int m_sectionBeforeDigit = -1;
};

} // namespace relawas::gui

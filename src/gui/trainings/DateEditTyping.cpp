#include "trainings/DateEditTyping.h"

#include <QDateTimeEdit>
#include <QKeyEvent>

namespace relawas::gui {

DateEditTyping::DateEditTyping(QDateTimeEdit* edit)
    : QObject(edit)
{
    edit->installEventFilter(this);
}

bool DateEditTyping::eventFilter(QObject* watched, QEvent* event)
{
    auto* edit = qobject_cast<QDateTimeEdit*>(watched);
    if (!edit || event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    const QString text = static_cast<QKeyEvent*>(event)->text();
    const bool separator = text == QLatin1String("/") || text == QLatin1String("-") || text == QLatin1String(".");
    if (separator && m_lastWasDigit && edit->currentSectionIndex() != m_sectionBeforeDigit) {
        m_lastWasDigit = false; // the edit moved on already: this separator is the one the clerk meant
        return true;
    }
    m_lastWasDigit = text.size() == 1 && text.at(0).isDigit();
    m_sectionBeforeDigit = edit->currentSectionIndex();
    return QObject::eventFilter(watched, event);
}

} // namespace relawas::gui

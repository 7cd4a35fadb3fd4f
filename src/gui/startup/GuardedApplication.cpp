#include "startup/GuardedApplication.h"

#include "common/ErrorText.h"
#include "core/base/Error.h"

#include <exception>

#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace relawas::gui {

GuardedApplication::GuardedApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{}

bool GuardedApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const core::Error& e) {
        spdlog::error("caught at the application's edge (event {}): {}", int(event->type()), e.what());
        tell(ErrorText::describe(e));
    } catch (const std::exception& e) {
        spdlog::error("caught at the application's edge (event {}): {}", int(event->type()), e.what());
        tell(QString::fromStdString(e.what()));
    } catch (...) {
        spdlog::error("caught an unknown exception at the application's edge (event {})", int(event->type()));
        tell(QString());
    }
    return false;
}

void GuardedApplication::tell(const QString& what)
{
    ++m_caught;
    // A failure while the message is up (a paint event of the box itself) is logged, not told again.
    if (m_telling) {
        return;
    }
    m_telling = true;
    QString text = tr("The last action could not be completed. Everything saved before it is kept; the action itself "
                      "saved nothing.");
    if (!what.isEmpty()) {
        text += QStringLiteral("\n\n") + tr("Details: %1").arg(what);
    }
    QMessageBox::critical(activeWindow(), tr("Relawas"), text);
    m_telling = false;
}

} // namespace relawas::gui

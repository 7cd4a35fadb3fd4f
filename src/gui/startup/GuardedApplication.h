#pragma once

#include <QApplication>

namespace relawas::gui {

// The application at its edge: no exception leaves an event handler or a slot. One that would is logged, the user is
// told in their language what did not complete (the core's own message for a core::Error), and the program goes on
// with everything that was saved; an unfinished unit of work was rolled back by its own guard on the way out.
class GuardedApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedApplication)

public:
    GuardedApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    // How many exceptions were caught at the edge since the start.
    int caughtCount() const { return m_caught; }

private:
    void tell(const QString& what);

    int m_caught = 0;
    bool m_telling = false;
};

} // namespace relawas::gui

#pragma once

#include "core/base/Progress.h"

#include <functional>

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace relawas::gui {

// Runs long work on a worker thread while a progress dialog with Cancel keeps the window alive. The work gets a
// core::Progress to report to and to learn of the cancel from; it must open its own database connection.
class BackgroundTask
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundTask)

public:
    struct Outcome
    {
        bool done = false;
        bool cancelled = false;
        QString failure; // translated, with the place
    };

    static Outcome run(const QString& title, const QString& label, QWidget* parent,
                       const std::function<void(const core::Progress&)>& work);
};

} // namespace relawas::gui

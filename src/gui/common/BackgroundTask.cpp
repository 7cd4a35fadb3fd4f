#include "common/BackgroundTask.h"

#include "common/ErrorText.h"
#include "core/base/Error.h"

#include <atomic>
#include <optional>

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace relawas::gui {

BackgroundTask::Outcome BackgroundTask::run(const QString& title, const QString& label, QWidget* parent,
                                            const std::function<void(const core::Progress&)>& work)
{
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);

    std::atomic<bool> cancel = false;
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });
    QPointer<QProgressDialog> progressDialog(&dialog);
    core::Progress progress;
    progress.cancelled = [&cancel] { return cancel.load(); };
    progress.report = [progressDialog](std::size_t done, std::size_t total) {
        QMetaObject::invokeMethod(
            progressDialog,
            [progressDialog, done, total] {
                if (progressDialog) {
                    progressDialog->setMaximum(int(total));
                    progressDialog->setValue(total ? int(done) : 0);
                }
            },
            Qt::QueuedConnection);
    };

    std::optional<core::Error> error;
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&] {
        try {
            work(progress);
        } catch (const core::Error& e) {
            error = e;
        } catch (const std::exception& e) {
            error = core::Error(core::ErrorKind::Internal, "internal", e.what());
        }
    }));
    dialog.show();
    loop.exec();
    dialog.close();

    Outcome outcome;
    if (!error) {
        outcome.done = true;
    } else if (error->kind() == core::ErrorKind::Cancelled) {
        outcome.cancelled = true;
    } else {
        spdlog::error("{} failed: {}", title.toStdString(), error->what());
        outcome.failure = ErrorText::describe(*error);
    }
    return outcome;
}

} // namespace relawas::gui

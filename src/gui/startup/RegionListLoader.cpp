#include "RegionListLoader.h"

#include "common/ErrorText.h"
#include "core/Database.h"
#include "core/Error.h"
#include "core/RegionImporter.h"
#include "core/RegionList.h"

#include <atomic>
#include <optional>

#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace relawas::gui {

RegionListLoader::Outcome RegionListLoader::run(const std::filesystem::path& databasePath,
                                                const std::filesystem::path& listPath, QWidget* parent)
{
    QProgressDialog dialog(tr("Loading the official list of provinces, regencies, districts and villages…"),
                           tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Preparing Relawas"));
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
            core::Database db(databasePath);
            const auto list = core::readRegionList(listPath, progress);
            const auto result = core::importRegionList(db, list, progress);
            spdlog::info("region list {} {} loaded: {} added, {} changed", list.name, list.version, result.added,
                         result.changed);
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
        outcome.loaded = true;
    } else if (error->kind() == core::ErrorKind::Cancelled) {
        outcome.cancelled = true;
    } else {
        spdlog::error("loading the region list from {} failed: {}", listPath.string(), error->what());
        outcome.failure = ErrorText::describe(*error);
    }
    return outcome;
}

} // namespace relawas::gui

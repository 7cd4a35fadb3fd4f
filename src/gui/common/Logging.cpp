#include "common/Logging.h"

#include "core/base/OutputFile.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
void forwardQtMessage(QtMsgType type, const QMessageLogContext&, const QString& text)
{
    const std::string line = text.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", line);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", line);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", line);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", line);
        break;
    }
}
} // namespace

QString startLogging(const QString& folder)
{
    try {
        core::createPrivateFolders(folder.toStdString()); // the log names the people changed: its owner's alone
    } catch (const std::exception& e) {
        spdlog::warn("cannot create the log folder {}: {}", folder.toStdString(), e.what());
    }
    const QString path = QDir(folder).filePath(QStringLiteral("relawas.log"));
    try {
        auto logger = spdlog::rotating_logger_mt("relawas", path.toStdString(), 2 * 1024 * 1024, 3);
        logger->flush_on(spdlog::level::info);
        spdlog::set_default_logger(logger);
        qInstallMessageHandler(forwardQtMessage);
    } catch (const spdlog::spdlog_ex& e) {
        // Without a log file the program still works; the console logger stays.
        spdlog::warn("cannot open the log file {}: {}", path.toStdString(), e.what());
    }
    return path;
}

} // namespace relawas::gui

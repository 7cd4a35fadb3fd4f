#include "PrintoutCliSupport.h"

#include "TerminalText.h"
#include "core/base/Error.h"
#include "printouts/PrintoutError.h"
#include "printouts/PrintoutTranslations.h"

#include <cstdio>

#include <QGuiApplication>

#include <fmt/format.h>

namespace relawas::cli {

namespace {

// Qt's own chatter (a missing XDG_RUNTIME_DIR, font fallbacks) is not the user's business; its errors are.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "relawas-cli: %s\n", qPrintable(message));
    }
}

} // namespace

// The printouts lay text out with QtGui's fonts, which need a QGuiApplication; the CLI makes one without a display
// (the offscreen platform, unless the user chose another), in the printouts' language.
void withPrintouts(const std::string& language, const std::function<void()>& print)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qInstallMessageHandler(quietQtMessages);
    static int argc = 1;
    static char name[] = "relawas-cli";
    static char* argv[] = {name, nullptr};
    QGuiApplication app(argc, argv);
    if (!printouts::installPrintoutTranslator(QString::fromStdString(language))) {
        throw core::Error(core::ErrorKind::UserInput, "cli.bad_language",
                          fmt::format("the printouts speak id or en, not `{}`", terminalText(language)), "--language",
                          {language});
    }
    try {
        print();
    } catch (const printouts::PrintoutError& e) {
        const std::string path = e.path().toStdString();
        if (e.kind() == printouts::PrintoutErrorKind::NothingToPrint) {
            throw core::Error(core::ErrorKind::UserInput, "printout.nothing_to_print",
                              fmt::format("nothing to print: {} was not written", terminalText(path)), "-o", {path});
        }
        throw core::Error(
            core::ErrorKind::UserInput, "printout.not_written",
            fmt::format("{} was not written: {}", terminalText(path), terminalText(e.detail().toStdString())), "-o",
            {path, e.detail().toStdString()});
    }
}

} // namespace relawas::cli

#include "PdfReadBack.h"

#include <stdexcept>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace relawas::printouts::testing {

QByteArray runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        throw std::runtime_error(QStringLiteral("%1 %2 failed: %3 %4")
                                     .arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                                          QString::fromLocal8Bit(process.readAllStandardError()))
                                     .toStdString());
    }
    return process.readAllStandardOutput();
}

PdfInfo pdfInfo(const QString& path)
{
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    PdfInfo info;
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression size(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression title(QStringLiteral("^Title:\\s+(.*)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression creator(QStringLiteral("^Creator:\\s+(.*)$"), QRegularExpression::MultilineOption);
    info.pages = pages.match(text).captured(1).toInt();
    const auto sizeMatch = size.match(text);
    info.widthPt = sizeMatch.captured(1).toDouble();
    info.heightPt = sizeMatch.captured(2).toDouble();
    info.title = title.match(text).captured(1).trimmed();
    info.creator = creator.match(text).captured(1).trimmed();
    return info;
}

QString pdfText(const QString& path, int page)
{
    QStringList arguments{QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    }
    arguments << path << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), arguments));
}

QImage pdfPage(const QString& path, int page, int dpi, const QString& pngPrefix)
{
    runTool(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                         QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                                         QStringLiteral("-l"), QString::number(page), path, pngPrefix});
    QImage image(pngPrefix + QStringLiteral(".png"));
    if (image.isNull()) {
        throw std::runtime_error("pdftoppm wrote no image for " + path.toStdString());
    }
    return image;
}

} // namespace relawas::printouts::testing

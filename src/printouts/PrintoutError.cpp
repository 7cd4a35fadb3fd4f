#include "printouts/PrintoutError.h"

namespace relawas::printouts {

namespace {

std::string describe(PrintoutErrorKind kind, const QString& path, const QString& detail)
{
    QString text;
    switch (kind) {
    case PrintoutErrorKind::NothingToPrint:
        text = QStringLiteral("nothing to print into %1").arg(path);
        break;
    case PrintoutErrorKind::NotWritten:
        text = QStringLiteral("cannot write %1: %2").arg(path, detail);
        break;
    case PrintoutErrorKind::NotEncoded:
        text = QStringLiteral("cannot encode a QR code: %1").arg(detail);
        break;
    }
    return text.toStdString();
}

} // namespace

PrintoutError::PrintoutError(PrintoutErrorKind kind, const QString& path, const QString& detail)
    : std::runtime_error(describe(kind, path, detail))
    , m_kind(kind)
    , m_path(path)
    , m_detail(detail)
{}

} // namespace relawas::printouts

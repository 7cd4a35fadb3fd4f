#pragma once

#include <stdexcept>

#include <QString>

namespace relawas::printouts {

enum class PrintoutErrorKind
{
    NothingToPrint, // no card, no certificate: no file is written
    NotWritten,     // the file could not be created or completed (no such folder, no permission, disk full)
    NotEncoded      // the text does not fit in a QR code
};

// The one exception of the printouts. what() is English, for logs and the CLI; the GUI builds its own sentence in the
// user's language from kind(), path() and detail() (the system's reason, "Permission denied").
class PrintoutError : public std::runtime_error
{
public:
    PrintoutError(PrintoutErrorKind kind, const QString& path, const QString& detail);

    PrintoutErrorKind kind() const { return m_kind; }
    const QString& path() const { return m_path; }
    const QString& detail() const { return m_detail; }

private:
    PrintoutErrorKind m_kind;
    QString m_path;
    QString m_detail;
};

} // namespace relawas::printouts

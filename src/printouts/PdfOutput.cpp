#include "printouts/PdfOutput.h"

#include "printouts/AttendanceSheet.h"
#include "printouts/Certificates.h"
#include "printouts/IdCards.h"
#include "printouts/PrintoutError.h"
#include "printouts/PrintoutText.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace relawas::printouts {

namespace {

template<typename Paint>
int savePdf(const QString& path, const QString& title, Paint paint)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw PrintoutError(PrintoutErrorKind::NotWritten, path, file.errorString());
    }
    // Names and card codes are the participants' data: the file is the user's alone (0600), like every export.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Relawas"));
        pages = paint(writer); // the painter ends inside, which writes the PDF's tail
    }
    if (!file.commit()) {
        throw PrintoutError(PrintoutErrorKind::NotWritten, path, file.errorString());
    }
    return pages;
}

} // namespace

int saveAttendanceSheetPdf(const AttendanceSheetData& data, const QString& path)
{
    //: The title in the PDF's properties: "Daftar hadir — <training> — Minggu, 15 September 2024"
    const QString title = QCoreApplication::translate("relawas::printouts::PdfOutput", "Attendance list — %1 — %2")
                              .arg(data.header.trainingTitle, dayAndDate(data.header.day));
    return savePdf(path, title, [&](QPdfWriter& writer) { return paintAttendanceSheet(writer, data); });
}

int saveIdCardsPdf(const std::vector<IdCardData>& cards, const QString& path)
{
    if (cards.empty()) {
        throw PrintoutError(PrintoutErrorKind::NothingToPrint, path, {});
    }
    const QString title = QCoreApplication::translate("relawas::printouts::PdfOutput", "Participant cards — %1")
                              .arg(cards.front().trainingTitle);
    return savePdf(path, title, [&](QPdfWriter& writer) { return paintIdCards(writer, cards); });
}

int saveCertificatesPdf(const std::vector<CertificateData>& certificates, const QString& path)
{
    if (certificates.empty()) {
        throw PrintoutError(PrintoutErrorKind::NothingToPrint, path, {});
    }
    const QString title = QCoreApplication::translate("relawas::printouts::PdfOutput", "Certificates — %1")
                              .arg(certificates.front().trainingTitle);
    return savePdf(path, title, [&](QPdfWriter& writer) { return paintCertificates(writer, certificates); });
}

} // namespace relawas::printouts

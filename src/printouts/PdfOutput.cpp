#include "printouts/PdfOutput.h"

#include "printouts/AttendanceSheet.h"
#include "printouts/Certificates.h"
#include "printouts/IdCards.h"
#include "printouts/PrintoutError.h"
#include "printouts/PrintoutText.h"
#include "printouts/ProgrammeReport.h"
#include "printouts/VillageRosterSheet.h"

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

int saveVillageRostersPdf(const std::vector<VillageRosterSheetData>& villages, const QString& path)
{
    if (villages.empty()) {
        throw PrintoutError(PrintoutErrorKind::NothingToPrint, path, {});
    }
    const VillageRosterHeader& first = villages.front().header;
    //: The title in the PDF's properties: "Daftar Relawan Desa — Durian, Kec. Medang Deras", or "— Kec. Sei Balai"
    //: for every village of a kecamatan
    const QString title =
        villages.size() == 1
            ? QCoreApplication::translate("relawas::printouts::PdfOutput", "Village volunteer roster — %1, District %2")
                  .arg(first.villageName, first.kecamatanName)
            : QCoreApplication::translate("relawas::printouts::PdfOutput", "Village volunteer rosters — District %1")
                  .arg(first.kecamatanName);
    return savePdf(path, title, [&](QPdfWriter& writer) { return paintVillageRosters(writer, villages); });
}

int saveProgrammeReportPdf(const ProgrammeReportData& report, const QString& path)
{
    //: The title in the PDF's properties: "Laporan Pengawasan Partisipatif — Kabupaten Batu Bara"
    const QString title =
        QCoreApplication::translate("relawas::printouts::PdfOutput", "Participatory monitoring report — %1")
            .arg(report.scopeName);
    return savePdf(path, title, [&](QPdfWriter& writer) { return paintProgrammeReport(writer, report); });
}

} // namespace relawas::printouts

// Renders the sample printouts of the Rakernis of 15 September 2024 as PDFs, and the first page of each as the PNGs
// of docs/screenshots (printout-daftar-hadir.png, printout-id-cards.png, printout-certificate.png), and the
// Daftar Relawan Desa of a village (printout-daftar-relawan-desa.png), at 70 dpi with pdftoppm; of the Laporan
// Pengawasan Partisipatif (printout-laporan.png) its second page, the figures and the first chart. Usage:
// relawas-printout-samples OUTPUT_FOLDER [--lang id|en]
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PdfOutput.h"
#include "printouts/PrintoutTranslations.h"

#include <exception>
#include <iostream>

#include <QDir>
#include <QGuiApplication>

using namespace relawas::printouts;

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 2) {
        std::cerr << "usage: relawas-printout-samples OUTPUT_FOLDER [--lang id|en]\n";
        return 2;
    }
    const QDir folder(arguments.at(1));
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    const QString language = langAt > 0 ? arguments.value(langAt + 1) : QStringLiteral("id");
    if (!folder.mkpath(QStringLiteral(".")) || !installPrintoutTranslator(language)) {
        std::cerr << "cannot write into " << folder.path().toStdString() << " or no language " << language.toStdString()
                  << "\n";
        return 1;
    }
    try {
        const QString sheet = folder.filePath(QStringLiteral("printout-daftar-hadir.pdf"));
        saveAttendanceSheetPdf(testing::rakernisAttendance(60, 5, false), sheet);
        const QString cards = folder.filePath(QStringLiteral("printout-id-cards.pdf"));
        saveIdCardsPdf(testing::rakernisCards(17), cards);
        const QString certificates = folder.filePath(QStringLiteral("printout-certificate.pdf"));
        saveCertificatesPdf(testing::rakernisCertificates(3), certificates);
        const QString roster = folder.filePath(QStringLiteral("printout-daftar-relawan-desa.pdf"));
        saveVillageRostersPdf({testing::durianRoster(24)}, roster);
        for (const QString& pdf : {sheet, cards, certificates, roster}) {
            QString png = pdf;
            png.chop(4);
            testing::pdfPage(pdf, 1, 70, png);
            std::cout << png.toStdString() << ".png\n";
        }
        const QString report = folder.filePath(QStringLiteral("printout-laporan.pdf"));
        saveProgrammeReportPdf(testing::batuBaraReport(8), report);
        testing::pdfPage(report, 2, 70, folder.filePath(QStringLiteral("printout-laporan")));
        std::cout << folder.filePath(QStringLiteral("printout-laporan.png")).toStdString() << "\n";
    } catch (const std::exception& e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}

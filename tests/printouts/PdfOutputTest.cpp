// Writing the PDFs: whole or not at all, with a clear error; and the printouts' two languages.
#include "printouts/PdfOutput.h"

#include "CatchQt.h"
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PrintoutError.h"
#include "printouts/PrintoutTranslations.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace relawas::printouts;
using namespace relawas::printouts::testing;

TEST_CASE("A PDF into a folder that does not exist fails with the path and the reason", "[printouts][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tidak-ada/daftar-hadir.pdf"));
    try {
        saveAttendanceSheetPdf(rakernisAttendance(3, 0, false), path);
        FAIL("the PDF was written into a missing folder");
    } catch (const PrintoutError& e) {
        CHECK(e.kind() == PrintoutErrorKind::NotWritten);
        CHECK(e.path() == path);
        CHECK(!e.detail().isEmpty());
        CHECK(QString::fromUtf8(e.what()).contains(path));
    }
    CHECK(!QFile::exists(path));
}

TEST_CASE("A PDF over an existing file replaces it whole", "[printouts][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sertifikat.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("not a pdf");
    }
    CHECK(saveCertificatesPdf(rakernisCertificates(2), path) == 2);
    CHECK(pdfInfo(path).pages == 2);
    CHECK(QFileInfo(path).size() > 1000);
    // Nothing else is left in the folder: no temporary file beside the PDF.
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("sertifikat.pdf")});
    CHECK_THROWS_AS(saveCertificatesPdf({}, path), PrintoutError);
    CHECK(pdfInfo(path).pages == 2);
}

TEST_CASE("In English the printouts speak English throughout, dates and numbers too", "[printouts][language]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    REQUIRE(installPrintoutTranslator(QStringLiteral("en")));
    AttendanceSheetData data = rakernisAttendance(3, 1, true);
    data.header.dayCount = 2;
    const QString sheet = dir.filePath(QStringLiteral("attendance.pdf"));
    const QString certificate = dir.filePath(QStringLiteral("certificate.pdf"));
    saveAttendanceSheetPdf(data, sheet);
    saveCertificatesPdf(rakernisCertificates(1), certificate);
    REQUIRE(installPrintoutTranslator(QStringLiteral("id")));

    const QString english = pdfText(sheet);
    for (const char* expected :
         {"ATTENDANCE LIST", "Day/Date", "Sunday, 15 September 2024 (day 1 of 2)", "Venue", "Unit/Position",
          "Signature", "Present 07:30", "Page 1 of 1", "Organising Committee"}) {
        INFO(expected);
        CHECK(english.contains(QString::fromUtf8(expected)));
    }
    CHECK(!english.contains(QStringLiteral("Minggu")));
    const QString awarded = pdfText(certificate).simplified();
    CHECK(awarded.contains(QStringLiteral("CERTIFICATE")));
    CHECK(awarded.contains(QStringLiteral("with a final score of 82.50 — PASSED")));

    // Back in Indonesian; a language the printouts do not speak changes nothing.
    CHECK(!installPrintoutTranslator(QStringLiteral("fr")));
    saveAttendanceSheetPdf(data, sheet);
    CHECK(pdfText(sheet).contains(QStringLiteral("Minggu, 15 September 2024 (hari ke-1 dari 2)")));
}

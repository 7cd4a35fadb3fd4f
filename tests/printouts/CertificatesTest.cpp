// The certificates of the Rakernis: one A4 landscape page each, in Indonesian, with the score where there is one.
#include "printouts/Certificates.h"

#include "CatchQt.h"
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PdfOutput.h"

#include <catch2/catch.hpp>
#include <cmath>

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace relawas::printouts;
using namespace relawas::printouts::testing;

namespace {

// pdftotext -layout breaks and pads the lines as they are on the paper: compare the words only.
QString words(const QString& text)
{
    return text.simplified();
}

} // namespace

TEST_CASE("Three certificates are three A4 landscape pages, each for its person", "[printouts][certificates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<CertificateData> certificates = rakernisCertificates(3);
    certificates[2].score = 61.75;
    certificates[2].passed = false;
    const QString path = dir.filePath(QStringLiteral("sertifikat.pdf"));
    CHECK(saveCertificatesPdf(certificates, path) == 3);

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 3);
    CHECK(std::lround(info.widthPt) == 842);
    CHECK(std::lround(info.heightPt) == 595);
    CHECK(info.title.startsWith(QStringLiteral("Sertifikat — Rakernis")));

    const QString first = words(pdfText(path, 1));
    for (const char* expected :
         {"BAWASLU KABUPATEN BATU BARA", "SERTIFIKAT", "Nomor: 001/SERT/12.19/IX/2024", "diberikan kepada",
          "Ahmad Nasution", "Kec. Sei Balai", "sebagai Peserta", "pada",
          "Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif",
          "yang diselenggarakan oleh Bawaslu Kabupaten Batu Bara pada 15–16 September 2024 di Singapore City Hotel, "
          "Jln Lintas Sumatera, Kecamatan Sei Balai",
          "dengan nilai akhir 82,50 — LULUS", "Limapuluh, 16 September 2024", "Ketua Bawaslu Kabupaten Batu Bara"}) {
        INFO(expected);
        CHECK(first.contains(QString::fromUtf8(expected)));
    }
    CHECK(!first.contains(certificates[1].name));

    const QString second = words(pdfText(path, 2));
    CHECK(second.contains(QStringLiteral("Nomor: 002/SERT/12.19/IX/2024")));
    CHECK(second.contains(certificates[1].name));
    CHECK(second.contains(QStringLiteral("dengan nilai akhir 79,25 — LULUS")));
    const QString third = words(pdfText(path, 3));
    CHECK(third.contains(QStringLiteral("dengan nilai akhir 61,75 — TIDAK LULUS")));
    CHECK(!pdfText(path).contains(QRegularExpression(QStringLiteral("\\d{16}"))));
}

TEST_CASE("A certificate without a score says nothing of one; a named signatory is printed",
          "[printouts][certificates]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<CertificateData> certificates = rakernisCertificates(1);
    certificates[0].score.reset();
    certificates[0].firstDay = QDate(2024, 9, 30);
    certificates[0].lastDay = QDate(2024, 10, 1);
    certificates[0].signatoryName = QStringLiteral("Ridho Hidayat Lubis");
    const QString path = dir.filePath(QStringLiteral("tanpa-nilai.pdf"));
    CHECK(saveCertificatesPdf(certificates, path) == 1);
    const QString text = words(pdfText(path));
    CHECK(!text.contains(QStringLiteral("nilai")));
    CHECK(!text.contains(QStringLiteral("LULUS")));
    CHECK(text.contains(QStringLiteral("pada 30 September – 1 Oktober 2024 di")));
    CHECK(text.contains(QStringLiteral("Ridho Hidayat Lubis")));
    CHECK(!text.contains(QStringLiteral("(....")));
}

// The participants' cards of the Rakernis: eight to an A4 page, each with the QR code of its card code only.
#include "printouts/IdCards.h"

#include "CatchQt.h"
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PdfOutput.h"
#include "printouts/PrintoutError.h"
#include "printouts/QrCode.h"

#include <catch2/catch.hpp>
#include <cmath>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace relawas::printouts;
using namespace relawas::printouts::testing;

TEST_CASE("A card code is printed in groups of four", "[printouts][cards]")
{
    CHECK(groupedCardCode(QStringLiteral("K7M4QX9T")) == QStringLiteral("K7M4-QX9T"));
    CHECK(groupedCardCode(QStringLiteral("K7M4QX")) == QStringLiteral("K7M4-QX"));
    CHECK(groupedCardCode(QString()).isEmpty());
}

TEST_CASE("17 cards take three A4 pages, in order, each card with its name, part and grouped code",
          "[printouts][cards]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::vector<IdCardData> cards = rakernisCards(17);
    const QString path = dir.filePath(QStringLiteral("kartu.pdf"));
    CHECK(saveIdCardsPdf(cards, path) == 3);

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 3);
    CHECK(std::lround(info.widthPt) == 595);
    CHECK(std::lround(info.heightPt) == 842);
    CHECK(info.title == QStringLiteral("Kartu peserta — Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan "
                                       "Partisipatif"));

    for (int page = 1; page <= 3; ++page) {
        const QString text = pdfText(path, page);
        INFO("page " << page);
        CHECK(text.contains(QStringLiteral("Halaman %1 dari 3").arg(page)));
        CHECK(text.contains(QStringLiteral("Gunting mengikuti tanda potong.")));
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const bool onThisPage = int(i) / kIdCardsPerPage == page - 1;
            INFO(cards[i].name.toStdString());
            CHECK(text.contains(cards[i].name) == onThisPage);
            CHECK(text.contains(groupedCardCode(cards[i].cardCode)) == onThisPage);
        }
    }
    const QString first = pdfText(path, 1);
    CHECK(first.count(QStringLiteral("KARTU PESERTA")) == 9); // eight cards and the page's head
    CHECK(first.count(QStringLiteral("PESERTA")) >= 17);
    CHECK(first.contains(QStringLiteral("BAWASLU KABUPATEN BATU BARA")));
    CHECK(first.contains(QStringLiteral("Anggota Panwascam")));
    CHECK(first.contains(QStringLiteral("Kec. Sei Balai")));
    CHECK(pdfText(path, 3).count(QStringLiteral("KARTU PESERTA")) == 2); // the 17th card alone

    // The code as text only grouped, never as it is stored, and no NIK-like number anywhere.
    const QString all = pdfText(path);
    CHECK(!all.contains(cards[0].cardCode));
    CHECK(!all.contains(QRegularExpression(QStringLiteral("\\d{16}"))));
}

TEST_CASE("A long name shrinks to fit two lines of its card instead of being cut", "[printouts][cards]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    std::vector<IdCardData> cards = rakernisCards(2);
    cards[0].name = QStringLiteral("Tengku Muhammad Rizky Syahputra Nasution"); // 40 characters
    const QString path = dir.filePath(QStringLiteral("nama-panjang.pdf"));
    CHECK(saveIdCardsPdf(cards, path) == 1);
    const QString text = pdfText(path);
    for (const char* word : {"Tengku", "Muhammad", "Rizky", "Syahputra", "Nasution"}) {
        CHECK(text.contains(QString::fromUtf8(word)));
    }
}

// Reads the first card's QR code off the page as a printer would print it: every module's centre is dark exactly
// where the code has a dark module, and the quiet zone around it is white.
TEST_CASE("The QR code on the card is the card's code, in crisp modules at its place", "[printouts][cards]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const std::vector<IdCardData> cards = rakernisCards(1);
    const QString path = dir.filePath(QStringLiteral("satu.pdf"));
    CHECK(saveIdCardsPdf(cards, path) == 1);

    constexpr int kDpi = 150;
    const QImage page = pdfPage(path, 1, kDpi, dir.filePath(QStringLiteral("satu")));
    REQUIRE(page.width() == std::lround(210 / 25.4 * kDpi));
    const QrMatrix matrix = qrMatrix(cards[0].cardCode);
    const QRectF area = idCardQrRect(0);
    const double module = area.width() / (matrix.size + 2 * kQrQuietZone);
    const auto darkAt = [&](double xModules, double yModules) {
        const double xMm = area.left() + (xModules + 0.5) * module;
        const double yMm = area.top() + (yModules + 0.5) * module;
        return qGray(page.pixel(int(xMm / 25.4 * kDpi), int(yMm / 25.4 * kDpi))) < 128;
    };

    int wrong = 0;
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size; ++x) {
            wrong += darkAt(x + kQrQuietZone, y + kQrQuietZone) != matrix.dark(x, y) ? 1 : 0;
        }
    }
    CHECK(wrong == 0);
    for (int i = 0; i < matrix.size + 2 * kQrQuietZone; ++i) {
        CHECK(!darkAt(i, 1)); // the quiet zone's rows and columns
        CHECK(!darkAt(1, i));
        CHECK(!darkAt(i, matrix.size + 2 * kQrQuietZone - 2));
        CHECK(!darkAt(matrix.size + 2 * kQrQuietZone - 2, i));
    }
}

TEST_CASE("No cards, no pages: nothing to print is said, not written as an empty file", "[printouts][cards]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kosong.pdf"));
    CHECK_THROWS_AS(saveIdCardsPdf({}, path), PrintoutError);
    CHECK(!QFile::exists(path));
}

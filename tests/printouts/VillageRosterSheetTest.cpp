// The Daftar Relawan Desa of Durian, printed to PDF and read back as the Panwascam would read the paper: the village,
// its programme status, every person once in the order given with the NIK masked, the table's header and the page
// numbers on every page, and each village of a kecamatan from a new page.
#include "printouts/VillageRosterSheet.h"

#include "CatchQt.h"
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PdfOutput.h"
#include "printouts/PrintoutError.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include <QCoreApplication>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace relawas::printouts;
using namespace relawas::printouts::testing;

namespace {

// The sheet's words in the language loaded (Indonesian in these tests, once translated).
QString sheetText(const char* source)
{
    return QCoreApplication::translate("relawas::printouts::VillageRosterSheet", source);
}

QString savedRosters(const QTemporaryDir& dir, const std::vector<VillageRosterSheetData>& villages, const QString& name)
{
    const QString path = dir.filePath(name);
    saveVillageRostersPdf(villages, path);
    return path;
}

// Where each name stands in the text: all present, once each, in the order given.
void checkNamesInOrder(const QString& text, const std::vector<VillageRosterRow>& rows)
{
    qsizetype at = 0;
    for (const VillageRosterRow& row : rows) {
        INFO(row.name.toStdString());
        const qsizetype found = text.indexOf(row.name, at);
        REQUIRE(found >= 0);
        at = found + row.name.size();
    }
}

} // namespace

TEST_CASE("A village's roster is one A4 page with the village, its programme, its people and masked NIKs",
          "[printouts][village-roster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const VillageRosterSheetData data = durianRoster(12);
    const QString path = dir.filePath(QStringLiteral("daftar-relawan-durian.pdf"));
    CHECK(saveVillageRostersPdf({data}, path) == 1);

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 1);
    CHECK(std::lround(info.widthPt) == 595);
    CHECK(std::lround(info.heightPt) == 842);
    CHECK(info.creator == QStringLiteral("Relawas"));
    CHECK(info.title.contains(QStringLiteral("Durian")));

    const QString text = pdfText(path, 1);
    for (const QString& expected :
         {sheetText("Village volunteer roster"), QStringLiteral("DURIAN"), QStringLiteral("Durian (12.19.01.2004)"),
          QStringLiteral("Medang Deras (12.19.01)"), QStringLiteral("Kabupaten Batu Bara"),
          QStringLiteral("Ditetapkan (SK)"), QStringLiteral("045/PM.00.02/K.SU-19/08/2024"),
          QStringLiteral("12 Agustus 2024"), QStringLiteral("11 Agustus 2029"), QStringLiteral("15 September 2024"),
          QStringLiteral("27 November 2024"), sheetText("Name"), sheetText("Roles"), sheetText("Phone"),
          sheetText("NIK"), QStringLiteral("Pengawas Kelurahan/Desa (PKD)"),
          QStringLiteral("Koordinator Kampung, Relawan"), QStringLiteral("0812-6100-2000"),
          QStringLiteral("Halaman 1 dari 1")}) {
        INFO(expected.toStdString());
        CHECK(text.contains(expected));
    }
    checkNamesInOrder(text, data.rows);
    // Each NIK masked, its last four digits readable; nothing like a whole NIK anywhere.
    for (const VillageRosterRow& row : data.rows) {
        INFO(row.maskedNik.toStdString());
        CHECK(text.contains(row.maskedNik));
    }
    CHECK(!text.contains(QRegularExpression(QStringLiteral("\\d{16}"))));
    CHECK(!text.contains(QStringLiteral("1219")));
    // 12 people, counted by gender.
    CHECK(text.contains(QRegularExpression(QStringLiteral("12 \\(L \\d+, P \\d+\\)"))));
}

TEST_CASE("A long roster goes over several pages, its header and page numbers on each, no row lost or split",
          "[printouts][village-roster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // Mostly one line a row: about 29 rows under the head of the first page, 35 on each further page.
    const VillageRosterSheetData data = durianRoster(80);
    const QString path = savedRosters(dir, {data}, QStringLiteral("panjang.pdf"));
    REQUIRE(pdfInfo(path).pages == 3);

    for (int page = 1; page <= 3; ++page) {
        const QString text = pdfText(path, page);
        INFO(page);
        CHECK(text.contains(sheetText("Roles")));
        CHECK(text.contains(sheetText("Phone")));
        CHECK(text.contains(QStringLiteral("Halaman %1 dari 3").arg(page)));
        // The pages after the first name the village in their running head.
        CHECK(text.contains(QStringLiteral("12.19.01.2004")));
        if (page > 1) {
            CHECK(text.contains(sheetText("Village volunteer roster · %1, District %2")
                                    .arg(QStringLiteral("Durian"), QStringLiteral("Medang Deras"))));
        }
    }
    // Each row on exactly one page, the pages taking them in turn: the first page's rows, then the second's, ...
    std::vector<int> pageOfRow;
    for (const VillageRosterRow& row : data.rows) {
        INFO(row.name.toStdString());
        int found = 0;
        for (int page = 1; page <= 3; ++page) {
            if (pdfText(path, page).contains(row.maskedNik)) {
                CHECK(found == 0);
                found = page;
            }
        }
        CHECK(found > 0);
        pageOfRow.push_back(found);
    }
    CHECK(std::is_sorted(pageOfRow.begin(), pageOfRow.end()));
    CHECK(pageOfRow.front() == 1);
    CHECK(pageOfRow.back() == 3);
    CHECK(std::count(pageOfRow.begin(), pageOfRow.end(), 1) >= 25);
    CHECK(std::count(pageOfRow.begin(), pageOfRow.end(), 2) >= 30);

    const QString all = pdfText(path);
    checkNamesInOrder(all, data.rows);
    for (const VillageRosterRow& row : data.rows) {
        CHECK(all.count(row.maskedNik) == 1);
    }
    CHECK(!all.contains(QRegularExpression(QStringLiteral("\\d{16}"))));
}

TEST_CASE("A village with nobody registered and outside the programme says both", "[printouts][village-roster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = savedRosters(dir, {durianRoster(0, false)}, QStringLiteral("kosong.pdf"));
    CHECK(pdfInfo(path).pages == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(sheetText("No one living in this village is registered yet.")));
    CHECK(text.contains(sheetText("Not in the programme")));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari 1")));
    CHECK(!text.contains(QStringLiteral("Ditetapkan")));
}

TEST_CASE("Every village of a kecamatan starts on a page of its own, numbered within the village",
          "[printouts][village-roster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    VillageRosterSheetData durian = durianRoster(40);
    VillageRosterSheetData aekNauli = durianRoster(3, false);
    aekNauli.header.villageName = QStringLiteral("Aek Nauli");
    aekNauli.header.villageCode = QStringLiteral("12.19.01.2003");
    aekNauli.rows[0].name = QStringLiteral("Tiurma Sihombing");
    const VillageRosterSheetData empty = durianRoster(0, false);
    const QString path = savedRosters(dir, {aekNauli, durian, empty}, QStringLiteral("kecamatan.pdf"));

    // Aek Nauli 1 page, Durian 2, the empty village 1.
    REQUIRE(pdfInfo(path).pages == 4);
    const QString first = pdfText(path, 1);
    CHECK(first.contains(QStringLiteral("Aek Nauli (12.19.01.2003)")));
    CHECK(first.contains(QStringLiteral("Tiurma Sihombing")));
    CHECK(first.contains(QStringLiteral("Halaman 1 dari 1")));
    CHECK(!first.contains(durian.rows[3].name));

    const QString second = pdfText(path, 2);
    CHECK(second.contains(QStringLiteral("Durian (12.19.01.2004)")));
    CHECK(second.contains(QStringLiteral("Halaman 1 dari 2")));
    CHECK(!second.contains(QStringLiteral("Tiurma Sihombing")));
    CHECK(pdfText(path, 3).contains(QStringLiteral("Halaman 2 dari 2")));
    CHECK(pdfText(path, 4).contains(sheetText("No one living in this village is registered yet.")));
    CHECK(pdfText(path, 4).contains(QStringLiteral("Halaman 1 dari 1")));
}

TEST_CASE("No village is nothing to print, and no file is written", "[printouts][village-roster]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("tidak-ada.pdf"));
    try {
        saveVillageRostersPdf({}, path);
        FAIL("an empty list was printed");
    } catch (const PrintoutError& e) {
        CHECK(e.kind() == PrintoutErrorKind::NothingToPrint);
    }
    CHECK(!QFile::exists(path));
}

TEST_CASE("A 96-dpi printer gets the pages the PDF has", "[printouts][village-roster]")
{
    QPrinter printer(QPrinter::ScreenResolution);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printer.pdf")));
    CHECK(paintVillageRosters(printer, {durianRoster(80)}) == 3);
}

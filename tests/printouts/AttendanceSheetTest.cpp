// The daftar hadir of the Rakernis, printed to PDF and read back as the committee would read the paper.
#include "printouts/AttendanceSheet.h"

#include "CatchQt.h"
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PdfOutput.h"

#include <catch2/catch.hpp>
#include <cmath>

#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace relawas::printouts;
using namespace relawas::printouts::testing;

namespace {

// With a kop of two lines and a title and a place of one line each, the first page holds 22 rows, every further
// page 27, and the signature block needs the room of 5 rows under the last one.
constexpr int kFirstPageRows = 22;
constexpr int kOtherPageRows = 27;

QString savedSheet(const QTemporaryDir& dir, const AttendanceSheetData& data, const QString& name)
{
    const QString path = dir.filePath(name);
    saveAttendanceSheetPdf(data, path);
    return path;
}

// The numbers of the rows of a page's text that have nothing between the No column and the signature's number.
QStringList blankRowNumbers(const QString& text)
{
    static const QRegularExpression blankRow(QStringLiteral("^\\s*(\\d+)\\s+(\\d+)\\.\\s*\\.*\\s*$"),
                                             QRegularExpression::MultilineOption);
    QStringList numbers;
    for (auto it = blankRow.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1) == match.captured(2)) {
            numbers << match.captured(1);
        }
    }
    return numbers;
}

} // namespace

TEST_CASE("The Rakernis sheet of 60 participants and 5 spare rows is three A4 pages in Indonesian", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AttendanceSheetData data = rakernisAttendance(60, 5, false);
    const QString path = dir.filePath(QStringLiteral("daftar-hadir.pdf"));
    // 65 rows: 22 on the first page, 27 on the second, 16 and the signature block on the third.
    CHECK(saveAttendanceSheetPdf(data, path) == 3);

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == 3);
    CHECK(std::lround(info.widthPt) == 595);
    CHECK(std::lround(info.heightPt) == 842);
    CHECK(info.creator == QStringLiteral("Relawas"));
    CHECK(info.title.startsWith(QStringLiteral("Daftar hadir — Rakernis Pembentukan")));

    const QString first = pdfText(path, 1);
    for (const char* expected :
         {"BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BATU BARA", "DAFTAR HADIR",
          "Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif", "Hari/Tanggal",
          "Minggu, 15 September 2024", "Tempat", "Singapore City Hotel, Jln Lintas Sumatera, Kecamatan Sei Balai", "No",
          "Nama", "Unsur/Jabatan", "Tanda Tangan", "Halaman 1 dari 3"}) {
        INFO(expected);
        CHECK(first.contains(QString::fromUtf8(expected)));
    }
    CHECK(!first.contains(QStringLiteral("hari ke-")));
    CHECK(!first.contains(QStringLiteral("Panitia Pelaksana")));

    // Every page repeats the table's header and says where it stands; only the last has the signature block.
    for (int page = 2; page <= 3; ++page) {
        const QString text = pdfText(path, page);
        CHECK(text.contains(QStringLiteral("Tanda Tangan")));
        CHECK(text.contains(QStringLiteral("Unsur/Jabatan")));
        CHECK(text.contains(QStringLiteral("DAFTAR HADIR · Rakernis")));
        CHECK(text.contains(QStringLiteral("Halaman %1 dari 3").arg(page)));
    }
    const QString last = pdfText(path, 3);
    CHECK(last.contains(QStringLiteral("Panitia Pelaksana")));
    CHECK(last.contains(QStringLiteral("Sei Balai, 15 September 2024")));
    CHECK(!pdfText(path, 2).contains(QStringLiteral("Panitia Pelaksana")));

    // The names in the order given, each on the page the layout puts it on.
    const QString all = pdfText(path);
    qsizetype at = 0;
    for (const AttendanceRow& row : data.rows) {
        const qsizetype found = all.indexOf(row.name, at);
        INFO(row.name.toStdString());
        REQUIRE(found >= 0);
        at = found + row.name.size();
    }
    CHECK(first.contains(data.rows[kFirstPageRows - 1].name));
    CHECK(!first.contains(data.rows[kFirstPageRows].name));
    CHECK(pdfText(path, 2).contains(data.rows[kFirstPageRows].name));
    CHECK(pdfText(path, 3).contains(data.rows[kFirstPageRows + kOtherPageRows].name));

    // The spare rows go on numbering, blank; the blank sheet prints no time and no NIK-like number anywhere.
    CHECK(blankRowNumbers(last) == QStringList{QStringLiteral("61"), QStringLiteral("62"), QStringLiteral("63"),
                                               QStringLiteral("64"), QStringLiteral("65")});
    CHECK(!all.contains(QRegularExpression(QStringLiteral("\\b66\\."))));
    CHECK(!all.contains(QStringLiteral("Hadir ")));
    CHECK(!all.contains(QRegularExpression(QStringLiteral("\\d{16}"))));
}

TEST_CASE("With the check-in times filled in, who came is marked and the others stay blank to sign", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AttendanceSheetData data = rakernisAttendance(60, 5, true);
    const QString path = savedSheet(dir, data, QStringLiteral("terisi.pdf"));
    const QString all = pdfText(path);

    int checkedIn = 0;
    for (const AttendanceRow& row : data.rows) {
        if (!row.checkedInAt.isEmpty()) {
            ++checkedIn;
            INFO(row.checkedInAt.toStdString());
            CHECK(all.contains(QStringLiteral("Hadir %1").arg(row.checkedInAt)));
        }
    }
    CHECK(checkedIn == 20);
    CHECK(all.count(QStringLiteral("Hadir ")) == checkedIn);
    CHECK(all.contains(QStringLiteral("Hadir 07:30"))); // the first person, in row 1

    // The times stay inside the table, on the right half too, where "10. Hadir 07:39" is widest.
    const QString boxes =
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}));
    static const QRegularExpression timeBox(QStringLiteral("xMax=\"([\\d.]+)\"[^>]*>\\d\\d:\\d\\d</word>"));
    int times = 0;
    for (auto it = timeBox.globalMatch(boxes); it.hasNext(); ++times) {
        CHECK(it.next().captured(1).toDouble() < 195 / 25.4 * 72);
    }
    CHECK(times == checkedIn);

    // Row 2 has not checked in: its number stands before a dotted line, on the right half.
    CHECK(!all.contains(QRegularExpression(QStringLiteral("\\b2\\. Hadir"))));
    CHECK(all.contains(QRegularExpression(QStringLiteral("\\b1\\.\\s+Hadir 07:30"))));
}

TEST_CASE("A training of two days says which day the sheet is for", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AttendanceSheetData data = rakernisAttendance(5, 0, false);
    data.header.day = QDate(2024, 9, 16);
    data.header.dayNumber = 2;
    data.header.dayCount = 2;
    const QString text = pdfText(savedSheet(dir, data, QStringLiteral("hari-2.pdf")));
    CHECK(text.contains(QStringLiteral("Senin, 16 September 2024 (hari ke-2 dari 2)")));
    CHECK(text.contains(QStringLiteral("Halaman 1 dari 1")));
    CHECK(pdfInfo(dir.filePath(QStringLiteral("hari-2.pdf"))).pages == 1);
}

TEST_CASE("Long names wrap within their cell, too long ones are cut short, rows keep their height", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AttendanceSheetData data = rakernisAttendance(kFirstPageRows, 0, false);
    data.rows[0].name = QStringLiteral("Tengku Muhammad Rizky Syahputra Nasution Al Batubari"); // 52 characters
    data.rows[1].name = QStringLiteral("Raden Roro Ayu Kusumawardhani Puspitasari Hadiningrat Sastrodiningrat "
                                       "Wiryokusumo Notonegoro Mangkubumi");
    // The speakers and the committee say so under their position; the participants, the usual part, do not.
    data.rows[2].part = QStringLiteral("Narasumber");
    data.rows[2].role = QStringLiteral("Anggota Bawaslu Provinsi Sumatera Utara");
    const QString path = savedSheet(dir, data, QStringLiteral("nama-panjang.pdf"));
    // 22 rows and the block do not fit on the first page: the last row goes over with the block.
    CHECK(pdfInfo(path).pages == 2);

    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Tengku Muhammad Rizky")));
    CHECK(text.contains(QStringLiteral("Nasution Al Batubari")));
    CHECK(text.contains(QStringLiteral("Raden Roro Ayu")));
    CHECK(text.contains(QStringLiteral("…")));
    CHECK(!text.contains(QStringLiteral("Mangkubumi")));
    CHECK(text.contains(QStringLiteral("Narasumber")));
    CHECK(!text.contains(QStringLiteral("Peserta")));
    // Row 22 is the one that moved; the block never stands alone.
    const QString second = pdfText(path, 2);
    CHECK(second.contains(data.rows[kFirstPageRows - 1].name));
    CHECK(second.contains(QStringLiteral("Panitia Pelaksana")));
}

TEST_CASE("A longer head leaves the first page fewer rows, and none is cut by it", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AttendanceSheetData data = rakernisAttendance(30, 0, false);
    data.header.officeLines << QStringLiteral("Jalan Perintis Kemerdekaan No. 12, Lima Puluh");
    data.header.trainingTitle = QStringLiteral("Bimbingan Teknis Pengawasan Partisipatif bagi Anggota Panwascam, "
                                               "Panwaslu Kelurahan/Desa dan Pengawas TPS se-Kabupaten Batu Bara");
    data.header.venue = QStringLiteral("Aula Kantor Bawaslu Kabupaten Batu Bara, Jalan Perintis Kemerdekaan No. 12, "
                                       "Kelurahan Lima Puluh Kota, Kecamatan Lima Puluh");
    const QString path = savedSheet(dir, data, QStringLiteral("kop-panjang.pdf"));
    // Three kop lines and a title and a place of two lines each: the table starts 16.6 mm lower, 21 rows fit.
    CHECK(pdfInfo(path).pages == 2);
    const QString first = pdfText(path, 1);
    CHECK(first.contains(QStringLiteral("Jalan Perintis Kemerdekaan No. 12, Lima Puluh")));
    CHECK(first.simplified().contains(data.header.trainingTitle));
    CHECK(first.simplified().contains(QStringLiteral("Kelurahan Lima Puluh Kota, Kecamatan Lima Puluh")));
    CHECK(first.contains(data.rows[20].name));
    CHECK(!first.contains(data.rows[21].name));
    CHECK(pdfText(path, 2).contains(data.rows[21].name));
}

TEST_CASE("An empty sheet still prints the kop, the empty table and the block", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    AttendanceSheetData data = rakernisAttendance(0, 0, false);
    data.signingPlace.clear();
    const QString path = savedSheet(dir, data, QStringLiteral("kosong.pdf"));
    CHECK(pdfInfo(path).pages == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("DAFTAR HADIR")));
    CHECK(text.contains(QStringLiteral("Panitia Pelaksana")));
    CHECK(!text.contains(QStringLiteral("Sei Balai, 15 September"))); // no place and date over the block
}

namespace {

// The top-left corner of the first word that is exactly `word`, in points, from pdftotext's bounding boxes.
QPointF wordPosition(const QString& path, const QString& word)
{
    const QString html = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"),
                                              QStringLiteral("-l"), QStringLiteral("1"), path, QStringLiteral("-")}));
    const QRegularExpression box(QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>%1</word>")
                                     .arg(QRegularExpression::escape(word)));
    const auto match = box.match(html);
    return match.hasMatch() ? QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QPointF(-1, -1);
}

} // namespace

TEST_CASE("The sheet lies at the same place on the paper at 96 dpi as at 1200", "[printouts]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const AttendanceSheetData data = rakernisAttendance(30, 2, true);

    const QString fine = dir.filePath(QStringLiteral("1200.pdf"));
    CHECK(saveAttendanceSheetPdf(data, fine) == 2);

    // The GUI prints through a QPrinter; at screen resolution every length is rounded to a coarse pixel.
    const QString coarse = dir.filePath(QStringLiteral("96.pdf"));
    int pages = 0;
    {
        QPrinter printer(QPrinter::ScreenResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(coarse);
        pages = paintAttendanceSheet(printer, data);
    }
    CHECK(pages == 2);
    CHECK(pdfInfo(coarse).pages == 2);
    CHECK(std::lround(pdfInfo(coarse).heightPt) == 842);
    CHECK(pdfText(coarse) == pdfText(fine));

    for (const char* word : {"DAFTAR", "Halaman", "Nasution", "Tanda", "07:30"}) {
        INFO(word);
        const QPointF a = wordPosition(fine, QString::fromUtf8(word));
        const QPointF b = wordPosition(coarse, QString::fromUtf8(word));
        REQUIRE(a.x() > 0);
        CHECK(std::abs(a.x() - b.x()) < 0.2);
        CHECK(std::abs(a.y() - b.y()) < 0.2);
    }
    // The kop's first line is centred on the 175 mm between the margins of 20 and 15 mm.
    const QPointF kop = wordPosition(fine, QStringLiteral("BADAN"));
    CHECK(kop.y() > 15 / 25.4 * 72 - 1);
    CHECK(kop.y() < 21 / 25.4 * 72);
}

// The Laporan Pengawasan Partisipatif of Batu Bara printed to PDF and read back as Bawaslu would read it: the cover
// with the region and the period, the figures, every kecamatan in the table, the Rakernis with its attendance, the SK
// of Durian, the page numbers of the whole report on every page after the cover; no person's data, only counts.
#include "printouts/ProgrammeReport.h"

#include "CatchQt.h"
#include "PdfReadBack.h"
#include "PrintoutSamples.h"
#include "printouts/PdfOutput.h"
#include "printouts/PrintoutText.h"

#include <catch2/catch.hpp>
#include <cmath>

#include <QCoreApplication>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace relawas::printouts;
using namespace relawas::printouts::testing;

namespace {

// The report's words in the language loaded.
// A word of the report in the printouts' language: the painter's own words, else those of the report's helpers.
QString reportText(const char* source)
{
    const QString painted = QCoreApplication::translate("relawas::printouts::ReportPainter", source);
    return painted != QString::fromUtf8(source)
               ? painted
               : QCoreApplication::translate("relawas::printouts::ProgrammeReport", source);
}

// The text with each run of white space as one space: a title broken over two lines of a cell reads whole again.
QString flat(const QString& text)
{
    return text.simplified();
}

// The text in the order it was painted (pdftotext -raw): the lines of one cell follow each other, whatever stands
// beside them, so a training's title broken over three lines of its cell reads whole.
QString paintedText(const QString& path)
{
    return flat(
        QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")})));
}

} // namespace

TEST_CASE("The report of Batu Bara has a cover, the figures, the charts and the tables, and page numbers",
          "[printouts][programme-report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ProgrammeReportData data = batuBaraReport(6);
    const QString path = dir.filePath(QStringLiteral("laporan.pdf"));
    const int pages = saveProgrammeReportPdf(data, path);

    const PdfInfo info = pdfInfo(path);
    CHECK(info.pages == pages);
    CHECK(pages >= 3);
    CHECK(std::lround(info.widthPt) == 595);
    CHECK(std::lround(info.heightPt) == 842);
    CHECK(info.creator == QStringLiteral("Relawas"));
    CHECK(info.title.contains(QStringLiteral("Kabupaten Batu Bara")));

    SECTION("the cover names the report, the region, the period, who reports and when")
    {
        const QString cover = flat(pdfText(path, 1));
        CHECK(cover.contains(reportText("Participatory monitoring report")));
        CHECK(cover.contains(QStringLiteral("Kabupaten Batu Bara")));
        CHECK(cover.contains(QStringLiteral("KABUPATEN BATU BARA")));
        CHECK(cover.contains(dateRange(QDate(2024, 1, 1), QDate(2024, 11, 30))));
        CHECK(cover.contains(QStringLiteral("Bawaslu Kabupaten Batu Bara")));
        CHECK(cover.contains(longDate(QDate(2024, 12, 2))));
        // The cover has no page number; every other page has "Page X of Y" of the whole report, and the running head.
        CHECK_FALSE(cover.contains(pageOfPages(1, pages)));
        for (int page = 2; page <= pages; ++page) {
            const QString text = flat(pdfText(path, page));
            INFO("page " << page);
            CHECK(text.contains(pageOfPages(page, pages)));
            CHECK(text.contains(reportText("Participatory monitoring report")));
        }
    }
    SECTION("the figures, the charts' titles and the table per kecamatan")
    {
        const QString text = flat(pdfText(path));
        CHECK(text.contains(reportText("Summary figures")));
        CHECK(text.contains(reportText("Villages with a volunteer")));
        // "119 of 151 (78.8 %)", as the locale writes it.
        const QString withVolunteer =
            reportText("%1 of %2 (%3)")
                .arg(printoutLocale().toString(data.villagesWithVolunteer), printoutLocale().toString(data.villages),
                     reportText("%1 %").arg(printoutLocale().toString(
                         100.0 * double(data.villagesWithVolunteer) / double(data.villages), 'f', 1)));
        CHECK(text.contains(withVolunteer));
        CHECK(text.contains(reportText("Age pyramid of the volunteers")));
        CHECK(text.contains(reportText("Trainings per month")));
        CHECK(text.contains(reportText("Volunteers per %1 by gender").arg(QStringLiteral("kecamatan"))));
        CHECK(text.contains(reportText("Coverage per %1: villages with a volunteer").arg(QStringLiteral("kecamatan"))));
        for (const ProgrammeReportPart& part : data.parts) {
            INFO(part.name.toStdString());
            CHECK(text.count(part.name) >= 3); // two charts and the table
        }
        CHECK(text.contains(reportText("Total")));
    }
    SECTION("the trainings with their attendance, the programme villages with their SK and MoU")
    {
        const QString text = paintedText(path);
        CHECK(text.contains(QStringLiteral("Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif")));
        CHECK(text.contains(QStringLiteral("57 / 60")));
        CHECK(text.contains(reportText("%1 %").arg(printoutLocale().toString(95.0, 'f', 1))));
        CHECK(text.contains(QStringLiteral("045/PM.00.02/K.SU-19/08/2024")));
        CHECK(text.contains(longDate(QDate(2029, 8, 11))));
        CHECK(text.contains(QStringLiteral("Mesjid Lama")));
    }
    SECTION("no person's data: no NIK, no phone number")
    {
        const QString text = pdfText(path);
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d{16}"))));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\b08\\d{2}-?\\d{3,4}"))));
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\+62"))));
        CHECK_FALSE(text.contains(QChar(0x2022))); // not even a masked NIK
    }
}

TEST_CASE("Many trainings flow over pages, the table's header on each", "[printouts][programme-report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString shortPath = dir.filePath(QStringLiteral("short.pdf"));
    const QString longPath = dir.filePath(QStringLiteral("long.pdf"));
    const int shortPages = saveProgrammeReportPdf(batuBaraReport(3), shortPath);
    const int longPages = saveProgrammeReportPdf(batuBaraReport(120), longPath);
    CHECK(longPages > shortPages + 2);
    CHECK(pdfInfo(longPath).pages == longPages);
    int pagesWithHeader = 0;
    for (int page = 2; page <= longPages; ++page) {
        const QString text = flat(pdfText(longPath, page));
        CHECK(text.contains(pageOfPages(page, longPages)));
        pagesWithHeader += text.contains(reportText("Participants")) ? 1 : 0;
    }
    CHECK(pagesWithHeader >= longPages - shortPages);
    // The last training is printed, whole.
    const ProgrammeReportData data = batuBaraReport(120);
    CHECK(paintedText(longPath).contains(data.trainings.back().venue));
}

TEST_CASE("A region without volunteers or trainings still prints, saying so", "[printouts][programme-report]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ProgrammeReportData data = batuBaraReport(0);
    for (ProgrammeReportPart& part : data.parts) {
        part.men = part.women = part.genderNotRecorded = part.withVolunteer = 0;
    }
    data.ages.clear();
    data.programmeVillages.clear();
    data.from = {};
    data.to = {};
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    CHECK(saveProgrammeReportPdf(data, path) >= 2);
    const QString text = flat(pdfText(path));
    CHECK(text.contains(reportText("No volunteer is registered yet.")));
    CHECK(text.contains(reportText("No training is recorded in this period.")));
    CHECK(text.contains(reportText("No village of this region is in the programme yet.")));
    CHECK(text.contains(reportText("all records to date")));

    // The same painting on a printer as the GUI's preview will use.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printer.pdf")));
    CHECK(paintProgrammeReport(printer, data) == pdfInfo(path).pages);
}

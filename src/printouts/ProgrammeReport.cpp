#include "printouts/ProgrammeReport.h"

#include "printouts/PageCanvas.h"
#include "printouts/PrintoutText.h"

#include <algorithm>
#include <functional>

#include <QBuffer>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPdfWriter>

namespace relawas::printouts {

namespace {

// The page, in millimetres of A4 portrait, with the margins of the other printouts.
constexpr double kLeft = 20;
constexpr double kWidth = 175;
constexpr double kRight = kLeft + kWidth;
constexpr double kTop = 15;
constexpr double kBodyTop = 26; // under the running head
constexpr double kBodyBottom = 280;
constexpr double kFooterTop = 284;

constexpr double kHeadingHeight = 10;
constexpr double kFigurePitch = 6;
constexpr double kCellPadding = 1.5;
constexpr double kCellPitch = 3.5;
constexpr int kMostLines = 3; // of a cell's text, the last elided
constexpr double kMinRowHeight = 6;
constexpr double kHeaderRowHeight = 9;
constexpr double kSectionGap = 6;

const QColor kMen(0x2f, 0x6f, 0xa8);
const QColor kWomen(0xe0, 0x8a, 0x2e);
const QColor kNotRecorded(0xa8, 0xa8, 0xa8);
const QColor kAccent = kMen;
const QColor kHeaderFill(0xe6, 0xe6, 0xe6);
const QColor kGrid(0xd0, 0xd0, 0xd0);
const QColor kQuiet(0x55, 0x55, 0x55);

QString number(qint64 value)
{
    return printoutLocale().toString(value);
}

QString percent(double share)
{
    //: A share in per cent: "57,6 %"
    return QCoreApplication::translate("relawas::printouts::ProgrammeReport", "%1 %")
        .arg(printoutLocale().toString(share * 100, 'f', 1));
}

QString countOf(qint64 count, qint64 of)
{
    if (of <= 0) {
        return number(count);
    }
    //: "87 of 151 (57,6 %)"
    return QCoreApplication::translate("relawas::printouts::ProgrammeReport", "%1 of %2 (%3)")
        .arg(number(count), number(of), percent(double(count) / double(of)));
}

QString shareOf(qint64 count, qint64 of)
{
    return of <= 0 ? number(count) : QStringLiteral("%1 (%2)").arg(number(count), percent(double(count) / double(of)));
}

QString periodText(const QDate& from, const QDate& to)
{
    if (from.isValid() && to.isValid()) {
        return dateRange(from, to);
    }
    if (from.isValid()) {
        //: A period without an end: "sejak 1 Januari 2024"
        return QCoreApplication::translate("relawas::printouts::ProgrammeReport", "since %1").arg(longDate(from));
    }
    if (to.isValid()) {
        //: A period without a start: "sampai dengan 30 November 2024"
        return QCoreApplication::translate("relawas::printouts::ProgrammeReport", "until %1").arg(longDate(to));
    }
    //: The period of a report bounded on neither side
    return QCoreApplication::translate("relawas::printouts::ProgrammeReport", "all records to date");
}

QString reportTitle()
{
    //: The title of the report: "Laporan Pengawasan Partisipatif"
    return QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Participatory monitoring report");
}

struct Column
{
    double width;
    QString title;
    int align = Qt::AlignLeft;
    bool oneLine = false; // a number or a code: shrunk to one line rather than broken
};

// Paints the report from the cover on. Run once with `pages` 0 to count the pages, then again to paint them with
// "Page X of Y" right.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(relawas::printouts::ReportPainter)

public:
    ReportPainter(PageCanvas& canvas, const ProgrammeReportData& data, int pages)
        : m_canvas(canvas)
        , m_data(data)
        , m_pages(pages)
    {}

    int run()
    {
        paintCover();
        startPage();
        paintSummary();
        paintVolunteerChart();
        paintCoverageChart();
        paintAgePyramid();
        paintMonthChart();
        paintPartTable();
        paintTrainings();
        paintVillages();
        return m_page;
    }

private:
    void startPage()
    {
        m_canvas.newPage();
        ++m_page;
        m_y = kBodyTop;
        paintRunningHead();
        m_canvas.drawText(kLeft, kFooterTop, kWidth, 5, Qt::AlignCenter, sansFont(8),
                          pageOfPages(m_page, std::max(m_pages, m_page)), kQuiet);
    }

    // Room for `height` below the cursor, on a new page when this one has not.
    void ensure(double height)
    {
        if (m_y + height > kBodyBottom + 1e-9) {
            startPage();
        }
    }

    // A section's heading, kept on the page of what follows it (`following` millimetres of it).
    void heading(const QString& text, double following)
    {
        if (m_y > kBodyTop + 1e-9) {
            m_y += kSectionGap;
        }
        ensure(kHeadingHeight + following);
        m_canvas.drawText(kLeft, m_y, kWidth, 7, Qt::AlignLeft | Qt::AlignVCenter, sansFont(11.5, QFont::Bold),
                          m_canvas.fitLines(text, sansFont(11.5, QFont::Bold), kWidth, 1).value(0), kAccent);
        m_canvas.line(kLeft, m_y + 7.5, kRight, m_y + 7.5, 0.35, kAccent);
        m_y += kHeadingHeight;
    }

    void quietLine(const QString& text)
    {
        ensure(7);
        m_canvas.drawText(kLeft, m_y, kWidth, 6, Qt::AlignLeft | Qt::AlignVCenter, sansFont(9), text, kQuiet);
        m_y += 7;
    }

    void paintRunningHead()
    {
        const QFont bold = sansFont(8.5, QFont::Bold);
        const QFont plain = sansFont(8.5);
        const QString period = periodText(m_data.from, m_data.to);
        const double periodWidth = std::min(70.0, m_canvas.textWidth(plain, period) + 1);
        const QString title = QStringLiteral("%1 · %2").arg(reportTitle(), m_data.scopeName);
        m_canvas.drawText(kLeft, kTop, kWidth - periodWidth - 4, 5, Qt::AlignLeft | Qt::AlignVCenter, bold,
                          m_canvas.fitLines(title, bold, kWidth - periodWidth - 4, 1).value(0));
        m_canvas.drawText(kRight - periodWidth, kTop, periodWidth, 5, Qt::AlignRight | Qt::AlignVCenter, plain,
                          m_canvas.fitLines(period, plain, periodWidth, 1).value(0));
        m_canvas.line(kLeft, kTop + 6, kRight, kTop + 6, 0.2, kQuiet);
    }

    void paintCover()
    {
        ++m_page;
        double y = 25;
        const QFont kop = sansFont(12.5, QFont::Bold);
        for (const QString& line : m_data.kop) {
            m_canvas.drawText(kLeft, y, kWidth, 6.5, Qt::AlignCenter, kop,
                              m_canvas.fitLines(line, kop, kWidth, 1).value(0));
            y += 6.5;
        }
        m_canvas.line(kLeft, y + 2, kRight, y + 2, 0.8);
        m_canvas.line(kLeft, y + 3.2, kRight, y + 3.2, 0.25);

        y = 95;
        m_canvas.fill(kLeft, y, 4, 62, kAccent);
        const QFont title = sansFont(24, QFont::Bold);
        const QStringList titleLines = m_canvas.balancedLines(reportTitle(), title, kWidth - 12, 2);
        for (const QString& line : titleLines) {
            m_canvas.drawText(kLeft + 10, y, kWidth - 10, 12, Qt::AlignLeft | Qt::AlignVCenter, title, line);
            y += 12;
        }
        y += 6;
        const QFont scope = sansFont(16, QFont::Bold);
        m_canvas.drawText(kLeft + 10, y, kWidth - 10, 9, Qt::AlignLeft | Qt::AlignVCenter, scope,
                          m_canvas.fitLines(m_data.scopeName, scope, kWidth - 10, 1).value(0), kAccent);
        y += 11;
        const QFont plain = sansFont(12);
        //: The period of the report on its cover: "Periode: 1 Januari – 30 November 2024"
        m_canvas.drawText(kLeft + 10, y, kWidth - 10, 7, Qt::AlignLeft | Qt::AlignVCenter, plain,
                          QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Period: %1")
                              .arg(periodText(m_data.from, m_data.to)));

        y = 225;
        const QFont info = sansFont(10);
        const auto infoLine = [&](const QString& label, const QString& value) {
            m_canvas.drawText(kLeft, y, 48, 6, Qt::AlignLeft | Qt::AlignVCenter, info, label, kQuiet);
            m_canvas.drawText(kLeft + 48, y, kWidth - 48, 6, Qt::AlignLeft | Qt::AlignVCenter, info,
                              m_canvas.fitLines(value, info, kWidth - 48, 1).value(0));
            y += 6.5;
        };
        m_canvas.line(kLeft, y - 3, kRight, y - 3, 0.2, kQuiet);
        infoLine(QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Reported by"), m_data.officeName);
        infoLine(QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Printed on"),
                 longDate(m_data.printedOn));
        if (m_data.rolesOn.isValid()) {
            //: The day the volunteers' roles and ages are counted on (the election day)
            infoLine(QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Volunteers as of"),
                     longDate(m_data.rolesOn));
        }
        y += 4;
        m_canvas.drawText(kLeft, y, kWidth, 6, Qt::AlignLeft | Qt::AlignVCenter, sansFont(8.5),
                          QCoreApplication::translate("relawas::printouts::ProgrammeReport",
                                                      "Counts only: this report names no person."),
                          kQuiet);
    }

    void paintSummary()
    {
        struct Figure
        {
            QString label;
            QString value;
            bool detail = false; // a part of the figure above it, indented
        };
        std::vector<Figure> rows;
        rows.push_back({tr("Villages with a volunteer"), countOf(m_data.villagesWithVolunteer, m_data.villages)});
        rows.push_back({tr("Villages with a PKD"), countOf(m_data.villagesWithPkd, m_data.villages)});
        qint64 programme = 0;
        for (const auto& [stage, count] : m_data.programmeByStage) {
            programme += count;
        }
        rows.push_back({tr("Kampung Pengawasan villages"), number(programme)});
        for (const auto& [stage, count] : m_data.programmeByStage) {
            rows.push_back({stage, number(count), true});
        }
        rows.push_back({tr("Volunteers"), number(m_data.volunteers)});
        rows.push_back({tr("Women"), shareOf(m_data.women, m_data.volunteers), true});
        rows.push_back({tr("First-time voters"), shareOf(m_data.firstTimeVoters, m_data.volunteers), true});
        rows.push_back({tr("With a disability"), shareOf(m_data.withDisability, m_data.volunteers), true});
        rows.push_back({tr("Trainings held in the period"), number(m_data.trainingsHeld)});
        //: The attendance of the trainings: participant-days present over those expected
        rows.push_back(
            {tr("Attendance"), m_data.attendanceRate ? percent(*m_data.attendanceRate) : QStringLiteral("–")});
        rows.push_back({tr("People trained"), number(m_data.peopleTrained)});

        heading(tr("Summary figures"), kFigurePitch * 3);
        const QFont label = sansFont(10);
        const QFont value = sansFont(10, QFont::Bold);
        for (std::size_t i = 0; i < rows.size(); ++i) {
            ensure(kFigurePitch);
            if (i % 2 == 0) {
                m_canvas.fill(kLeft, m_y, kWidth, kFigurePitch, QColor(0xf3, 0xf5, 0xf8));
            }
            const double indent = rows[i].detail ? 8 : 2;
            m_canvas.drawText(kLeft + indent, m_y, 97 - indent, kFigurePitch, Qt::AlignLeft | Qt::AlignVCenter, label,
                              m_canvas.fitLines(rows[i].label, label, 97 - indent, 1).value(0),
                              rows[i].detail ? kQuiet : QColor(Qt::black));
            m_canvas.drawText(kLeft + 100, m_y, kWidth - 102, kFigurePitch, Qt::AlignLeft | Qt::AlignVCenter, value,
                              rows[i].value);
            m_y += kFigurePitch;
        }
    }

    // The pitch of one bar of a chart of `count` bars, smaller for many so the chart keeps to about a page.
    static double barPitch(std::size_t count) { return count <= 16 ? 6 : std::max(3.0, 110.0 / double(count)); }

    void legend(const std::vector<std::pair<QColor, QString>>& entries)
    {
        const QFont font = sansFont(8);
        double x = kLeft + 40;
        for (const auto& [color, text] : entries) {
            m_canvas.fill(x, m_y + 1.5, 3, 3, color);
            m_canvas.drawText(x + 4.5, m_y, 60, 6, Qt::AlignLeft | Qt::AlignVCenter, font, text);
            x += 4.5 + m_canvas.textWidth(font, text) + 8;
        }
        m_y += 7;
    }

    void paintVolunteerChart()
    {
        const auto& parts = m_data.parts;
        const double pitch = barPitch(parts.size());
        //: Chart title: "Relawan per kecamatan menurut jenis kelamin"
        heading(QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Volunteers per %1 by gender")
                    .arg(m_data.partTitle.toLower()),
                7 + pitch * double(std::min<std::size_t>(parts.size(), 8)));
        qint64 most = 0;
        bool anyNotRecorded = false;
        for (const ProgrammeReportPart& part : parts) {
            most = std::max(most, part.men + part.women + part.genderNotRecorded);
            anyNotRecorded = anyNotRecorded || part.genderNotRecorded > 0;
        }
        if (most == 0) {
            quietLine(
                QCoreApplication::translate("relawas::printouts::ProgrammeReport", "No volunteer is registered yet."));
            return;
        }
        std::vector<std::pair<QColor, QString>> entries{
            {kMen, QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Men")},
            {kWomen, QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Women")}};
        if (anyNotRecorded) {
            entries.emplace_back(kNotRecorded, QCoreApplication::translate("relawas::printouts::ProgrammeReport",
                                                                           "Gender not recorded"));
        }
        legend(entries);
        constexpr double labelWidth = 40;
        constexpr double valueWidth = 14;
        const double barWidth = kWidth - labelWidth - valueWidth - 2;
        const QFont font = sansFont(pitch >= 5 ? 8 : 6);
        for (const ProgrammeReportPart& part : parts) {
            ensure(pitch);
            m_canvas.drawText(kLeft, m_y, labelWidth - 2, pitch, Qt::AlignRight | Qt::AlignVCenter, font,
                              m_canvas.fitLines(part.name, font, labelWidth - 2, 1).value(0));
            double x = kLeft + labelWidth;
            for (const auto& [count, color] : {std::pair{part.men, kMen}, std::pair{part.women, kWomen},
                                               std::pair{part.genderNotRecorded, kNotRecorded}}) {
                const double width = barWidth * double(count) / double(most);
                if (width > 0) {
                    m_canvas.fill(x, m_y + pitch * 0.15, width, pitch * 0.7, color);
                }
                x += width;
            }
            const qint64 total = part.men + part.women + part.genderNotRecorded;
            m_canvas.drawText(x + 1.5, m_y, valueWidth, pitch, Qt::AlignLeft | Qt::AlignVCenter, font, number(total));
            m_y += pitch;
        }
    }

    void paintCoverageChart()
    {
        const auto& parts = m_data.parts;
        const double pitch = barPitch(parts.size());
        //: Chart title: "Cakupan per kecamatan: desa dengan relawan"
        heading(QCoreApplication::translate("relawas::printouts::ProgrammeReport",
                                            "Coverage per %1: villages with a volunteer")
                    .arg(m_data.partTitle.toLower()),
                pitch * double(std::min<std::size_t>(parts.size(), 8)) + 6);
        constexpr double labelWidth = 40;
        constexpr double valueWidth = 16;
        const double barWidth = kWidth - labelWidth - valueWidth - 2;
        const QFont font = sansFont(pitch >= 5 ? 8 : 6);
        const double top = m_y;
        for (const ProgrammeReportPart& part : parts) {
            if (m_y + pitch > kBodyBottom - 5) {
                scale(top, labelWidth, barWidth);
                startPage();
            }
            const double share = part.villages > 0 ? double(part.withVolunteer) / double(part.villages) : 0;
            m_canvas.drawText(kLeft, m_y, labelWidth - 2, pitch, Qt::AlignRight | Qt::AlignVCenter, font,
                              m_canvas.fitLines(part.name, font, labelWidth - 2, 1).value(0));
            m_canvas.fill(kLeft + labelWidth, m_y + pitch * 0.15, barWidth, pitch * 0.7, QColor(0xee, 0xee, 0xee));
            if (share > 0) {
                m_canvas.fill(kLeft + labelWidth, m_y + pitch * 0.15, barWidth * share, pitch * 0.7, kAccent);
            }
            m_canvas.drawText(kLeft + labelWidth + barWidth + 2.5, m_y, valueWidth, pitch,
                              Qt::AlignLeft | Qt::AlignVCenter, font,
                              QStringLiteral("%1 %").arg(printoutLocale().toString(qRound(share * 100))));
            m_y += pitch;
        }
        scale(top, labelWidth, barWidth);
    }

    // The 0, 50 and 100 % marks under a coverage chart.
    void scale(double top, double labelWidth, double barWidth)
    {
        const QFont font = sansFont(6.5);
        for (const int mark : {0, 50, 100}) {
            const double x = kLeft + labelWidth + barWidth * mark / 100.0;
            m_canvas.line(x, std::max(top, kBodyTop), x, m_y + 1, 0.15, kQuiet);
            m_canvas.drawText(x - 8, m_y + 1, 16, 4, Qt::AlignCenter, font, QStringLiteral("%1 %").arg(mark), kQuiet);
        }
        m_y += 5;
    }

    void paintAgePyramid()
    {
        const auto& bands = m_data.ages;
        constexpr double pitch = 5.5;
        //: Chart title: the volunteers by age band and gender
        heading(QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Age pyramid of the volunteers"),
                7 + pitch * double(bands.size()));
        ensure(7 + pitch * double(bands.size()));
        qint64 most = 0;
        for (const ProgrammeReportAgeBand& band : bands) {
            most = std::max({most, band.men, band.women});
        }
        if (most == 0) {
            quietLine(
                QCoreApplication::translate("relawas::printouts::ProgrammeReport", "No volunteer is registered yet."));
            return;
        }
        constexpr double centre = kLeft + kWidth / 2;
        constexpr double labelWidth = 24;
        constexpr double valueWidth = 12;
        constexpr double half = kWidth / 2 - labelWidth / 2 - valueWidth;
        const QFont font = sansFont(8);
        const QFont bold = sansFont(8.5, QFont::Bold);
        m_canvas.drawText(centre - labelWidth / 2 - half, m_y, half, 6, Qt::AlignRight | Qt::AlignVCenter, bold,
                          QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Men"), kMen);
        m_canvas.drawText(centre + labelWidth / 2, m_y, half, 6, Qt::AlignLeft | Qt::AlignVCenter, bold,
                          QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Women"), kWomen);
        m_y += 7;
        // The oldest on top, as a pyramid stands; those of unknown age under it.
        std::vector<const ProgrammeReportAgeBand*> order;
        for (auto band = bands.rbegin(); band != bands.rend(); ++band) {
            if (!band->unknownAge) {
                order.push_back(&*band);
            }
        }
        for (const ProgrammeReportAgeBand& band : bands) {
            if (band.unknownAge && band.men + band.women > 0) {
                order.push_back(&band);
            }
        }
        for (const ProgrammeReportAgeBand* band : order) {
            const double men = half * double(band->men) / double(most);
            const double women = half * double(band->women) / double(most);
            m_canvas.drawText(centre - labelWidth / 2, m_y, labelWidth, pitch, Qt::AlignCenter, font, band->label);
            if (men > 0) {
                m_canvas.fill(centre - labelWidth / 2 - men, m_y + 0.6, men, pitch - 1.2, kMen);
            }
            if (women > 0) {
                m_canvas.fill(centre + labelWidth / 2, m_y + 0.6, women, pitch - 1.2, kWomen);
            }
            m_canvas.drawText(centre - labelWidth / 2 - men - valueWidth - 1, m_y, valueWidth, pitch,
                              Qt::AlignRight | Qt::AlignVCenter, font, number(band->men));
            m_canvas.drawText(centre + labelWidth / 2 + women + 1, m_y, valueWidth, pitch,
                              Qt::AlignLeft | Qt::AlignVCenter, font, number(band->women));
            m_y += pitch;
        }
    }

    // Every month from the first to the last with a training, those without at 0 (at most four years of them).
    std::vector<ProgrammeReportMonth> monthsToShow() const
    {
        const auto& months = m_data.months;
        if (months.empty()) {
            return {};
        }
        const QDate first = months.front().month;
        const QDate last = months.back().month;
        const int span = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
        if (span > 48) {
            return months;
        }
        std::vector<ProgrammeReportMonth> all;
        auto next = months.begin();
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            qint64 count = 0;
            for (; next != months.end() && next->month <= month; ++next) {
                if (next->month == month) {
                    count = next->trainings;
                }
            }
            all.push_back({month, count});
        }
        return all;
    }

    void paintMonthChart()
    {
        constexpr double chartHeight = 40;
        constexpr double labelHeight = 8;
        heading(QCoreApplication::translate("relawas::printouts::ProgrammeReport", "Trainings per month"),
                chartHeight + labelHeight + 6);
        const std::vector<ProgrammeReportMonth> months = monthsToShow();
        qint64 most = 0;
        for (const ProgrammeReportMonth& month : months) {
            most = std::max(most, month.trainings);
        }
        if (most == 0) {
            quietLine(QCoreApplication::translate("relawas::printouts::ProgrammeReport",
                                                  "No training is recorded in this period."));
            return;
        }
        const double top = m_y + 5; // room for the count over the tallest bar
        const double base = top + chartHeight;
        const double slot = std::min(18.0, kWidth / double(months.size()));
        const double barWidth = slot * 0.6;
        const QFont font = sansFont(slot >= 8 ? 7.5 : 5.5);
        const QLocale locale = printoutLocale();
        for (std::size_t i = 0; i < months.size(); ++i) {
            const double x = kLeft + slot * double(i);
            const double height = chartHeight * double(months[i].trainings) / double(most);
            if (height > 0) {
                m_canvas.fill(x + (slot - barWidth) / 2, base - height, barWidth, height, kAccent);
                m_canvas.drawText(x, base - height - 4.5, slot, 4.5, Qt::AlignCenter, font,
                                  number(months[i].trainings));
            }
            m_canvas.drawText(x, base + 0.5, slot, 3.8, Qt::AlignCenter, font,
                              locale.toString(months[i].month, QStringLiteral("MMM")));
            m_canvas.drawText(x, base + 4, slot, 3.8, Qt::AlignCenter, font,
                              locale.toString(months[i].month, QStringLiteral("yyyy")), kQuiet);
        }
        m_canvas.line(kLeft, base, kLeft + slot * double(months.size()), base, 0.3);
        m_y = base + labelHeight + 1;
    }

    // A table whose header repeats on each page; a row (its cells up to two lines) is never split. `totals`, when not
    // empty, is a last row in bold.
    void table(const std::vector<Column>& columns, const std::vector<QStringList>& rows, const QStringList& totals = {})
    {
        const QFont font = sansFont(7.5);
        const QFont bold = sansFont(7.5, QFont::Bold);
        const QFont headerFont = sansFont(7, QFont::Bold);
        const auto lines = [&](const QStringList& cells, const QFont& cellFont) {
            std::vector<QStringList> broken;
            std::vector<QFont> fonts;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const QString cell = cells.value(qsizetype(c));
                const double width = columns[c].width - 2 * kCellPadding;
                fonts.push_back(columns[c].oneLine ? m_canvas.shrinkToFit(cell, cellFont, width, 1, 5) : cellFont);
                broken.push_back(m_canvas.fitLines(cell, fonts.back(), width, columns[c].oneLine ? 1 : kMostLines));
            }
            return std::pair{broken, fonts};
        };
        const auto heightOf = [](const std::vector<QStringList>& cells) {
            qsizetype most = 1;
            for (const QStringList& cell : cells) {
                most = std::max(most, cell.size());
            }
            return std::max(kMinRowHeight, kCellPitch * double(most) + 2.2);
        };
        double top = 0;
        const auto header = [&] {
            top = m_y;
            m_canvas.fill(kLeft, m_y, kWidth, kHeaderRowHeight, kHeaderFill);
            double x = kLeft;
            for (const Column& column : columns) {
                // A long word shrinks the title rather than break within itself.
                const double width = column.width - 2 * kCellPadding;
                const QFont titleFont = m_canvas.shrinkToFit(column.title, headerFont, width, 2, 5.5);
                const QStringList title = m_canvas.balancedLines(column.title, titleFont, width, 2);
                double y = m_y + (kHeaderRowHeight - kCellPitch * double(title.size())) / 2;
                for (const QString& line : title) {
                    m_canvas.drawText(x + kCellPadding, y, width, kCellPitch, Qt::AlignCenter, titleFont, line);
                    y += kCellPitch;
                }
                x += column.width;
            }
            m_y += kHeaderRowHeight;
        };
        const auto frame = [&] {
            double x = kLeft;
            for (std::size_t c = 0; c + 1 < columns.size(); ++c) {
                x += columns[c].width;
                m_canvas.line(x, top, x, m_y, 0.2);
            }
            m_canvas.line(kLeft, top + kHeaderRowHeight, kRight, top + kHeaderRowHeight, 0.35);
            m_canvas.frame(kLeft, top, kWidth, m_y - top, 0.35);
        };
        const auto row = [&](const QStringList& cells, const QFont& cellFont, bool filled) {
            const auto [broken, fonts] = lines(cells, cellFont);
            const double height = heightOf(broken);
            if (m_y + height > kBodyBottom + 1e-9) {
                frame();
                startPage();
                header();
            }
            if (filled) {
                m_canvas.fill(kLeft, m_y, kWidth, height, QColor(0xf3, 0xf5, 0xf8));
            }
            double x = kLeft;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                double y = m_y + (height - kCellPitch * double(broken[c].size())) / 2;
                for (const QString& line : broken[c]) {
                    m_canvas.drawText(x + kCellPadding, y, columns[c].width - 2 * kCellPadding, kCellPitch,
                                      columns[c].align | Qt::AlignVCenter, fonts[c], line);
                    y += kCellPitch;
                }
                x += columns[c].width;
            }
            m_y += height;
            m_canvas.line(kLeft, m_y, kRight, m_y, 0.15, kGrid);
        };
        ensure(kHeaderRowHeight + kMinRowHeight * 2);
        header();
        for (const QStringList& cells : rows) {
            row(cells, font, false);
        }
        if (!totals.isEmpty()) {
            row(totals, bold, true);
        }
        frame();
    }

    void paintPartTable()
    {
        //: The heading of the table per kecamatan: "Rekapitulasi per kecamatan"
        heading(tr("Figures per %1").arg(m_data.partTitle.toLower()), kHeaderRowHeight + kMinRowHeight * 2);
        const std::vector<Column> columns{
            {35, m_data.partTitle},
            {16, tr("Villages"), Qt::AlignRight},
            {19, tr("With a volunteer"), Qt::AlignRight},
            {19, tr("Without a volunteer"), Qt::AlignRight},
            {19, tr("Without a PKD"), Qt::AlignRight},
            {25, tr("Kampung Pengawasan"), Qt::AlignRight},
            //: Volunteers who are men: "Relawan L"
            {21, tr("Volunteers M"), Qt::AlignRight},
            //: Volunteers who are women: "Relawan P"
            {21, tr("Volunteers F"), Qt::AlignRight},
        };
        std::vector<QStringList> rows;
        ProgrammeReportPart sum;
        for (const ProgrammeReportPart& part : m_data.parts) {
            rows.push_back({part.name, number(part.villages), number(part.withVolunteer),
                            number(part.villages - part.withVolunteer), number(part.villages - part.withPkd),
                            number(part.programmeVillages), number(part.men), number(part.women)});
            sum.villages += part.villages;
            sum.withVolunteer += part.withVolunteer;
            sum.withPkd += part.withPkd;
            sum.programmeVillages += part.programmeVillages;
            sum.men += part.men;
            sum.women += part.women;
        }
        table(columns, rows,
              {tr("Total"), number(sum.villages), number(sum.withVolunteer), number(sum.villages - sum.withVolunteer),
               number(sum.villages - sum.withPkd), number(sum.programmeVillages), number(sum.men), number(sum.women)});
    }

    void paintTrainings()
    {
        heading(tr("Trainings and their attendance"), kHeaderRowHeight + kMinRowHeight * 2);
        if (m_data.trainings.empty()) {
            quietLine(tr("No training is recorded in this period."));
            return;
        }
        const std::vector<Column> columns{
            {41, tr("Training")},
            {17, tr("Kind")},
            {28, tr("Dates")},
            {28, tr("Place")},
            {19, tr("Participants"), Qt::AlignRight},
            //: Participant-days present over those expected: "Hadir/seharusnya (orang-hari)"
            {23, tr("Present / expected days"), Qt::AlignRight},
            {19, tr("Attendance"), Qt::AlignRight},
        };
        std::vector<QStringList> rows;
        for (const ProgrammeReportTrainingRow& training : m_data.trainings) {
            rows.push_back({training.title, training.kind, dateRange(training.startDate, training.endDate),
                            training.venue, number(training.participants),
                            QStringLiteral("%1 / %2").arg(number(training.presentDays), number(training.expectedDays)),
                            training.attendanceRate ? percent(*training.attendanceRate) : QStringLiteral("–")});
        }
        table(columns, rows);
    }

    void paintVillages()
    {
        heading(tr("Kampung Pengawasan Partisipatif villages"), kHeaderRowHeight + kMinRowHeight * 2);
        if (m_data.programmeVillages.empty()) {
            quietLine(tr("No village of this region is in the programme yet."));
            return;
        }
        const std::vector<Column> columns{
            {30, tr("District")}, {32, tr("Village")},   {26, tr("Stage")}, {33, tr("SK number"), Qt::AlignLeft, true},
            {27, tr("SK date")},  {27, tr("MoU until")},
        };
        std::vector<QStringList> rows;
        const auto date = [](const QDate& day) { return day.isValid() ? longDate(day) : QString(); };
        for (const ProgrammeReportVillageRow& village : m_data.programmeVillages) {
            rows.push_back({village.kecamatanName, village.villageName, village.stage, village.skNumber,
                            date(village.skDate), date(village.mouEndDate)});
        }
        table(columns, rows);
    }

    PageCanvas& m_canvas;
    const ProgrammeReportData& m_data;
    int m_pages;
    int m_page = 0;
    double m_y = kBodyTop;
};

} // namespace

int paintProgrammeReport(QPagedPaintDevice& device, const ProgrammeReportData& data)
{
    int pages = 0;
    {
        // The pages counted first on a PDF thrown away, for "Page X of Y".
        QBuffer scratch;
        scratch.open(QIODevice::WriteOnly);
        QPdfWriter counting(&scratch);
        PageCanvas canvas(counting, QPageLayout::Portrait);
        pages = ReportPainter(canvas, data, 0).run();
    }
    PageCanvas canvas(device, QPageLayout::Portrait);
    return ReportPainter(canvas, data, pages).run();
}

} // namespace relawas::printouts

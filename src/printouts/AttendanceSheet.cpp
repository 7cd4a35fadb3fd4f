#include "printouts/AttendanceSheet.h"

#include "printouts/AttendanceLayout.h"
#include "printouts/PageCanvas.h"
#include "printouts/PrintoutText.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QCoreApplication>
#include <QHash>
#include <QPagedPaintDevice>

namespace relawas::printouts {

namespace {

// The page, in millimetres of A4 portrait: a wider margin on the left, where the sheets are stapled or filed.
constexpr double kLeft = 20;
constexpr double kWidth = 175;
constexpr double kRight = kLeft + kWidth;
constexpr double kTop = 15;
constexpr double kTableBottom = 280;
constexpr double kFooterTop = 284;
constexpr double kHeaderRowHeight = 10;
constexpr double kRowHeight = 9; // room for a signature, and for two lines of a long name
constexpr double kSignatureBlockHeight = 40;
constexpr double kContinuedTableTop = 24; // under the one-line running head of the pages after the first

constexpr double kOfficePitch = 6.2;
constexpr double kKopRuleHeight = 6.7; // the double rule under the kop, with the space around it
constexpr double kHeadingHeight = 6.5; // DAFTAR HADIR
constexpr double kTitlePitch = 5.2;
constexpr double kInfoPitch = 5.2;
constexpr double kInfoLabelWidth = 28;
constexpr int kMaxOfficeLines = 4;
constexpr double kCellPadding = 1.5;
constexpr double kCellPitch = 3.6;

const QColor kHeaderFill(0xe6, 0xe6, 0xe6);
const QColor kQuiet(0x55, 0x55, 0x55);

struct Column
{
    double width;
    const char* title;
};

const std::array<Column, 5> kColumns{{
    //: The column of the row numbers: "No"
    {10, QT_TRANSLATE_NOOP("relawas::printouts::AttendanceSheet", "No")},
    {52, QT_TRANSLATE_NOOP("relawas::printouts::AttendanceSheet", "Name")},
    {38, QT_TRANSLATE_NOOP("relawas::printouts::AttendanceSheet", "Unit/Position")},
    {35, QT_TRANSLATE_NOOP("relawas::printouts::AttendanceSheet", "Origin (District/Village)")},
    {40, QT_TRANSLATE_NOOP("relawas::printouts::AttendanceSheet", "Signature")},
}};

double columnLeft(std::size_t column)
{
    double x = kLeft;
    for (std::size_t i = 0; i < column; ++i) {
        x += kColumns[i].width;
    }
    return x;
}

// The first page's head, measured once: its lines decide where the table starts, and so how many rows fit.
struct FirstHead
{
    QStringList officeLines;
    QStringList titleLines;
    QString dayLine;
    QStringList venueLines;
    double tableTop = 0;
};

QString dayText(const SheetHeader& header)
{
    QString text = dayAndDate(header.day);
    if (header.dayCount > 1) {
        //: After the date when a training lasts more than one day: "(hari ke-1 dari 2)"
        text += QStringLiteral(" (%1)").arg(
            QCoreApplication::translate("relawas::printouts::AttendanceSheet", "day %1 of %2")
                .arg(header.dayNumber)
                .arg(header.dayCount));
    }
    return text;
}

FirstHead measureFirstHead(const PageCanvas& canvas, const SheetHeader& header)
{
    FirstHead head;
    head.officeLines = header.officeLines.mid(0, kMaxOfficeLines);
    head.titleLines = canvas.balancedLines(header.trainingTitle, sansFont(11, QFont::Bold), kWidth, 2);
    head.dayLine = dayText(header);
    head.venueLines = canvas.fitLines(header.venue, sansFont(10), kWidth - kInfoLabelWidth - 3, 2);

    double y = kTop + kOfficePitch * double(head.officeLines.size());
    y += kKopRuleHeight + kHeadingHeight;
    y += kTitlePitch * double(head.titleLines.size()) + 3;
    y += kInfoPitch * double(1 + head.venueLines.size()) + 4;
    head.tableTop = y;
    return head;
}

void paintFirstHead(PageCanvas& canvas, const FirstHead& head)
{
    double y = kTop;
    const QFont office = sansFont(12.5, QFont::Bold);
    for (const QString& line : head.officeLines) {
        canvas.drawText(kLeft, y, kWidth, kOfficePitch, Qt::AlignCenter, office, line);
        y += kOfficePitch;
    }
    // The kop's double rule, thick over thin, as on the letterhead of an Indonesian office.
    canvas.line(kLeft, y + 1.2, kRight, y + 1.2, 0.6);
    canvas.line(kLeft, y + 2.2, kRight, y + 2.2, 0.2);
    y += kKopRuleHeight;

    canvas.drawText(kLeft, y, kWidth, kHeadingHeight, Qt::AlignCenter, sansFont(13, QFont::Bold),
                    QCoreApplication::translate("relawas::printouts::AttendanceSheet", "ATTENDANCE LIST"));
    y += kHeadingHeight;
    const QFont title = sansFont(11, QFont::Bold);
    for (const QString& line : head.titleLines) {
        canvas.drawText(kLeft, y, kWidth, kTitlePitch, Qt::AlignCenter, title, line);
        y += kTitlePitch;
    }
    y += 3;

    const QFont info = sansFont(10);
    const auto infoLine = [&](const QString& label, const QStringList& values) {
        canvas.drawText(kLeft, y, kInfoLabelWidth, kInfoPitch, Qt::AlignLeft | Qt::AlignVCenter, info, label);
        canvas.drawText(kLeft + kInfoLabelWidth, y, 3, kInfoPitch, Qt::AlignLeft | Qt::AlignVCenter, info,
                        QStringLiteral(":"));
        for (const QString& value : values) {
            canvas.drawText(kLeft + kInfoLabelWidth + 3, y, kWidth - kInfoLabelWidth - 3, kInfoPitch,
                            Qt::AlignLeft | Qt::AlignVCenter, info, value);
            y += kInfoPitch;
        }
    };
    infoLine(QCoreApplication::translate("relawas::printouts::AttendanceSheet", "Day/Date"), {head.dayLine});
    infoLine(QCoreApplication::translate("relawas::printouts::AttendanceSheet", "Venue"), head.venueLines);
}

// The pages after the first say, in one line, which sheet they belong to, should they come apart.
void paintRunningHead(PageCanvas& canvas, const SheetHeader& header)
{
    const QFont bold = sansFont(8.5, QFont::Bold);
    const QFont plain = sansFont(8.5);
    const QString day = dayText(header);
    const double dayWidth = canvas.textWidth(plain, day) + 1;
    const QString title = QStringLiteral("%1 · %2").arg(
        QCoreApplication::translate("relawas::printouts::AttendanceSheet", "ATTENDANCE LIST"), header.trainingTitle);
    canvas.drawText(kLeft, kTop, kWidth - dayWidth - 4, 5, Qt::AlignLeft | Qt::AlignVCenter, bold,
                    canvas.fitLines(title, bold, kWidth - dayWidth - 4, 1).value(0));
    canvas.drawText(kRight - dayWidth, kTop, dayWidth, 5, Qt::AlignRight | Qt::AlignVCenter, plain, day);
    canvas.line(kLeft, kTop + 6, kRight, kTop + 6, 0.2, kQuiet);
}

void paintTableHeader(PageCanvas& canvas, double top)
{
    canvas.fill(kLeft, top, kWidth, kHeaderRowHeight, kHeaderFill);
    const QFont font = sansFont(8.5, QFont::Bold);
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        const double width = kColumns[i].width - 2 * kCellPadding;
        const QStringList lines = canvas.fitLines(
            QCoreApplication::translate("relawas::printouts::AttendanceSheet", kColumns[i].title), font, width, 2);
        double y = top + (kHeaderRowHeight - kCellPitch * double(lines.size())) / 2;
        for (const QString& line : lines) {
            canvas.drawText(columnLeft(i) + kCellPadding, y, width, kCellPitch, Qt::AlignCenter, font, line);
            y += kCellPitch;
        }
    }
}

struct CellLine
{
    QFont font;
    QString text;
    QColor color = Qt::black;
};

// Up to two lines of text, centred in the row's height.
void paintCellLines(PageCanvas& canvas, double x, double top, double width, const QList<CellLine>& lines)
{
    double y = top + (kRowHeight - kCellPitch * double(lines.size())) / 2;
    for (const CellLine& line : lines) {
        canvas.drawText(x + kCellPadding, y, width - 2 * kCellPadding, kCellPitch, Qt::AlignLeft | Qt::AlignVCenter,
                        line.font, line.text, line.color);
        y += kCellPitch;
    }
}

QList<CellLine> wrapped(const PageCanvas& canvas, const QString& text, const QFont& font, double width)
{
    QList<CellLine> lines;
    for (const QString& line : canvas.fitLines(text, font, width - 2 * kCellPadding, 2)) {
        lines.append({font, line});
    }
    return lines;
}

// The signature cell, staggered as on Indonesian forms: odd numbers sign on the left, even ones on the right, so
// neighbours' signatures do not run into each other. With the check-in time, "Hadir 08:12" takes the place of the
// dotted line.
void paintSignatureCell(PageCanvas& canvas, int number, double top, const QString& checkedInAt, bool fillTimes)
{
    const double width = kColumns[4].width;
    const bool odd = number % 2 == 1;
    double left = columnLeft(4) + (odd ? kCellPadding : width * 0.4);
    const double right = odd ? columnLeft(4) + width * 0.6 : kRight - kCellPadding;
    const double baseline = top + kRowHeight - 2.2;
    const QFont font = sansFont(8);
    const QString numberText = QStringLiteral("%1.").arg(number);
    const double numberWidth = canvas.textWidth(font, numberText) + 0.8;

    const bool present = fillTimes && !checkedInAt.isEmpty();
    const QFont timeFont = sansFont(8, QFont::Bold);
    const QString time =
        present ? QCoreApplication::translate("relawas::printouts::AttendanceSheet", "Present %1").arg(checkedInAt)
                : QString();
    if (present) {
        // On the right half the time ends at the cell's edge rather than run over it.
        left = std::min(left, kRight - kCellPadding - numberWidth - canvas.textWidth(timeFont, time));
    }
    canvas.drawText(left, baseline - 4, numberWidth, 4, Qt::AlignLeft | Qt::AlignBottom, font, numberText);
    if (present) {
        canvas.drawText(left + numberWidth, baseline - 4, kRight - left - numberWidth, 4,
                        Qt::AlignLeft | Qt::AlignBottom, timeFont, time);
        return;
    }
    QPen dots(Qt::black, canvas.px(0.25));
    dots.setDashPattern({0.1, 3});
    dots.setCapStyle(Qt::RoundCap);
    canvas.painter().setPen(dots);
    canvas.painter().drawLine(canvas.point(left + numberWidth, baseline), canvas.point(right, baseline));
}

void paintRow(PageCanvas& canvas, int number, double top, const AttendanceRow* row, bool fillTimes,
              const QString& usualPart)
{
    const QFont text = sansFont(8.5);
    canvas.drawText(kLeft, top, kColumns[0].width, kRowHeight, Qt::AlignCenter, text, QString::number(number));
    if (row != nullptr) {
        paintCellLines(canvas, columnLeft(1), top, kColumns[1].width,
                       wrapped(canvas, row->name, text, kColumns[1].width));
        // The part (Narasumber, Panitia) under the position, smaller, where it is not the sheet's usual one and the
        // position does not say it already.
        QList<CellLine> position;
        if (row->part.isEmpty() || row->part == usualPart || row->part == row->role) {
            position = wrapped(canvas, row->role, text, kColumns[2].width);
        } else {
            const QFont small = sansFont(7, QFont::Normal);
            const double width = kColumns[2].width - 2 * kCellPadding;
            if (!row->role.isEmpty()) {
                position.append({text, canvas.fitLines(row->role, text, width, 1).value(0)});
            }
            position.append({small, canvas.fitLines(row->part, small, width, 1).value(0), kQuiet});
        }
        paintCellLines(canvas, columnLeft(2), top, kColumns[2].width, position);
        paintCellLines(canvas, columnLeft(3), top, kColumns[3].width,
                       wrapped(canvas, row->origin, text, kColumns[3].width));
    }
    paintSignatureCell(canvas, number, top, row != nullptr ? row->checkedInAt : QString(), fillTimes);
}

void paintGrid(PageCanvas& canvas, double top, int rows)
{
    const double bottom = top + kHeaderRowHeight + kRowHeight * rows;
    for (int i = 1; i <= rows; ++i) {
        const double y = top + kHeaderRowHeight + kRowHeight * i;
        if (i < rows) {
            canvas.line(kLeft, y, kRight, y, 0.2);
        }
    }
    canvas.line(kLeft, top + kHeaderRowHeight, kRight, top + kHeaderRowHeight, 0.35);
    for (std::size_t i = 1; i < kColumns.size(); ++i) {
        canvas.line(columnLeft(i), top, columnLeft(i), bottom, 0.2);
    }
    canvas.frame(kLeft, top, kWidth, bottom - top, 0.35);
}

void paintSignatureBlock(PageCanvas& canvas, const AttendanceSheetData& data, double top)
{
    constexpr double kBlockWidth = 70;
    const double x = kRight - kBlockWidth;
    const QFont font = sansFont(10);
    double y = top + 6;
    if (!data.signingPlace.isEmpty()) {
        canvas.drawText(x, y, kBlockWidth, 5, Qt::AlignCenter, font,
                        QStringLiteral("%1, %2").arg(data.signingPlace, longDate(data.header.day)));
    }
    y += 5;
    canvas.drawText(x, y, kBlockWidth, 5, Qt::AlignCenter, font,
                    QCoreApplication::translate("relawas::printouts::AttendanceSheet", "Organising Committee"));
    y += 5 + 18;
    canvas.drawText(x, y, kBlockWidth, 5, Qt::AlignCenter, font, QStringLiteral("(%1)").arg(QString(34, u'.')));
}

void paintFooter(PageCanvas& canvas, int page, int pages)
{
    canvas.drawText(kLeft, kFooterTop, kWidth, 5, Qt::AlignCenter, sansFont(8), pageOfPages(page, pages), kQuiet);
}

// The part most of the sheet's people have: said once by the sheet's purpose, not on every row.
QString usualPartOf(const std::vector<AttendanceRow>& rows)
{
    QHash<QString, int> counts;
    QString usual;
    for (const AttendanceRow& row : rows) {
        const int count = ++counts[row.part];
        if (count > counts.value(usual) || (count == counts.value(usual) && row.part < usual)) {
            usual = row.part;
        }
    }
    return usual;
}

int rowsBetween(double top, double bottom)
{
    return int(std::floor((bottom - top) / kRowHeight + 1e-9));
}

} // namespace

int paintAttendanceSheet(QPagedPaintDevice& device, const AttendanceSheetData& data)
{
    PageCanvas canvas(device, QPageLayout::Portrait);
    const FirstHead head = measureFirstHead(canvas, data.header);
    const int people = int(data.rows.size());
    const QString usualPart = usualPartOf(data.rows);
    const int total = people + std::max(data.spareRows, 0);
    const int signatureRows = int(std::ceil(kSignatureBlockHeight / kRowHeight));
    const std::vector<AttendancePage> pages =
        planAttendancePages(total, rowsBetween(head.tableTop + kHeaderRowHeight, kTableBottom),
                            rowsBetween(kContinuedTableTop + kHeaderRowHeight, kTableBottom), signatureRows);

    for (std::size_t p = 0; p < pages.size(); ++p) {
        const AttendancePage& page = pages[p];
        if (p > 0) {
            canvas.newPage();
        }
        double top = kContinuedTableTop;
        if (p == 0) {
            paintFirstHead(canvas, head);
            top = head.tableTop;
        } else {
            paintRunningHead(canvas, data.header);
        }
        paintTableHeader(canvas, top);
        for (int i = 0; i < page.rowCount; ++i) {
            const int index = page.firstRow + i;
            const AttendanceRow* row = index < people ? &data.rows[std::size_t(index)] : nullptr;
            paintRow(canvas, index + 1, top + kHeaderRowHeight + kRowHeight * i, row, data.fillTimes, usualPart);
        }
        paintGrid(canvas, top, page.rowCount);
        if (page.signature) {
            paintSignatureBlock(canvas, data, top + kHeaderRowHeight + kRowHeight * page.rowCount);
        }
        paintFooter(canvas, int(p) + 1, int(pages.size()));
    }
    return int(pages.size());
}

} // namespace relawas::printouts

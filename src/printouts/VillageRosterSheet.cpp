#include "printouts/VillageRosterSheet.h"

#include "printouts/PageCanvas.h"
#include "printouts/PrintoutText.h"

#include <algorithm>
#include <array>
#include <map>

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace relawas::printouts {

namespace {

// The page, in millimetres of A4 portrait, with the attendance sheet's margins: the wider one on the left for filing.
constexpr double kLeft = 20;
constexpr double kWidth = 175;
constexpr double kRight = kLeft + kWidth;
constexpr double kTop = 15;
constexpr double kTableBottom = 280;
constexpr double kFooterTop = 284;
constexpr double kContinuedTableTop = 24; // under the one-line running head of a village's further pages

constexpr double kTitleHeight = 8;
constexpr double kVillageLineHeight = 6.5;
constexpr double kRuleHeight = 5;
constexpr double kInfoPitch = 5;
constexpr double kInfoLabelWidth = 40;
constexpr double kHeaderRowHeight = 8;
constexpr double kCellPadding = 1.5;
constexpr double kCellPitch = 3.6;
constexpr double kMinRowHeight = 7;
constexpr double kEmptyRowHeight = 12;
constexpr int kMostLinesInCell = 3;
constexpr double kSmallestDigits = 6; // points: a phone or a masked NIK shrinks to fit rather than lose a digit

const QColor kHeaderFill(0xe6, 0xe6, 0xe6);
const QColor kQuiet(0x55, 0x55, 0x55);

enum Column : std::size_t
{
    Number,
    Name,
    Gender,
    Roles,
    Phone,
    Nik
};

struct ColumnSpec
{
    double width;
    const char* title;
};

const std::array<ColumnSpec, 6> kColumns{{
    //: The column of the row numbers: "No."
    {9, QT_TRANSLATE_NOOP("relawas::printouts::VillageRosterSheet", "No.")},
    {44, QT_TRANSLATE_NOOP("relawas::printouts::VillageRosterSheet", "Name")},
    //: The gender column, one letter per person: "L/P" (laki-laki, perempuan)
    {10, QT_TRANSLATE_NOOP("relawas::printouts::VillageRosterSheet", "M/F")},
    {53, QT_TRANSLATE_NOOP("relawas::printouts::VillageRosterSheet", "Roles")},
    {28, QT_TRANSLATE_NOOP("relawas::printouts::VillageRosterSheet", "Phone")},
    //: The column of the masked NIK (only its last four digits show)
    {31, QT_TRANSLATE_NOOP("relawas::printouts::VillageRosterSheet", "NIK")},
}};

double columnLeft(std::size_t column)
{
    double x = kLeft;
    for (std::size_t i = 0; i < column; ++i) {
        x += kColumns[i].width;
    }
    return x;
}

double textWidthOf(std::size_t column)
{
    return kColumns[column].width - 2 * kCellPadding;
}

QFont cellFont()
{
    return sansFont(8);
}

// "Ditetapkan (SK) · SK 300/12/2024 tanggal 1 Agustus 2024 · MoU s.d. 31 Juli 2029", or that it is not in it: the
// parts of the status, each said whole.
QStringList programmeParts(const VillageRosterHeader& header)
{
    if (header.programmeStage.isEmpty()) {
        return {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "Not in the programme")};
    }
    QStringList parts{header.programmeStage};
    if (!header.skNumber.isEmpty() && header.skDate.isValid()) {
        //: The decree of a Kampung Pengawasan: "SK 300/12/2024 tanggal 1 Agustus 2024"
        parts << QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "SK %1 of %2")
                     .arg(header.skNumber, longDate(header.skDate));
    } else if (!header.skNumber.isEmpty()) {
        parts << QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "SK %1").arg(header.skNumber);
    } else if (header.skDate.isValid()) {
        parts << QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "SK of %1")
                     .arg(longDate(header.skDate));
    }
    if (header.mouEndDate.isValid()) {
        //: The end of the MoU with the village government: "MoU s.d. 31 Juli 2029"
        parts << QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "MoU until %1")
                     .arg(longDate(header.mouEndDate));
    }
    return parts;
}

// The parts on at most two lines, broken between parts where they allow it rather than within one.
QStringList partsOnLines(const PageCanvas& canvas, const QStringList& parts, const QFont& font, double width)
{
    const QString separator = QStringLiteral(" · ");
    QStringList lines;
    QString current;
    for (const QString& part : parts) {
        const QString longer = current.isEmpty() ? part : current + separator + part;
        if (current.isEmpty() || canvas.fits(longer, font, width, 1)) {
            current = longer;
        } else {
            lines << current;
            current = part;
        }
    }
    lines << current;
    const auto oneLine = [&](const QString& line) { return canvas.fits(line, font, width, 1); };
    if (lines.size() > 2 || !std::all_of(lines.begin(), lines.end(), oneLine)) {
        return canvas.fitLines(parts.join(separator), font, width, 2);
    }
    return lines;
}

// "12 (L 7, P 5)": how many, and how many of each gender recorded.
QString peopleText(const std::vector<VillageRosterRow>& rows)
{
    std::map<QString, int> genders;
    for (const VillageRosterRow& row : rows) {
        if (!row.gender.isEmpty()) {
            ++genders[row.gender];
        }
    }
    QStringList parts;
    for (const auto& [gender, count] : genders) {
        parts << QStringLiteral("%1 %2").arg(gender).arg(count);
    }
    const QString count = QString::number(rows.size());
    return parts.isEmpty() ? count : QStringLiteral("%1 (%2)").arg(count, parts.join(QStringLiteral(", ")));
}

QString printedText(const VillageRosterHeader& header)
{
    const QString printed = longDate(header.printedOn);
    if (!header.rolesOn.isValid() || header.rolesOn == header.printedOn) {
        return printed;
    }
    //: When the roles are counted on another day (the election day): "15 September 2024 (peran per 27 November 2024)"
    return QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "%1 (roles as of %2)")
        .arg(printed, longDate(header.rolesOn));
}

// The first page's head of a village, measured once: its lines decide where the table starts.
struct FirstHead
{
    QString title;
    QString villageLine;
    std::vector<std::pair<QString, QStringList>> info; // label, lines of the value
    double tableTop = 0;
};

FirstHead measureFirstHead(const PageCanvas& canvas, const VillageRosterSheetData& data)
{
    const VillageRosterHeader& header = data.header;
    const QFont info = sansFont(9.5);
    const double valueWidth = kWidth - kInfoLabelWidth - 3;
    const auto withCode = [](const QString& name, const QString& code) {
        return code.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, code);
    };
    FirstHead head;
    //: The title of the printout: "Daftar Relawan Desa"
    head.title = QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "Village volunteer roster");
    head.villageLine = header.villageName.toUpper();
    head.info = {
        {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "Village"),
         canvas.fitLines(withCode(header.villageName, header.villageCode), info, valueWidth, 1)},
        {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "District"),
         canvas.fitLines(withCode(header.kecamatanName, header.kecamatanCode), info, valueWidth, 1)},
        {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "Regency/City"),
         canvas.fitLines(header.kabupatenName, info, valueWidth, 1)},
        //: The label of the village's programme status: "Kampung Pengawasan"
        {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "Kampung Pengawasan"),
         partsOnLines(canvas, programmeParts(header), info, valueWidth)},
        {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "People"), {peopleText(data.rows)}},
        {QCoreApplication::translate("relawas::printouts::VillageRosterSheet", "Printed"),
         canvas.fitLines(printedText(header), info, valueWidth, 1)},
    };
    double y = kTop + kTitleHeight + kVillageLineHeight + kRuleHeight;
    for (const auto& [label, lines] : head.info) {
        y += kInfoPitch * double(std::max<qsizetype>(lines.size(), 1));
    }
    head.tableTop = y + 4;
    return head;
}

void paintFirstHead(PageCanvas& canvas, const FirstHead& head)
{
    double y = kTop;
    canvas.drawText(kLeft, y, kWidth, kTitleHeight, Qt::AlignCenter, sansFont(15, QFont::Bold), head.title);
    y += kTitleHeight;
    const QFont villageFont = sansFont(12, QFont::Bold);
    canvas.drawText(kLeft, y, kWidth, kVillageLineHeight, Qt::AlignCenter, villageFont,
                    canvas.fitLines(head.villageLine, villageFont, kWidth, 1).value(0));
    y += kVillageLineHeight;
    canvas.line(kLeft, y + 1.2, kRight, y + 1.2, 0.6);
    canvas.line(kLeft, y + 2.2, kRight, y + 2.2, 0.2);
    y += kRuleHeight;

    const QFont info = sansFont(9.5);
    for (const auto& [label, lines] : head.info) {
        canvas.drawText(kLeft, y, kInfoLabelWidth, kInfoPitch, Qt::AlignLeft | Qt::AlignVCenter, info, label);
        canvas.drawText(kLeft + kInfoLabelWidth, y, 3, kInfoPitch, Qt::AlignLeft | Qt::AlignVCenter, info,
                        QStringLiteral(":"));
        for (const QString& line : lines) {
            canvas.drawText(kLeft + kInfoLabelWidth + 3, y, kWidth - kInfoLabelWidth - 3, kInfoPitch,
                            Qt::AlignLeft | Qt::AlignVCenter, info, line);
            y += kInfoPitch;
        }
    }
}

// The pages after a village's first say, in one line, which village they belong to, should they come apart.
void paintRunningHead(PageCanvas& canvas, const VillageRosterHeader& header)
{
    const QFont bold = sansFont(8.5, QFont::Bold);
    const QFont plain = sansFont(8.5);
    const double codeWidth = canvas.textWidth(plain, header.villageCode) + 1;
    //: The running head of a roster's further pages: "Daftar Relawan Desa · Durian, Kec. Medang Deras"
    const QString title = QCoreApplication::translate("relawas::printouts::VillageRosterSheet",
                                                      "Village volunteer roster · %1, District %2")
                              .arg(header.villageName, header.kecamatanName);
    canvas.drawText(kLeft, kTop, kWidth - codeWidth - 4, 5, Qt::AlignLeft | Qt::AlignVCenter, bold,
                    canvas.fitLines(title, bold, kWidth - codeWidth - 4, 1).value(0));
    canvas.drawText(kRight - codeWidth, kTop, codeWidth, 5, Qt::AlignRight | Qt::AlignVCenter, plain,
                    header.villageCode);
    canvas.line(kLeft, kTop + 6, kRight, kTop + 6, 0.2, kQuiet);
}

void paintTableHeader(PageCanvas& canvas, double top)
{
    canvas.fill(kLeft, top, kWidth, kHeaderRowHeight, kHeaderFill);
    const QFont font = sansFont(8.5, QFont::Bold);
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        canvas.drawText(
            columnLeft(i) + kCellPadding, top, textWidthOf(i), kHeaderRowHeight, Qt::AlignCenter, font,
            canvas
                .fitLines(QCoreApplication::translate("relawas::printouts::VillageRosterSheet", kColumns[i].title),
                          font, textWidthOf(i), 1)
                .value(0));
    }
}

// A row as it will be painted: its cells broken into lines, and so its height.
struct RowLayout
{
    QStringList name;
    QStringList roles;
    QFont phoneFont;
    QFont nikFont;
    double height = kMinRowHeight;
};

RowLayout layoutRow(const PageCanvas& canvas, const VillageRosterRow& row)
{
    const QFont font = cellFont();
    RowLayout layout;
    layout.name = canvas.fitLines(row.name, font, textWidthOf(Name), kMostLinesInCell);
    layout.roles = canvas.fitLines(row.roles, font, textWidthOf(Roles), kMostLinesInCell);
    layout.phoneFont = canvas.shrinkToFit(row.phone, font, textWidthOf(Phone), 1, kSmallestDigits);
    layout.nikFont = canvas.shrinkToFit(row.maskedNik, font, textWidthOf(Nik), 1, kSmallestDigits);
    const auto lines = std::max({layout.name.size(), layout.roles.size(), qsizetype(1)});
    layout.height = std::max(kMinRowHeight, kCellPitch * double(lines) + 2.6);
    return layout;
}

void paintCellLines(PageCanvas& canvas, std::size_t column, double top, double height, const QStringList& lines,
                    const QFont& font, int flags = Qt::AlignLeft)
{
    double y = top + (height - kCellPitch * double(lines.size())) / 2;
    for (const QString& line : lines) {
        canvas.drawText(columnLeft(column) + kCellPadding, y, textWidthOf(column), kCellPitch, flags | Qt::AlignVCenter,
                        font, line);
        y += kCellPitch;
    }
}

void paintRow(PageCanvas& canvas, int number, double top, const VillageRosterRow& row, const RowLayout& layout)
{
    const QFont font = cellFont();
    const double height = layout.height;
    paintCellLines(canvas, Number, top, height, {QString::number(number)}, font, Qt::AlignHCenter);
    paintCellLines(canvas, Name, top, height, layout.name, font);
    paintCellLines(canvas, Gender, top, height, {row.gender}, font, Qt::AlignHCenter);
    paintCellLines(canvas, Roles, top, height, layout.roles, font);
    // Digits are never elided: the font shrank to fit them instead.
    canvas.drawText(columnLeft(Phone) + kCellPadding, top, textWidthOf(Phone), height, Qt::AlignLeft | Qt::AlignVCenter,
                    layout.phoneFont, row.phone);
    canvas.drawText(columnLeft(Nik) + kCellPadding, top, textWidthOf(Nik), height, Qt::AlignLeft | Qt::AlignVCenter,
                    layout.nikFont, row.maskedNik);
}

// The rows of one page of a village, as indexes into its rows.
struct Page
{
    std::size_t first = 0;
    std::size_t count = 0;
};

// Fills each page with as many whole rows as it holds. A village without rows still has one page.
std::vector<Page> planPages(const std::vector<RowLayout>& rows, double firstRoom, double otherRoom)
{
    std::vector<Page> pages;
    std::size_t next = 0;
    do {
        const double room = pages.empty() ? firstRoom : otherRoom;
        Page page{next, 0};
        double used = 0;
        while (next < rows.size() && (page.count == 0 || used + rows[next].height <= room + 1e-9)) {
            used += rows[next].height;
            ++page.count;
            ++next;
        }
        pages.push_back(page);
    } while (next < rows.size());
    return pages;
}

void paintGrid(PageCanvas& canvas, double top, const std::vector<double>& rowBottoms)
{
    const double bottom = rowBottoms.empty() ? top + kHeaderRowHeight : rowBottoms.back();
    for (std::size_t i = 0; i + 1 < rowBottoms.size(); ++i) {
        canvas.line(kLeft, rowBottoms[i], kRight, rowBottoms[i], 0.2);
    }
    canvas.line(kLeft, top + kHeaderRowHeight, kRight, top + kHeaderRowHeight, 0.35);
    for (std::size_t i = 1; i < kColumns.size(); ++i) {
        canvas.line(columnLeft(i), top, columnLeft(i), bottom, 0.2);
    }
    canvas.frame(kLeft, top, kWidth, bottom - top, 0.35);
}

void paintEmptyTable(PageCanvas& canvas, double top)
{
    const double rowTop = top + kHeaderRowHeight;
    canvas.drawText(kLeft, rowTop, kWidth, kEmptyRowHeight, Qt::AlignCenter, sansFont(9, QFont::Normal),
                    QCoreApplication::translate("relawas::printouts::VillageRosterSheet",
                                                "No one living in this village is registered yet."),
                    kQuiet);
    canvas.line(kLeft, top + kHeaderRowHeight, kRight, top + kHeaderRowHeight, 0.35);
    canvas.frame(kLeft, top, kWidth, kHeaderRowHeight + kEmptyRowHeight, 0.35);
}

void paintFooter(PageCanvas& canvas, int page, int pages)
{
    canvas.drawText(kLeft, kFooterTop, kWidth, 5, Qt::AlignCenter, sansFont(8), pageOfPages(page, pages), kQuiet);
}

// Paints one village from the page the canvas stands on; returns its number of pages.
int paintVillage(PageCanvas& canvas, const VillageRosterSheetData& data)
{
    const FirstHead head = measureFirstHead(canvas, data);
    std::vector<RowLayout> layouts;
    layouts.reserve(data.rows.size());
    for (const VillageRosterRow& row : data.rows) {
        layouts.push_back(layoutRow(canvas, row));
    }
    const std::vector<Page> pages = planPages(layouts, kTableBottom - head.tableTop - kHeaderRowHeight,
                                              kTableBottom - kContinuedTableTop - kHeaderRowHeight);
    for (std::size_t p = 0; p < pages.size(); ++p) {
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
        if (data.rows.empty()) {
            paintEmptyTable(canvas, top);
        } else {
            std::vector<double> bottoms;
            double y = top + kHeaderRowHeight;
            for (std::size_t i = pages[p].first; i < pages[p].first + pages[p].count; ++i) {
                paintRow(canvas, int(i) + 1, y, data.rows[i], layouts[i]);
                y += layouts[i].height;
                bottoms.push_back(y);
            }
            paintGrid(canvas, top, bottoms);
        }
        paintFooter(canvas, int(p) + 1, int(pages.size()));
    }
    return int(pages.size());
}

} // namespace

int paintVillageRosters(QPagedPaintDevice& device, const std::vector<VillageRosterSheetData>& villages)
{
    if (villages.empty()) {
        return 0;
    }
    PageCanvas canvas(device, QPageLayout::Portrait);
    int pages = 0;
    for (const VillageRosterSheetData& village : villages) {
        if (pages > 0) {
            canvas.newPage();
        }
        pages += paintVillage(canvas, village);
    }
    return pages;
}

} // namespace relawas::printouts

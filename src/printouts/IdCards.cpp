#include "printouts/IdCards.h"

#include "printouts/PageCanvas.h"
#include "printouts/PrintoutText.h"
#include "printouts/QrCode.h"

#include <algorithm>

#include <QCoreApplication>
#include <QPagedPaintDevice>

namespace relawas::printouts {

namespace {

// ID-1 cards with room between them for the cut marks, centred on A4 portrait.
constexpr double kCardWidth = 85.6;
constexpr double kCardHeight = 54;
constexpr double kGutter = 8;
constexpr int kColumns = 2;
constexpr double kPageWidth = 210;
constexpr double kPageHeight = 297;
constexpr double kGridLeft = (kPageWidth - kColumns * kCardWidth - (kColumns - 1) * kGutter) / 2;
constexpr double kGridTop = (kPageHeight - 4 * kCardHeight - 3 * kGutter) / 2;

// Within a card.
constexpr double kPadding = 3.5;
constexpr double kStripHeight = 14;
constexpr double kBandHeight = 8;
constexpr double kQrModule = 0.85; // 29 modules with the quiet zone: 24.7 mm, read easily by a phone's camera
constexpr double kQrSide = kQrModule * (21 + 2 * kQrQuietZone);
constexpr double kQrRight = 1.5;
constexpr double kCodeHeight = 3.4; // the grouped code under the QR code, clear of its quiet zone
constexpr double kQrTop = kStripHeight + (kCardHeight - kStripHeight - kBandHeight - kQrSide - kCodeHeight) / 2;

constexpr double kCutMarkGap = 1;
constexpr double kCutMarkLength = 2.5;

const QColor kAccent(0x1f, 0x5a, 0xa6);
const QColor kQuiet(0x55, 0x55, 0x55);
const QColor kCardEdge(0xb8, 0xb8, 0xb8);

QRectF idCardQrRect(const QPointF& card)
{
    return {card.x() + kCardWidth - kQrRight - kQrSide, card.y() + kQrTop, kQrSide, kQrSide};
}

double pitchOf(const QFont& font)
{
    return font.pointSizeF() * 25.4 / 72 * 1.22;
}

// At each corner, two short lines on the extensions of the card's edges, kept off the card so no mark shows on it.
void paintCutMarks(PageCanvas& canvas, const QRectF& card)
{
    const double inner = kCutMarkGap;
    const double outer = kCutMarkGap + kCutMarkLength;
    for (const double x : {card.left(), card.right()}) {
        for (const double y : {card.top(), card.bottom()}) {
            const double dx = x == card.left() ? -1 : 1;
            const double dy = y == card.top() ? -1 : 1;
            canvas.line(x + dx * inner, y, x + dx * outer, y, 0.15);
            canvas.line(x, y + dy * inner, x, y + dy * outer, 0.15);
        }
    }
}

void paintCard(PageCanvas& canvas, const IdCardData& card, const QRectF& area)
{
    const double x = area.left();
    const double y = area.top();

    canvas.fill(x, y, kCardWidth, kStripHeight, kAccent);
    const QFont office = sansFont(7.5, QFont::Bold);
    canvas.drawText(x + kPadding, y + 1.6, kCardWidth - 2 * kPadding, 4, Qt::AlignLeft | Qt::AlignVCenter, office,
                    canvas.fitLines(card.officeLine, office, kCardWidth - 2 * kPadding, 1).value(0), Qt::white);
    const QFont title = sansFont(6.2);
    double lineY = y + 5.9;
    for (const QString& line : canvas.balancedLines(card.trainingTitle, title, kCardWidth - 2 * kPadding, 2)) {
        canvas.drawText(x + kPadding, lineY, kCardWidth - 2 * kPadding, 3.2, Qt::AlignLeft | Qt::AlignVCenter, title,
                        line, Qt::white);
        lineY += 3.2;
    }

    // The body between the strip and the band: the text on the left and the QR code on the right, each centred in
    // its height.
    const double bodyTop = y + kStripHeight;
    const double bodyHeight = kCardHeight - kStripHeight - kBandHeight;
    const double textWidth = kCardWidth - kPadding - kQrRight - kQrSide - 1.5;
    QFont label = sansFont(6.3, QFont::Bold);
    label.setLetterSpacing(QFont::PercentageSpacing, 105);
    // The name on one line when it fits at a size read at arm's length, else as large as two lines allow.
    QFont name = canvas.shrinkToFit(card.name, sansFont(13, QFont::Bold), textWidth, 1, 10);
    if (!canvas.fits(card.name, name, textWidth, 1)) {
        name = canvas.shrinkToFit(card.name, sansFont(13, QFont::Bold), textWidth, 2, 8);
    }
    const QStringList nameLines = canvas.fitLines(card.name, name, textWidth, 2);
    const QFont detail = sansFont(7.5);
    const QStringList roleLines = canvas.fitLines(card.role, detail, textWidth, 2);
    const double textHeight =
        4.2 + pitchOf(name) * double(nameLines.size()) + 1.2 + pitchOf(detail) * double(roleLines.size() + 1);

    double textY = bodyTop + std::max((bodyHeight - textHeight) / 2, 1.5);
    canvas.drawText(x + kPadding, textY, textWidth, 3.5, Qt::AlignLeft | Qt::AlignVCenter, label,
                    QCoreApplication::translate("relawas::printouts::IdCards", "PARTICIPANT CARD"), kAccent);
    textY += 4.2;
    for (const QString& line : nameLines) {
        canvas.drawText(x + kPadding, textY, textWidth, pitchOf(name), Qt::AlignLeft | Qt::AlignVCenter, name, line);
        textY += pitchOf(name);
    }
    textY += 1.2;
    for (const QString& line : roleLines) {
        canvas.drawText(x + kPadding, textY, textWidth, pitchOf(detail), Qt::AlignLeft | Qt::AlignVCenter, detail,
                        line);
        textY += pitchOf(detail);
    }
    canvas.drawText(x + kPadding, textY, textWidth, pitchOf(detail), Qt::AlignLeft | Qt::AlignVCenter, detail,
                    canvas.fitLines(card.origin, detail, textWidth, 1).value(0), kQuiet);

    // The card's code, and nothing else, in the QR code; the same code under it for when no phone reads it.
    const QRectF qr = idCardQrRect(area.topLeft());
    paintQrCode(canvas.painter(), qrMatrix(card.cardCode), canvas.rect(qr.x(), qr.y(), qr.width(), qr.height()));
    QFont code = sansFont(7.5, QFont::Bold);
    code.setFamilies({QStringLiteral("DejaVu Sans Mono")});
    code.setStyleHint(QFont::Monospace);
    canvas.drawText(qr.x(), qr.bottom(), qr.width(), kCodeHeight, Qt::AlignHCenter | Qt::AlignTop, code,
                    groupedCardCode(card.cardCode));

    const double bandTop = y + kCardHeight - kBandHeight;
    canvas.fill(x, bandTop, kCardWidth, kBandHeight, kAccent);
    QFont part = sansFont(10, QFont::Bold);
    part.setLetterSpacing(QFont::PercentageSpacing, 105);
    canvas.drawText(x, bandTop, kCardWidth, kBandHeight, Qt::AlignCenter, part,
                    canvas.fitLines(printoutLocale().toUpper(card.part), part, kCardWidth - 2 * kPadding, 1).value(0),
                    Qt::white);

    canvas.frame(x, y, kCardWidth, kCardHeight, 0.2, kCardEdge);
}

void paintPageHead(PageCanvas& canvas, const IdCardData& first, int page, int pages)
{
    const QFont font = sansFont(8);
    const double top = kGridTop - 14;
    const QString title = QStringLiteral("%1 · %2").arg(
        QCoreApplication::translate("relawas::printouts::IdCards", "PARTICIPANT CARD"), first.trainingTitle);
    const QString hint = QCoreApplication::translate("relawas::printouts::IdCards", "Cut along the marks.");
    const double hintWidth = canvas.textWidth(font, hint) + 1;
    const double width = kColumns * kCardWidth + kGutter;
    const QFont bold = sansFont(8, QFont::Bold);
    canvas.drawText(kGridLeft, top, width - hintWidth - 4, 5, Qt::AlignLeft | Qt::AlignVCenter, bold,
                    canvas.fitLines(title, bold, width - hintWidth - 4, 1).value(0), kQuiet);
    canvas.drawText(kGridLeft + width - hintWidth, top, hintWidth, 5, Qt::AlignRight | Qt::AlignVCenter, font, hint,
                    kQuiet);
    canvas.drawText(kGridLeft, kPageHeight - kGridTop + 9, width, 5, Qt::AlignCenter, font, pageOfPages(page, pages),
                    kQuiet);
}

} // namespace

QRectF idCardRect(int slot)
{
    const int column = slot % kColumns;
    const int row = slot / kColumns;
    return {kGridLeft + column * (kCardWidth + kGutter), kGridTop + row * (kCardHeight + kGutter), kCardWidth,
            kCardHeight};
}

QRectF idCardQrRect(int slot)
{
    return idCardQrRect(idCardRect(slot).topLeft());
}

QString groupedCardCode(const QString& code)
{
    QStringList groups;
    for (qsizetype i = 0; i < code.size(); i += 4) {
        groups << code.mid(i, 4);
    }
    return groups.join(QLatin1Char('-'));
}

int paintIdCards(QPagedPaintDevice& device, const std::vector<IdCardData>& cards)
{
    if (cards.empty()) {
        return 0;
    }
    PageCanvas canvas(device, QPageLayout::Portrait);
    const int pages = int((cards.size() + kIdCardsPerPage - 1) / kIdCardsPerPage);
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const int slot = int(i % kIdCardsPerPage);
        if (slot == 0) {
            if (i > 0) {
                canvas.newPage();
            }
            paintPageHead(canvas, cards[i], int(i / kIdCardsPerPage) + 1, pages);
        }
        const QRectF area = idCardRect(slot);
        paintCard(canvas, cards[i], area);
        paintCutMarks(canvas, area);
    }
    return pages;
}

} // namespace relawas::printouts

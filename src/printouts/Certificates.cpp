#include "printouts/Certificates.h"

#include "printouts/PageCanvas.h"
#include "printouts/PrintoutText.h"

#include <algorithm>

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QRegularExpression>

namespace relawas::printouts {

namespace {

// A4 landscape, in millimetres.
constexpr double kPageWidth = 297;
constexpr double kPageHeight = 210;
constexpr double kBorderInset = 10;
constexpr double kInnerInset = 13.5;
constexpr double kTextWidth = 230;
constexpr double kTextLeft = (kPageWidth - kTextWidth) / 2;
constexpr double kSignatureWidth = 95;
constexpr double kSignatureLeft = kPageWidth - kInnerInset - 12 - kSignatureWidth;
constexpr double kSignatureTop = 152;

const QColor kAccent(0x1f, 0x5a, 0xa6);
const QColor kQuiet(0x44, 0x44, 0x44);

struct Run
{
    QFont font;
    QString text;
};

// The translated pattern with each %1, %2 ... replaced by its argument in the emphasised font, so a translation may
// put the arguments where its language wants them.
QList<Run> emphasised(const QString& pattern, const QStringList& args, const QFont& plain, const QFont& emphasis)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QList<Run> runs;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        runs.append({plain, pattern.mid(at, match.capturedStart() - at)});
        runs.append({emphasis, args.value(match.captured(1).toInt() - 1)});
        at = match.capturedEnd();
    }
    runs.append({plain, pattern.mid(at)});
    return runs;
}

void drawCentredRuns(PageCanvas& canvas, double y, double height, const QList<Run>& runs,
                     const QColor& color = Qt::black)
{
    double width = 0;
    for (const Run& run : runs) {
        width += canvas.textWidth(run.font, run.text);
    }
    double x = (kPageWidth - width) / 2;
    for (const Run& run : runs) {
        const double runWidth = canvas.textWidth(run.font, run.text);
        canvas.drawText(x, y, runWidth + 2, height, Qt::AlignLeft | Qt::AlignVCenter, run.font, run.text, color);
        x += runWidth;
    }
}

// Centred lines, each `pitch` high; returns where the next line goes.
double drawCentredLines(PageCanvas& canvas, double y, double pitch, const QFont& font, const QStringList& lines,
                        const QColor& color = Qt::black)
{
    for (const QString& line : lines) {
        canvas.drawText(kTextLeft, y, kTextWidth, pitch, Qt::AlignCenter, font, line, color);
        y += pitch;
    }
    return y;
}

void paintBorder(PageCanvas& canvas)
{
    canvas.frame(kBorderInset, kBorderInset, kPageWidth - 2 * kBorderInset, kPageHeight - 2 * kBorderInset, 1.4,
                 kAccent);
    canvas.frame(kInnerInset, kInnerInset, kPageWidth - 2 * kInnerInset, kPageHeight - 2 * kInnerInset, 0.35, kAccent);
    // Small squares at the inner corners, the one ornament.
    constexpr double kCorner = 3;
    for (const double x : {kInnerInset - kCorner / 2, kPageWidth - kInnerInset - kCorner / 2}) {
        for (const double y : {kInnerInset - kCorner / 2, kPageHeight - kInnerInset - kCorner / 2}) {
            canvas.fill(x, y, kCorner, kCorner, kAccent);
        }
    }
}

void paintSignature(PageCanvas& canvas, const CertificateData& data)
{
    const QFont font = serifFont(11);
    double y = kSignatureTop;
    const auto line = [&](const QFont& lineFont, const QString& value) {
        canvas.drawText(kSignatureLeft, y, kSignatureWidth, 5.5, Qt::AlignCenter, lineFont, value);
        y += 5.5;
    };
    if (!data.signingPlace.isEmpty() || data.signingDate.isValid()) {
        QStringList placeAndDate{data.signingPlace};
        if (data.signingDate.isValid()) {
            placeAndDate << longDate(data.signingDate);
        }
        placeAndDate.removeAll(QString());
        line(font, placeAndDate.join(QStringLiteral(", ")));
    }
    for (const QString& title : canvas.fitLines(data.signatoryTitle, font, kSignatureWidth, 2)) {
        line(font, title);
    }
    y = kPageHeight - kInnerInset - 14;
    if (data.signatoryName.isEmpty()) {
        line(font, QStringLiteral("(%1)").arg(QString(40, u'.')));
        return;
    }
    QFont name = serifFont(11, QFont::Bold);
    name.setUnderline(true);
    line(name, canvas.fitLines(data.signatoryName, name, kSignatureWidth, 1).value(0));
}

void paintCertificate(PageCanvas& canvas, const CertificateData& data)
{
    paintBorder(canvas);

    QFont organiser = serifFont(11, QFont::Bold);
    organiser.setLetterSpacing(QFont::PercentageSpacing, 104);
    drawCentredLines(canvas, 20, 6, organiser, {printoutLocale().toUpper(data.organiser)}, kQuiet);

    QFont heading = serifFont(34, QFont::Bold);
    heading.setLetterSpacing(QFont::PercentageSpacing, 105);
    drawCentredLines(canvas, 28, 16, heading,
                     {QCoreApplication::translate("relawas::printouts::Certificates", "CERTIFICATE")}, kAccent);
    drawCentredLines(canvas, 45, 6, serifFont(11),
                     {QCoreApplication::translate("relawas::printouts::Certificates", "Number: %1").arg(data.number)});

    QFont awarded = serifFont(13);
    awarded.setItalic(true);
    drawCentredLines(canvas, 56, 7, awarded,
                     {QCoreApplication::translate("relawas::printouts::Certificates", "awarded to")});

    const QFont name = canvas.shrinkToFit(data.name, serifFont(26, QFont::Bold), kTextWidth, 1, 16);
    drawCentredLines(canvas, 63, 14, name, canvas.fitLines(data.name, name, kTextWidth, 1));
    const double ruleHalf = std::min(canvas.textWidth(name, data.name) / 2 + 12, kTextWidth / 2);
    canvas.line(kPageWidth / 2 - ruleHalf, 78.5, kPageWidth / 2 + ruleHalf, 78.5, 0.3, kAccent);
    double y = 80;
    if (!data.origin.isEmpty()) {
        y = drawCentredLines(canvas, y, 6, serifFont(11), canvas.fitLines(data.origin, serifFont(11), kTextWidth, 1),
                             kQuiet);
    }

    y = std::max(y + 3, 89.0);
    //: On a certificate, the part the person had, in bold: "sebagai Peserta"
    drawCentredRuns(canvas, y, 7,
                    emphasised(QCoreApplication::translate("relawas::printouts::Certificates", "as %1"), {data.part},
                               serifFont(13), serifFont(13, QFont::Bold)));
    //: On a certificate, the line before the training's title: "pada"
    y = drawCentredLines(canvas, y + 7, 6.5, serifFont(13),
                         {QCoreApplication::translate("relawas::printouts::Certificates", "in")});
    const QFont title = serifFont(16, QFont::Bold);
    y = drawCentredLines(canvas, y, 7.5, title, canvas.balancedLines(data.trainingTitle, title, kTextWidth, 2),
                         kAccent);

    const QFont body = serifFont(12);
    //: On a certificate: "held by <organiser> on <dates> at <venue>"
    const QString held = QCoreApplication::translate("relawas::printouts::Certificates", "held by %1 on %2 at %3")
                             .arg(data.organiser, dateRange(data.firstDay, data.lastDay), data.venue);
    y = drawCentredLines(canvas, y + 2, 5.8, body, canvas.balancedLines(held, body, kTextWidth, 3));

    if (data.score) {
        const QString score = printoutLocale().toString(*data.score, 'f', 2);
        const QString verdict = data.passed
                                    ? QCoreApplication::translate("relawas::printouts::Certificates", "PASSED")
                                    : QCoreApplication::translate("relawas::printouts::Certificates", "NOT PASSED");
        //: On a certificate: "with a final score of 82,50 — PASSED"
        drawCentredRuns(
            canvas, y + 1, 6.5,
            emphasised(QCoreApplication::translate("relawas::printouts::Certificates", "with a final score of %1 — %2"),
                       {score, verdict}, body, serifFont(12, QFont::Bold)));
    }

    paintSignature(canvas, data);
}

} // namespace

int paintCertificates(QPagedPaintDevice& device, const std::vector<CertificateData>& certificates)
{
    if (certificates.empty()) {
        return 0;
    }
    PageCanvas canvas(device, QPageLayout::Landscape);
    for (std::size_t i = 0; i < certificates.size(); ++i) {
        if (i > 0) {
            canvas.newPage();
        }
        paintCertificate(canvas, certificates[i]);
    }
    return int(certificates.size());
}

} // namespace relawas::printouts

#include "printouts/PageCanvas.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QTextLayout>

namespace relawas::printouts {

namespace {

QFont fontOf(const QStringList& families, QFont::StyleHint hint, double pointSize, QFont::Weight weight)
{
    QFont font;
    font.setFamilies(families);
    font.setStyleHint(hint);
    font.setPointSizeF(pointSize);
    font.setWeight(weight);
    // Unhinted outlines: the same widths at 96 dpi as at 1200, so a page breaks its lines the same on the preview as
    // in the PDF.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "Zulkifli" is copied and searched in the PDF as typed, not with an "fl" glyph.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QFont sansFont(double pointSize, QFont::Weight weight)
{
    return fontOf({QGuiApplication::font().family(), QStringLiteral("DejaVu Sans")}, QFont::SansSerif, pointSize,
                  weight);
}

QFont serifFont(double pointSize, QFont::Weight weight)
{
    return fontOf({QStringLiteral("DejaVu Serif"), QStringLiteral("Nimbus Roman"), QStringLiteral("Liberation Serif"),
                   QStringLiteral("serif")},
                  QFont::Serif, pointSize, weight);
}

PageCanvas::PageCanvas(QPagedPaintDevice& device, QPageLayout::Orientation orientation)
    : m_device(device)
{
    // No margins: the printouts keep their own. A printer that cannot print to the edge refuses them, and keeps its
    // own; the translation below puts the paper's corner at (0, 0) all the same.
    const QPageSize a4(QPageSize::A4);
    if (!device.setPageLayout(QPageLayout(a4, orientation, QMarginsF(), QPageLayout::Millimeter))) {
        device.setPageSize(a4);
        device.setPageOrientation(orientation);
    }
    const QPageLayout layout = device.pageLayout();
    m_paperMm = layout.fullRect(QPageLayout::Millimeter).size();

    m_painter.begin(&device);
    m_painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const double scaleX = device.logicalDpiX() / kDotsPerInch;
    const double scaleY = device.logicalDpiY() / kDotsPerInch;
    m_painter.scale(scaleX, scaleY);
    const QPointF printableCorner = layout.paintRect(QPageLayout::Millimeter).topLeft();
    m_painter.translate(-px(printableCorner.x()), -px(printableCorner.y()));
    m_fontScale = kDotsPerInch / device.logicalDpiY(); // a font's pixels follow the vertical resolution
}

PageCanvas::~PageCanvas()
{
    if (m_painter.isActive()) {
        m_painter.end();
    }
}

QFont PageCanvas::deviceFont(const QFont& font) const
{
    QFont scaled(font);
    scaled.setPointSizeF(font.pointSizeF() * m_fontScale);
    return scaled;
}

void PageCanvas::newPage()
{
    m_device.newPage();
}

void PageCanvas::drawText(double x, double y, double width, double height, int flags, const QFont& font,
                          const QString& text, const QColor& color)
{
    m_painter.setPen(color);
    m_painter.setFont(deviceFont(font));
    m_painter.drawText(rect(x, y, width, height), flags, text);
}

double PageCanvas::textWidth(const QFont& font, const QString& text) const
{
    return QFontMetricsF(deviceFont(font), &m_device).horizontalAdvance(text) / px(1);
}

QStringList PageCanvas::fitLines(const QString& text, const QFont& font, double width, int maxLines) const
{
    const QString simplified = text.simplified();
    const QFont sized = deviceFont(font);
    QTextLayout layout(simplified, sized, &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);

    QStringList lines;
    int restStart = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(px(width));
        if (lines.size() == maxLines - 1) {
            restStart = line.textStart();
            lines << simplified.mid(restStart);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();

    if (!lines.isEmpty()) {
        const QFontMetricsF metrics(sized, &m_device);
        lines.back() = metrics.elidedText(lines.back().trimmed(), Qt::ElideRight, px(width));
    }
    return lines;
}

QStringList PageCanvas::balancedLines(const QString& text, const QFont& font, double width, int maxLines) const
{
    const QStringList lines = fitLines(text, font, width, maxLines);
    const int count = int(lines.size());
    if (count < 2 || !fits(text, font, width, count)) {
        return lines;
    }
    // The narrowest width at which the text still takes as many lines.
    double narrow = width / count;
    double wide = width;
    for (int step = 0; step < 12; ++step) {
        const double middle = (narrow + wide) / 2;
        (fits(text, font, middle, count) ? wide : narrow) = middle;
    }
    return fitLines(text, font, wide, count);
}

bool PageCanvas::fits(const QString& text, const QFont& font, double width, int maxLines) const
{
    const QString simplified = text.simplified();
    return fitLines(simplified, font, width, maxLines).join(QLatin1Char(' ')) == simplified;
}

QFont PageCanvas::shrinkToFit(const QString& text, QFont font, double width, int maxLines, double minPointSize) const
{
    for (double size = font.pointSizeF(); size > minPointSize; size -= 0.5) {
        font.setPointSizeF(size);
        if (fits(text, font, width, maxLines)) {
            return font;
        }
    }
    font.setPointSizeF(minPointSize);
    return font;
}

void PageCanvas::line(double x1, double y1, double x2, double y2, double penWidth, const QColor& color)
{
    QPen pen(color, px(penWidth));
    pen.setCapStyle(Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(point(x1, y1), point(x2, y2));
}

void PageCanvas::frame(double x, double y, double width, double height, double penWidth, const QColor& color)
{
    QPen pen(color, px(penWidth));
    pen.setJoinStyle(Qt::MiterJoin);
    m_painter.setPen(pen);
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(rect(x, y, width, height));
}

void PageCanvas::fill(double x, double y, double width, double height, const QColor& color)
{
    m_painter.fillRect(rect(x, y, width, height), color);
}

} // namespace relawas::printouts

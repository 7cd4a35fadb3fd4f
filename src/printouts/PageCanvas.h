#pragma once

// Internal to the printouts: a painter on a paged device that speaks millimetres of the paper.

#include <QFont>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace relawas::printouts {

// The fonts of the printouts: the application's sans-serif (DejaVu Sans where it has none), and a serif for
// certificates (DejaVu Serif, then the URW and Liberation ones, then whatever the system calls serif).
QFont sansFont(double pointSize, QFont::Weight weight = QFont::Normal);
QFont serifFont(double pointSize, QFont::Weight weight = QFont::Normal);

// Puts the device on A4 in the given orientation and paints on it, with (0, 0) at the corner of the paper and every
// length in millimetres, wherever the device's printable area starts and whatever its resolution (1200 dpi of
// QPdfWriter, 96 of a screen-resolution QPrinter or a preview). The painter always works at 1200 dpi, scaled to the
// device's: text is laid out at that size, where a glyph's width is not rounded to a coarse pixel, so every device
// breaks and elides the lines the same way. Fonts are given in points and sized here; painter() works in the
// 1200-dpi units of px().
class PageCanvas
{
public:
    PageCanvas(QPagedPaintDevice& device, QPageLayout::Orientation orientation);
    ~PageCanvas();
    PageCanvas(const PageCanvas&) = delete;
    PageCanvas& operator=(const PageCanvas&) = delete;

    QPainter& painter() { return m_painter; }
    static constexpr double kDotsPerInch = 1200;
    static double px(double mm) { return mm * kDotsPerInch / 25.4; }
    static QPointF point(double x, double y) { return {px(x), px(y)}; }
    static QRectF rect(double x, double y, double width, double height)
    {
        return {px(x), px(y), px(width), px(height)};
    }
    QSizeF paperSize() const { return m_paperMm; }

    void newPage();

    // Text, with its box in millimetres; flags as QPainter::drawText's, without word wrap.
    void drawText(double x, double y, double width, double height, int flags, const QFont& font, const QString& text,
                  const QColor& color = Qt::black);
    // The text's width in millimetres.
    double textWidth(const QFont& font, const QString& text) const;
    // The text broken into at most maxLines lines of the width, the last one elided when the text is longer.
    QStringList fitLines(const QString& text, const QFont& font, double width, int maxLines) const;
    // As fitLines(), but with the lines of a text that needs more than one made about as long as each other, so a
    // title does not leave one word alone on its last line.
    QStringList balancedLines(const QString& text, const QFont& font, double width, int maxLines) const;
    // Whether the text takes at most maxLines lines of the width, each broken between words.
    bool fits(const QString& text, const QFont& font, double width, int maxLines) const;
    // The font at the largest size, from its own down to minPointSize, at which the text takes at most maxLines lines
    // of the width; at minPointSize it may still not fit, and fitLines() elides it.
    QFont shrinkToFit(const QString& text, QFont font, double width, int maxLines, double minPointSize) const;

    // Lines from (x1, y1) to (x2, y2) and rectangles, with a pen of the width in millimetres.
    void line(double x1, double y1, double x2, double y2, double penWidth, const QColor& color = Qt::black);
    void frame(double x, double y, double width, double height, double penWidth, const QColor& color = Qt::black);
    void fill(double x, double y, double width, double height, const QColor& color);

private:
    // The font at the size whose pixels on the device, scaled by the painter, make its point size on paper.
    QFont deviceFont(const QFont& font) const;

    QPagedPaintDevice& m_device;
    QPainter m_painter;
    double m_fontScale = 1;
    QSizeF m_paperMm;
};

} // namespace relawas::printouts

#include "common/TintedSvgIconEngine.h"

#include <utility>

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace relawas::gui {

TintedSvgIconEngine::TintedSvgIconEngine(QString name, QByteArray svg, std::optional<QColor> fixed)
    : m_name(std::move(name))
    , m_svg(std::move(svg))
    , m_fixed(std::move(fixed))
{}

QColor TintedSvgIconEngine::colourFor(QIcon::Mode mode) const
{
    if (m_fixed) {
        return mode == QIcon::Disabled ? QGuiApplication::palette().color(QPalette::Disabled, QPalette::ButtonText)
                                       : *m_fixed;
    }
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::WindowText);
}

void TintedSvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    QByteArray svg = m_svg;
    svg.replace("currentColor", colourFor(mode).name().toLatin1());
    QSvgRenderer renderer(svg);
    renderer.setAspectRatioMode(Qt::KeepAspectRatio);
    renderer.render(painter, rect);
}

QPixmap TintedSvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap TintedSvgIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // Qt before 6.8 asks for the size in device pixels already; later versions ask for it in logical pixels.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QSize pixels = size * scale;
#else
    const QSize pixels = size;
#endif
    const QString cacheKey = QStringLiteral("relawas-icon:%1:%2:%3x%4")
                                 .arg(m_name, colourFor(mode).name())
                                 .arg(pixels.width())
                                 .arg(pixels.height());
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(0, 0), pixels), mode, state);
        painter.end();
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine* TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(m_name, m_svg, m_fixed);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("relawas-tinted-svg");
}

QString TintedSvgIconEngine::iconName()
{
    return m_name;
}

bool TintedSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace relawas::gui

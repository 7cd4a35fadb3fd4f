#pragma once

#include <optional>

#include <QByteArray>
#include <QColor>
#include <QIconEngine>
#include <QString>

namespace relawas::gui {

// Draws an outline SVG icon (stroke="currentColor", as Tabler's are) in a colour of the palette at any size: the
// text colour, the highlighted text colour when its item is chosen, the disabled text colour when greyed out; or in
// one fixed colour. Vector all the way, so icons stay sharp at 150 % scaling.
class TintedSvgIconEngine final : public QIconEngine
{
public:
    TintedSvgIconEngine(QString name, QByteArray svg, std::optional<QColor> fixed = std::nullopt);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine* clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    QColor colourFor(QIcon::Mode mode) const;

private:
    QString m_name;
    QByteArray m_svg;
    std::optional<QColor> m_fixed;
};

} // namespace relawas::gui

#include "shell/NavigationDelegate.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace relawas::gui {

namespace {

struct Geometry
{
    int pad;       // inside the entry, left and right
    int iconSide;  // the icon's square
    int gap;       // between icon, name and count
    int pillPad;   // inside the count's pill
    int rowHeight; // of one entry
};

Geometry geometryFor(const QFontMetrics& metrics)
{
    return {Theme::spacing(metrics, 1.5), qRound(metrics.height() * 1.25), Theme::spacing(metrics, 1.25),
            Theme::spacing(metrics, 0.8), qRound(metrics.height() * 2.5)};
}

} // namespace

NavigationDelegate::NavigationDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QString NavigationDelegate::countText(const QVariant& count)
{
    return count.isValid() ? QLocale().toString(count.toLongLong()) : QString();
}

int NavigationDelegate::widthFor(const QFontMetrics& metrics, const QString& text, const QString& countText)
{
    const Geometry g = geometryFor(metrics);
    int width = g.pad + g.iconSide + g.gap + metrics.horizontalAdvance(text) + g.pad;
    if (!countText.isEmpty()) {
        width += g.gap + metrics.horizontalAdvance(countText) + 2 * g.pillPad;
    }
    return width;
}

QIcon NavigationDelegate::iconFor(const QString& name, bool chosen) const
{
    const QString key = name + (chosen ? QStringLiteral(":chosen") : QStringLiteral(":normal"));
    auto found = m_icons.find(key);
    if (found == m_icons.end()) {
        const QColor colour = Theme::colour(chosen ? Theme::Colour::Accent : Theme::Colour::MutedText);
        found = m_icons.insert(key, Icons::icon(name, colour));
    }
    return *found;
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    return {widthFor(option.fontMetrics, text, countText(index.data(CountRole))),
            geometryFor(option.fontMetrics).rowHeight};
}

void NavigationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Geometry g = geometryFor(option.fontMetrics);
    const bool chosen = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const bool focused = option.state.testFlag(QStyle::State_HasFocus) && chosen;
    const QRectF entry = QRectF(option.rect).adjusted(g.pad / 2.0, 2, -g.pad / 2.0, -2);
    const qreal radius = g.rowHeight / 5.0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (chosen || hovered) {
        QPainterPath shape;
        shape.addRoundedRect(entry, radius, radius);
        painter->fillPath(shape, chosen ? Theme::colour(Theme::Colour::AccentTint) : QColor(0xe3, 0xe9, 0xf1));
    }
    if (chosen) {
        const qreal barWidth = std::max(3.0, g.pad / 4.0);
        const QRectF bar(entry.left(), entry.top() + entry.height() * 0.2, barWidth, entry.height() * 0.6);
        QPainterPath barShape;
        barShape.addRoundedRect(bar, barWidth / 2, barWidth / 2);
        painter->fillPath(barShape, Theme::colour(Theme::Colour::Accent));
    }
    if (focused) {
        painter->setPen(QPen(Theme::colour(Theme::Colour::Accent), 2));
        painter->drawRoundedRect(entry.adjusted(1, 1, -1, -1), radius, radius);
    }

    int x = option.rect.left() + g.pad;
    const int middle = option.rect.center().y();
    const QString iconName = index.data(IconNameRole).toString();
    if (!iconName.isEmpty()) {
        iconFor(iconName, chosen).paint(painter, QRect(x, middle - g.iconSide / 2, g.iconSide, g.iconSide));
    }
    x += g.iconSide + g.gap;

    int right = option.rect.right() - g.pad;
    const QString count = countText(index.data(CountRole));
    if (!count.isEmpty()) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.9);
        const QFontMetrics smallMetrics(small);
        const int pillWidth = smallMetrics.horizontalAdvance(count) + 2 * g.pillPad;
        const int pillHeight = smallMetrics.height() + g.pillPad / 2;
        const QRectF pill(right - pillWidth, middle - pillHeight / 2.0, pillWidth, pillHeight);
        QPainterPath pillShape;
        pillShape.addRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
        painter->fillPath(pillShape, chosen ? QColor(Qt::white) : QColor(0xdf, 0xe5, 0xed));
        painter->setFont(small);
        painter->setPen(Theme::colour(chosen ? Theme::Colour::AccentStrong : Theme::Colour::MutedText));
        painter->drawText(pill, Qt::AlignCenter, count);
        right = int(pill.left()) - g.gap;
    }

    QFont font = option.font;
    if (chosen) {
        font.setWeight(QFont::DemiBold);
    }
    painter->setFont(font);
    painter->setPen(Theme::colour(chosen ? Theme::Colour::AccentStrong : Theme::Colour::Text));
    const QRect textRect(x, option.rect.top(), std::max(0, right - x), option.rect.height());
    const QString text =
        QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace relawas::gui

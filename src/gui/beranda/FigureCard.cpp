#include "beranda/FigureCard.h"

#include "common/Icons.h"
#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relawas::gui {

FigureCard::FigureCard(const QString& title, const QString& iconName, QWidget* parent)
    : QPushButton(parent)
    , m_value(new QLabel(QStringLiteral("…"), this))
    , m_caption(new QLabel(this))
{
    setProperty("figureCard", true);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    const QFontMetrics metrics(font());
    const int gap = Theme::spacing(metrics);
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::icon(iconName, Theme::colour(Theme::Colour::Accent)).pixmap(metrics.height() * 3 / 2));
    auto* heading = new QLabel(title, this);
    heading->setFont(Theme::scaledFont(font(), 0.95, true));
    heading->setWordWrap(true);
    heading->setStyleSheet(QStringLiteral("color: %1").arg(Theme::colour(Theme::Colour::MutedText).name()));
    m_value->setFont(Theme::scaledFont(font(), 1.9, true));
    m_caption->setWordWrap(true);
    m_caption->setStyleSheet(QStringLiteral("color: %1").arg(Theme::colour(Theme::Colour::MutedText).name()));
    auto* top = new QHBoxLayout;
    top->setSpacing(gap);
    top->addWidget(icon);
    top->addWidget(heading, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(gap * 2, gap * 3 / 2, gap * 2, gap * 3 / 2);
    layout->setSpacing(gap / 2);
    layout->addLayout(top);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    for (QLabel* label : {icon, heading, m_value, m_caption}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    setAccessibleName(title);
    setMinimumHeight(metrics.height() * 6);
}

void FigureCard::setFigure(const QString& value, const QString& caption)
{
    m_value->setText(value);
    m_caption->setText(caption);
    setAccessibleDescription(value + QLatin1Char(' ') + caption);
}

void FigureCard::setWarning(bool warning)
{
    const Theme::Colour colour = warning ? Theme::Colour::Warning : Theme::Colour::MutedText;
    m_caption->setStyleSheet(QStringLiteral("color: %1").arg(Theme::colour(colour).name()));
}

QString FigureCard::value() const
{
    return m_value->text();
}

QString FigureCard::caption() const
{
    return m_caption->text();
}

} // namespace relawas::gui

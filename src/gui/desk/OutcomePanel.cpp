#include "desk/OutcomePanel.h"

#include "common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace relawas::gui {

OutcomePanel::OutcomePanel(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_reset(new QTimer(this))
{
    setObjectName(QStringLiteral("outcomeFrame"));
    m_title->setObjectName(QStringLiteral("outcomeTitleLabel"));
    m_detail->setObjectName(QStringLiteral("outcomeDetailLabel"));
    m_title->setFont(Theme::scaledFont(font(), 2.2, true));
    m_detail->setFont(Theme::scaledFont(font(), 1.3));
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_title->setTextFormat(Qt::PlainText);

    auto* text = new QVBoxLayout;
    text->addStretch();
    text->addWidget(m_title);
    text->addWidget(m_detail);
    text->addStretch();
    auto* layout = new QHBoxLayout(this);
    const int gap = Theme::spacing(fontMetrics(), 2);
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(gap);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    setMinimumHeight(fontMetrics().height() * 8);

    m_reset->setSingleShot(true);
    m_reset->setInterval(6000);
    connect(m_reset, &QTimer::timeout, this, &OutcomePanel::showWaiting);
    showWaiting();
}

void OutcomePanel::setHoldMilliseconds(int milliseconds)
{
    m_reset->setInterval(milliseconds);
}

void OutcomePanel::paint(const QString& iconName, const QColor& colour)
{
    const int side = fontMetrics().height() * 5;
    m_icon->setPixmap(Icons::icon(iconName, colour).pixmap(side, side));
    QColor tint = colour;
    tint.setAlpha(38);
    setStyleSheet(QStringLiteral("QFrame#outcomeFrame { background: %1; border: 2px solid %2; border-radius: 10px; }"
                                 "QLabel#outcomeTitleLabel { color: %3; }")
                      .arg(tint.name(QColor::HexArgb), colour.name(), colour.darker(140).name()));
}

void OutcomePanel::show(const OutcomeLook& look)
{
    m_waiting = false;
    m_title->setText(look.title);
    m_detail->setText(look.detail);
    paint(look.iconName, Theme::colour(look.colour));
    m_reset->start();
}

void OutcomePanel::showWaiting()
{
    m_waiting = true;
    m_title->setText(tr("Ready"));
    m_detail->setText(tr("Scan a card, or type a NIK or a name, then Enter."));
    paint(QStringLiteral("scan"), Theme::colour(Theme::Colour::MutedText));
}

QString OutcomePanel::title() const
{
    return m_title->text();
}

QString OutcomePanel::detail() const
{
    return m_detail->text();
}

} // namespace relawas::gui

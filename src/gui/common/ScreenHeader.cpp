#include "common/ScreenHeader.h"

#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relawas::gui {

ScreenHeader::ScreenHeader(const QString& title, const QString& purpose, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_purpose(new QLabel(purpose, this))
    , m_trailing(new QHBoxLayout)
{
    setObjectName(QStringLiteral("screenHeader"));
    // Its lines at the width it has, never the screen's spare height: the purpose wraps only when it must.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_title->setObjectName(QStringLiteral("screenTitleLabel"));
    m_title->setFont(Theme::scaledFont(font(), 1.5, true));
    m_title->setAccessibleName(title);
    m_purpose->setObjectName(QStringLiteral("screenPurposeLabel"));
    m_purpose->setWordWrap(true); // one line at 1366x768; two rather than cut off when the text is larger
    m_purpose->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette muted = m_purpose->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_purpose->setPalette(muted);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(Theme::spacing(fontMetrics(), 0.3));
    texts->addWidget(m_title);
    texts->addWidget(m_purpose);

    m_trailing->setSpacing(Theme::spacing(fontMetrics()));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, Theme::spacing(fontMetrics(), 0.5));
    layout->setSpacing(Theme::spacing(fontMetrics(), 2));
    layout->addLayout(texts, 1);
    layout->addLayout(m_trailing);
}

QString ScreenHeader::title() const
{
    return m_title->text();
}

QString ScreenHeader::purpose() const
{
    return m_purpose->text();
}

void ScreenHeader::addTrailingWidget(QWidget* widget)
{
    m_trailing->addWidget(widget, 0, Qt::AlignVCenter);
}

QMargins ScreenHeader::screenMargins(const QWidget* screen)
{
    const int side = Theme::spacing(screen->fontMetrics(), 3);
    const int top = Theme::spacing(screen->fontMetrics(), 2.5);
    return {side, top, side, Theme::spacing(screen->fontMetrics(), 1.5)};
}

} // namespace relawas::gui

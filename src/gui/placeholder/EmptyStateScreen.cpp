#include "placeholder/EmptyStateScreen.h"

#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace relawas::gui {

EmptyStateScreen::EmptyStateScreen(const QString& title, const QString& purpose, const QString& promise,
                                   const QString& iconName, QWidget* parent)
    : QWidget(parent)
    , m_header(new ScreenHeader(title, purpose, this))
{
    const QFontMetrics metrics = fontMetrics();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(ScreenHeader::screenMargins(this));
    layout->addWidget(m_header);

    // A card in the middle: the screen's icon in a tinted circle, the state in words, the promise.
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("emptyStateCard"));
    card->setStyleSheet(QStringLiteral("QFrame#emptyStateCard { background: %1; border-radius: 12px; }")
                            .arg(Theme::colour(Theme::Colour::Sidebar).name()));
    auto* cardLayout = new QVBoxLayout(card);
    const int gap = Theme::spacing(metrics, 3);
    cardLayout->setContentsMargins(gap, gap, gap, gap);
    cardLayout->setSpacing(Theme::spacing(metrics));

    const int iconSide = metrics.height() * 4;
    auto* iconLabel = new QLabel(card);
    iconLabel->setObjectName(QStringLiteral("iconLabel"));
    iconLabel->setPixmap(Icons::icon(iconName, Theme::colour(Theme::Colour::Accent))
                             .pixmap(QSize(iconSide, iconSide), devicePixelRatioF()));
    iconLabel->setAlignment(Qt::AlignCenter);
    cardLayout->addWidget(iconLabel);

    auto* stateLabel = new QLabel(tr("This screen is not available yet."), card);
    stateLabel->setObjectName(QStringLiteral("stateLabel"));
    stateLabel->setFont(Theme::scaledFont(font(), 1.2, true));
    stateLabel->setAlignment(Qt::AlignCenter);
    cardLayout->addWidget(stateLabel);

    auto* promiseLabel = new QLabel(promise, card);
    promiseLabel->setObjectName(QStringLiteral("promiseLabel"));
    promiseLabel->setWordWrap(true);
    promiseLabel->setAlignment(Qt::AlignCenter);
    QPalette muted = promiseLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    promiseLabel->setPalette(muted);
    // A wrapped label centred in a box layout gets the height of one line unless told how tall its lines are.
    const int promiseWidth = metrics.averageCharWidth() * 70;
    promiseLabel->setFixedWidth(promiseWidth);
    promiseLabel->setMinimumHeight(promiseLabel->heightForWidth(promiseWidth));
    cardLayout->addWidget(promiseLabel, 0, Qt::AlignHCenter);

    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace relawas::gui

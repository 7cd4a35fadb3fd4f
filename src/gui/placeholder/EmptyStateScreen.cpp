#include "placeholder/EmptyStateScreen.h"

#include <QLabel>
#include <QVBoxLayout>

namespace relawas::gui {

EmptyStateScreen::EmptyStateScreen(const QString& title, const QString& promise, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    titleLabel->setFont(font);
    titleLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(titleLabel);

    auto* stateLabel = new QLabel(tr("This screen is not available yet."), this);
    stateLabel->setObjectName(QStringLiteral("stateLabel"));
    stateLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(stateLabel);

    auto* promiseLabel = new QLabel(promise, this);
    promiseLabel->setObjectName(QStringLiteral("promiseLabel"));
    promiseLabel->setWordWrap(true);
    promiseLabel->setAlignment(Qt::AlignCenter);
    // A wrapped label centred in a box layout gets the height of one line unless told how tall its lines are.
    promiseLabel->setFixedWidth(520);
    promiseLabel->setMinimumHeight(promiseLabel->heightForWidth(520));
    layout->addWidget(promiseLabel, 0, Qt::AlignHCenter);

    layout->addStretch(2);
}

} // namespace relawas::gui

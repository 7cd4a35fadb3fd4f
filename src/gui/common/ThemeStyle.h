#pragma once

#include <QProxyStyle>

namespace relawas::gui {

// Fusion with what a style sheet cannot set without taking over the drawing: rows of trees and lists with room
// above and below their text, counted from the font.
class ThemeStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeStyle)

public:
    explicit ThemeStyle(QStyle* base);

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
    int styleHint(StyleHint hint, const QStyleOption* option = nullptr, const QWidget* widget = nullptr,
                  QStyleHintReturn* returnData = nullptr) const override;
};

} // namespace relawas::gui

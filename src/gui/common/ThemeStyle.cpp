#include "common/ThemeStyle.h"

#include "common/Theme.h"

#include <QStyleOption>
#include <QWidget>

namespace relawas::gui {

ThemeStyle::ThemeStyle(QStyle* base)
    : QProxyStyle(base)
{}

QSize ThemeStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                   const QWidget* widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_ItemViewItem && option) {
        result.setHeight(std::max(result.height(), Theme::rowHeight(option->fontMetrics)));
    }
    return result;
}

int ThemeStyle::styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                          QStyleHintReturn* returnData) const
{
    switch (hint) {
    case SH_DialogButtonBox_ButtonsHaveIcons:
        return 0; // the dialogs' OK and Cancel speak by their words
    case SH_ItemView_ShowDecorationSelected:
        return 1; // a chosen row is marked across its full width, tree branches included
    default:
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
}

} // namespace relawas::gui

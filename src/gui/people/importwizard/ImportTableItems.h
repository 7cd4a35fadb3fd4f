#pragma once

#include <string>

#include <QString>
#include <QTableWidgetItem>

namespace relawas::gui {

// What the wizard's pages fill their tables with: file text as the user sees it, not to be edited there.
inline QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

inline QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace relawas::gui

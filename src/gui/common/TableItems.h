#pragma once

#include <QString>
#include <QTableWidgetItem>

namespace relawas::gui {

// A cell of a table the user reads but does not edit there; its tooltip holds the whole text, for a column too narrow.
inline QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace relawas::gui

#pragma once

#include <QCoreApplication>
#include <QString>

namespace relawas::core {
struct ImportMessage;
}

namespace relawas::gui {

// The translated text of one finding of the spreadsheet import, led by the column and the cell it is about.
class ImportMessageText
{
    Q_DECLARE_TR_FUNCTIONS(ImportMessageText)

public:
    static QString describe(const core::ImportMessage& message);
};

} // namespace relawas::gui

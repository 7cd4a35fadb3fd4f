#pragma once

#include "common/TableItems.h"

#include <string>

#include <QString>

namespace relawas::gui {

// What the wizard's pages fill their tables with: file text as the user sees it, not to be edited there (cells:
// common/TableItems).
inline QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace relawas::gui

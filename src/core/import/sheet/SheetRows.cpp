#include "core/import/sheet/SheetRows.h"

namespace relawas::core {

bool SheetRow::blank() const
{
    for (const auto& cell : cells) {
        if (cell.text.find_first_not_of(" \t\r\n\xC2\xA0") != std::string::npos) {
            return false;
        }
    }
    return true;
}

const std::string& SheetRow::text(std::size_t column) const
{
    static const std::string empty;
    return column < cells.size() ? cells[column].text : empty;
}

} // namespace relawas::core

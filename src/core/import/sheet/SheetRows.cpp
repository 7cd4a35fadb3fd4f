#include "core/import/sheet/SheetRows.h"

#include "core/import/sheet/ReadLimits.h"

namespace relawas::core {

void limitCellText(SheetCell& cell)
{
    if (cell.text.size() <= kMaxCellBytes) {
        return;
    }
    std::size_t end = kMaxCellBytes;
    // Back to the start of a character: UTF-8 continuation bytes are 10xxxxxx.
    while (end > 0 && (static_cast<unsigned char>(cell.text[end]) & 0xC0) == 0x80) {
        --end;
    }
    cell.text.resize(end);
    cell.text.shrink_to_fit();
    cell.cut = true;
}

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

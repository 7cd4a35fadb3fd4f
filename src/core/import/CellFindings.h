#pragma once

#include "core/import/ColumnMapping.h"
#include "core/import/ImportMessage.h"
#include "core/import/sheet/SheetRows.h"

#include <vector>

namespace relawas::core {

// What is wrong with the cells of a row before it is read as a person, in the columns the mapping imports (the others
// are never read). Errors, so that the dry run refuses what the real run could not store: "sheet.cell_too_long" (the
// file's cell is longer than kMaxCellBytes), "sheet.invalid_text" (bytes that are not UTF-8, or a lone surrogate
// written as _xD800_), "sheet.control_character" (NUL, ESC and the other C0 controls but tab and line breaks).
// A warning: "sheet.formula" (an XLSX cell computed by a formula: its last result is what is imported).
// The messages never quote text that is not valid UTF-8.
std::vector<ImportMessage> cellFindings(const SheetRow& row, const ColumnMapping& mapping);

// The message for a row that could not be read whole (SheetRow::damage), naming its line.
ImportMessage damageMessage(const SheetRow& row);

} // namespace relawas::core

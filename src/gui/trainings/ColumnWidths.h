#pragma once

#include <utility>
#include <vector>

#include <QString>

class QTableView;

namespace relawas::gui {

// Sizes the columns of `view` from the text each usually holds (and its title as the header draws it), never from the
// rows; `stretch` takes the width the others leave, so the last column is never behind a scroll bar.
void sizeColumns(QTableView* view, const std::vector<std::pair<int, QString>>& samples, int stretch);

} // namespace relawas::gui

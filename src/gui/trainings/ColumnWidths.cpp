#include "trainings/ColumnWidths.h"

#include "common/Theme.h"

#include <algorithm>

#include <QHeaderView>
#include <QTableView>

namespace relawas::gui {

void sizeColumns(QTableView* view, const std::vector<std::pair<int, QString>>& samples, int stretch)
{
    QHeaderView* header = view->horizontalHeader();
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = Theme::spacing(metrics, 1.6);
    for (const auto& [column, sample] : samples) {
        if (column >= view->model()->columnCount()) {
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        // The header's own measure of its title, in the face and padding the style gives it.
        header->resizeSection(column,
                              std::max(metrics.horizontalAdvance(sample) + padding, header->sectionSizeHint(column)));
    }
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("000")) + padding);
    if (stretch < view->model()->columnCount()) {
        header->setSectionResizeMode(stretch, QHeaderView::Stretch);
    }
}

} // namespace relawas::gui

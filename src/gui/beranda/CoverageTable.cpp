#include "beranda/CoverageTable.h"

#include "common/Theme.h"
#include "core/reports/ScopeFigures.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>

namespace relawas::gui {

namespace {

QTableWidgetItem* countItem(long long count)
{
    auto* item = new QTableWidgetItem(QLocale().toString(count));
    item->setData(Qt::UserRole, count);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A gap: tinted, bold, and said in words in its tooltip, so the colour is never alone.
void markGap(QTableWidgetItem* item, const QString& why)
{
    QColor tint = Theme::colour(Theme::Colour::Warning);
    tint.setAlpha(40);
    item->setBackground(tint);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
    item->setToolTip(why);
}

} // namespace

CoverageTable::CoverageTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("coverageTableWidget"));
    setHorizontalHeaderLabels({tr("Area"), tr("Villages"), tr("With a volunteer"), tr("Without a volunteer"),
                               tr("Without a PKD"), tr("Kampung Pengawasan"), tr("Volunteers")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(Theme::rowHeight(fontMetrics()));
    horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::Stretch);
    for (int column = VillagesColumn; column < ColumnCount; ++column) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    setToolTip(tr("Enter or double-click: the area in Regions & Kampung"));
    connect(this, &QTableWidget::cellDoubleClicked, this,
            [this](int row, int) { emit regionActivated(item(row, AreaColumn)->data(Qt::UserRole).toString()); });
}

void CoverageTable::setFigures(const core::ScopeFigures& figures)
{
    setSortingEnabled(false);
    setRowCount(int(figures.parts.size()));
    for (int row = 0; row < int(figures.parts.size()); ++row) {
        const core::RegionPartFigures& part = figures.parts[std::size_t(row)];
        auto* area = new QTableWidgetItem(QString::fromStdString(part.name));
        area->setData(Qt::UserRole, QString::fromStdString(part.code));
        setItem(row, AreaColumn, area);
        setItem(row, VillagesColumn, countItem(part.villages));
        setItem(row, WithVolunteerColumn, countItem(part.villagesWithVolunteer));
        auto* without = countItem(part.villages - part.villagesWithVolunteer);
        if (part.villages > part.villagesWithVolunteer) {
            markGap(without,
                    tr("%Ln village(s) without a volunteer", nullptr, int(part.villages - part.villagesWithVolunteer)));
        }
        setItem(row, WithoutVolunteerColumn, without);
        auto* withoutPkd = countItem(part.villages - part.villagesWithPkd);
        if (part.villages > part.villagesWithPkd) {
            markGap(withoutPkd, tr("%Ln village(s) without a PKD", nullptr, int(part.villages - part.villagesWithPkd)));
        }
        setItem(row, WithoutPkdColumn, withoutPkd);
        auto* programme = countItem(part.programmeVillages);
        if (part.programmeVillages == 0) {
            programme->setText(tr("none yet"));
            markGap(programme, tr("No Kampung Pengawasan Partisipatif village in this area yet"));
        }
        setItem(row, ProgrammeColumn, programme);
        setItem(row, VolunteersColumn, countItem(part.volunteers()));
    }
}

void CoverageTable::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentRow() >= 0) {
        emit regionActivated(item(currentRow(), AreaColumn)->data(Qt::UserRole).toString());
        return;
    }
    QTableWidget::keyPressEvent(event);
}

} // namespace relawas::gui

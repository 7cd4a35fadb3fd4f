#pragma once

#include <QTableWidget>

namespace relawas::core {
struct ScopeFigures;
}

namespace relawas::gui {

// The coverage of each part of the region (its kecamatan) in rows: villages, those with and without a volunteer,
// without a PKD, Kampung Pengawasan villages, volunteers. A gap is written out and tinted in the warning colour.
// Enter or a double click on a row asks for that part in the Wilayah screen. A few dozen rows: held whole.
class CoverageTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageTable)

public:
    enum Column
    {
        AreaColumn,
        VillagesColumn,
        WithVolunteerColumn,
        WithoutVolunteerColumn,
        WithoutPkdColumn,
        ProgrammeColumn,
        VolunteersColumn,
        ColumnCount
    };

    explicit CoverageTable(QWidget* parent = nullptr);

    void setFigures(const core::ScopeFigures& figures);

signals:
    void regionActivated(const QString& code);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace relawas::gui

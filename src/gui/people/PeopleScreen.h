#pragma once

#include "core/roster/RosterExport.h"

#include <memory>

#include <QWidget>

class QLabel;
class QTimer;

namespace Ui {
class PeopleScreen;
}

namespace relawas::gui {

class RosterModel;
struct Session;

// "Orang/Relawan": the roster of the scope, searched as the user types (name, NIK or phone), filtered by village,
// role, target group, gender and age, sorted in SQL, and exported as CSV or XLSX. NIKs stay masked; showing one
// person's NIK is a confirmed action written to the audit log. Enter corrects the person chosen in the registration
// form; Delete removes them (a tombstone, audited) after a question.
class PeopleScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleScreen)

public:
    static constexpr int kSearchDelayMs = 200;

    enum class ExportFormat
    {
        Csv,
        Xlsx
    };

    explicit PeopleScreen(Session& session, QWidget* parent = nullptr);
    ~PeopleScreen() override;

    void setScope(const QString& code);
    // Shows the people of one village of the scope, every other filter cleared; false if it is not in the scope.
    bool showVillage(const QString& villageCode);
    // Shows exactly the people of `filter` (a Beranda figure): its area (the scope, a kecamatan or a village of it),
    // role, gender, target group, ages and training; false if the area is not in the scope.
    bool showFilter(const core::RosterFilter& filter);

    // What the export buttons do once a file is chosen: writes the people of the current filter to `path`.
    bool exportTo(const QString& path, ExportFormat format);

    RosterModel* model() const { return m_model; }

    // Reads the roster again, as after people were added elsewhere.
    void refresh() { applyFilter(); }

signals:
    void exported(const QString& path, qint64 rows);
    // People were registered, imported, merged or removed here: counts elsewhere are out of date.
    void peopleChanged();

private:
    void buildHeaderAndActions();
    void sizeColumns();
    void fillChoices();
    void fillVillages();
    void applyFilter();
    void openRegistration();
    void openImportWizard();
    void openDuplicates();
    core::RosterFilter currentFilter() const;
    void clearFilters();
    void updateCount();
    bool isFiltered() const;
    void updateRowActions();
    void toggleNik();
    void editCurrentPerson();
    void removeCurrentPerson();
    void refreshNear(int row, const QString& uuid);
    void chooseExportFile(ExportFormat format);
    bool confirmFullNikExport();
    core::RosterExportOptions exportOptions() const;
    void onSortIndicatorChanged(int column, Qt::SortOrder order);

    std::unique_ptr<Ui::PeopleScreen> m_ui;
    Session& m_session;
    RosterModel* m_model;
    QTimer* m_filterTimer;
    QLabel* m_emptyLabel; // over the table when it shows nobody, saying why
    QString m_scope;
    bool m_exporting = false;
};

} // namespace relawas::gui

#pragma once

#include <memory>

#include <QWidget>

class QAction;
class QPushButton;
class QSortFilterProxyModel;
class QUndoStack;

namespace Ui {
class WilayahScreen;
}

namespace relawas::gui {

class KampungDetailPanel;
class RegionTreeModel;
struct Session;

// "Wilayah & Kampung": the kecamatan and villages of the scope, told apart by code, and the Kampung Pengawasan
// Partisipatif status of the selected village. Changes are saved at once and can be undone while the screen is open.
class WilayahScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WilayahScreen)

public:
    explicit WilayahScreen(Session& session, QWidget* parent = nullptr);
    ~WilayahScreen() override;

    void setScope(const QString& code);
    bool selectRegion(const QString& code);
    // The chosen village's review (VillageReviewDialog), or the print preview of every village's roster of the chosen
    // kecamatan. False when neither is chosen or the roster could not be read.
    bool reviewCurrent();

    QUndoStack* undoStack() const { return m_undoStack; }
    QAction* undoAction() const { return m_undoAction; }
    QAction* redoAction() const { return m_redoAction; }
    RegionTreeModel* treeModel() const { return m_model; }

signals:
    void programmeChanged();
    void peopleOfVillageRequested(const QString& villageCode);

private:
    void onCurrentChanged(const QModelIndex& current);
    void onProgrammeChanged(const QString& villageCode);
    void updateSummary();

    std::unique_ptr<Ui::WilayahScreen> m_ui;
    Session& m_session;
    QUndoStack* m_undoStack;
    QAction* m_undoAction;
    QAction* m_redoAction;
    RegionTreeModel* m_model;
    QSortFilterProxyModel* m_filter;
    KampungDetailPanel* m_detail;
    QPushButton* m_peopleButton;
    QPushButton* m_reviewButton;
};

} // namespace relawas::gui

#pragma once

#include "core/programme/KampungProgramme.h"

#include <memory>
#include <optional>
#include <string>

#include <QWidget>

class QUndoStack;

namespace Ui {
class KampungDetailPanel;
}

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// The programme status of the selected village. Every finished edit is checked against the programme rules and,
// if it passes, saved at once as one undoable step; if it fails, the field is marked, the rule is named, and the
// typed value stays in the field until corrected.
class KampungDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KampungDetailPanel)

public:
    KampungDetailPanel(core::Database& db, std::string actor, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~KampungDetailPanel() override;

    // Shows a village (desa/kelurahan), a kecamatan summary, or nothing (empty code).
    void showRegion(const QString& code);
    QString regionCode() const { return m_code; }

    // Saves a pending edit of the notes (they are saved when the field loses focus).
    void commitPendingEdits();

signals:
    void programmeChanged(const QString& villageCode);

private:
    void fillChoices();
    void load();
    void setEditable(bool editable);
    void commitEdits();
    std::optional<core::KampungProgramme> gather(bool& ok);
    void markInvalid(QWidget* field, const QString& problem);
    void clearMarks();
    void onCommandApplied(const QString& villageCode, const QString& failure);
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::KampungDetailPanel> m_ui;
    core::Database& m_db;
    std::string m_actor;
    QUndoStack* m_undoStack;
    QString m_code;
    bool m_isVillage = false;
    bool m_loading = false;
    std::optional<core::KampungProgramme> m_stored;
};

} // namespace relawas::gui

#pragma once

#include "core/trainings/Training.h"

#include <memory>
#include <optional>
#include <string>

#include <QDate>
#include <QDialog>

class QLabel;
class QWidget;

namespace Ui {
class TrainingDialog;
}

namespace relawas::gui {

struct Session;

// A training created or corrected: kind, title, the region it is organised for, venue, first and last day, capacity,
// notes and, for a P2P class, the pass mark. Enter saves through core's training service; what core refuses is shown
// under the field it names, the dialog stays open and nothing is saved.
class TrainingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDialog)

public:
    // A new training organised for `scopeCode` (the screen's scope).
    TrainingDialog(Session& session, const QString& scopeCode, QWidget* parent = nullptr);
    // A stored training, as read now: it is saved against this revision.
    TrainingDialog(Session& session, const core::Training& stored, QWidget* parent = nullptr);
    ~TrainingDialog() override;

    // The training as saved, once the dialog was accepted.
    const std::optional<core::Training>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    void setUp();
    void fill(const core::Training& training);
    core::Training gathered() const;
    void kindChosen();
    void startDateChanged();
    void describeDates();
    void clearProblems();
    void showProblem(const QString& place, const QString& text);

    std::unique_ptr<Ui::TrainingDialog> m_ui;
    Session& m_session;
    core::Training m_base; // the stored training (its meta: uuid and revision), or a new one
    QDate m_previousStart;
    std::optional<core::Training> m_saved;
};

} // namespace relawas::gui

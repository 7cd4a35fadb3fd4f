#pragma once

#include "core/trainings/Training.h"

#include <memory>
#include <optional>

#include <QWidget>

class QTableView;

namespace Ui {
class TrainingDetailPanel;
}

namespace relawas::gui {

class ParticipantModel;
struct Session;

// The training chosen on the Trainings screen: its facts, and its list day by day (speakers, committee, then
// participants), filtered by part, with the counts of the people shown. The actions on the list: invite by a filter,
// add one person, change an invitation, cancel it (after a question; it stays on the list as cancelled), hand out the
// card codes the check-in desk scans and re-issue a lost card (after a question: the old card stops working). Every
// change goes through core's training service.
class TrainingDetailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingDetailPanel)

public:
    explicit TrainingDetailPanel(Session& session, QWidget* parent = nullptr);
    ~TrainingDetailPanel() override;

    // Shows a training, or nothing. The same training shown again keeps the person chosen.
    void showTraining(const std::optional<core::Training>& training);
    // Where the invite dialog looks when the training names no region: the screen's scope.
    void setScope(const QString& code) { m_scope = code; }

    ParticipantModel* model() const { return m_model; }
    QTableView* table() const;
    // The person chosen in the list, or empty.
    QString currentPersonUuid() const;
    bool selectPerson(const QString& personUuid);

public slots:
    void invite();
    void addPerson();
    void changeStatus();
    void cancelInvitation();
    void issueMissingCards();
    void reissueCard();

signals:
    // Invitations or cards changed: the numbers of the trainings list are out of date.
    void invitationsChanged();
    // What an action did, for the status bar.
    void statusMessage(const QString& text);

private:
    void buildActions();
    void describe();
    void updateCounts();
    void updateActions();
    void reloadKeeping(const QString& personUuid);
    void report(const QString& text);
    void sizeColumns();

    std::unique_ptr<Ui::TrainingDetailPanel> m_ui;
    Session& m_session;
    ParticipantModel* m_model;
    QString m_scope;
};

} // namespace relawas::gui

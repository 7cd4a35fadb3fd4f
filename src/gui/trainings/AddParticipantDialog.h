#pragma once

#include "core/trainings/Invitation.h"
#include "core/trainings/Training.h"

#include <map>
#include <memory>
#include <string>

#include <QDialog>

class QTimer;

namespace Ui {
class AddParticipantDialog;
}

namespace relawas::gui {

struct Session;

// One person at a time onto a training's list, found in the whole register as the roster finds them (part of a
// name, NIK or phone): an outside speaker, a committee member, someone a filter does not catch. Enter in the search
// moves to the first match, Enter on a match adds it as the part chosen; the dialog stays open for the next one.
class AddParticipantDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddParticipantDialog)

public:
    static constexpr int kSearchDelayMs = 200;
    static constexpr int kShown = 50;

    AddParticipantDialog(Session& session, const core::Training& training, QWidget* parent = nullptr);
    ~AddParticipantDialog() override;

    void setPart(core::InvitationPart part);
    // How many were added while the dialog was open.
    int added() const { return m_added; }

signals:
    void personInvited(const QString& personUuid);

public slots:
    // Enter: in the search, runs it and moves to the first match; on a match, adds it.
    void accept() override;

private:
    void search();
    void readList();
    void addCurrent();
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::AddParticipantDialog> m_ui;
    Session& m_session;
    core::Training m_training;
    QTimer* m_searchTimer;
    std::map<std::string, core::InvitationStatus> m_onList; // person uuid -> status of their invitation
    int m_added = 0;
};

} // namespace relawas::gui

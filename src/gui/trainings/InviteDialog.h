#pragma once

#include "core/organising/TrainingService.h"
#include "core/trainings/Training.h"

#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <QDialog>

class QCheckBox;

namespace Ui {
class InviteDialog;
}

namespace relawas::gui {

struct Session;

// Invites many at once: everyone holding one of the roles ticked in the region chosen (or, with no role ticked,
// everyone living there), as participants, speakers or committee. How many that is shows live, before anyone is
// invited; people already on the list keep their part.
class InviteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InviteDialog)

public:
    // `regionCode`: where to look when the training names no region of its own.
    InviteDialog(Session& session, const core::Training& training, const QString& regionCode,
                 QWidget* parent = nullptr);
    ~InviteDialog() override;

    core::InvitationFilter filter() const;
    core::InvitationPart part() const;
    // How many people the filter selects now, and how many of them are on the list already.
    int matching() const { return m_matching; }
    int alreadyExpected() const { return m_alreadyExpected; }
    // How many were invited, once accepted.
    int invited() const { return m_invited; }

public slots:
    void accept() override;

private:
    void recount();

    std::unique_ptr<Ui::InviteDialog> m_ui;
    Session& m_session;
    core::Training m_training;
    std::vector<std::pair<core::RoleKind, QCheckBox*>> m_roles;
    std::set<std::string> m_expected; // the people on the list now
    int m_matching = 0;
    int m_alreadyExpected = 0;
    int m_invited = 0;
};

} // namespace relawas::gui

#pragma once

#include "core/trainings/Invitation.h"

#include <memory>
#include <optional>

#include <QDialog>

namespace Ui {
class InvitationDialog;
}

namespace relawas::gui {

struct Session;

// One person's invitation: whether they confirmed or declined (or are invited again after a cancel), and what they
// come as. Saved through core's training service against the revision read; a change made elsewhere meanwhile is
// refused and said, nothing is overwritten.
class InvitationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvitationDialog)

public:
    InvitationDialog(Session& session, const core::Invitation& invitation, const QString& personName,
                     QWidget* parent = nullptr);
    ~InvitationDialog() override;

    // The invitation as saved, once accepted.
    const std::optional<core::Invitation>& saved() const { return m_saved; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::InvitationDialog> m_ui;
    Session& m_session;
    core::Invitation m_invitation;
    std::optional<core::Invitation> m_saved;
};

} // namespace relawas::gui

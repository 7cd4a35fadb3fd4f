#pragma once

#include "core/people/Person.h"

#include <memory>

#include <QDialog>

namespace Ui {
class EndRoleDialog;
}

namespace relawas::gui {

struct Session;

// Ends one role on a date (today unless typed) for a reason (typed, or one of a few usual ones), saved at once
// through the people service. The role stays in the person's history. A refusal of core (the role changed meanwhile,
// an end before the start) is shown in the dialog, which stays open.
class EndRoleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndRoleDialog)

public:
    // `role` as read (its revision is the one the end names); `description` says which role it is.
    EndRoleDialog(Session& session, const core::PersonRole& role, const QString& description,
                  QWidget* parent = nullptr);
    ~EndRoleDialog() override;

    const core::PersonRole& endedRole() const { return m_ended; }

public slots:
    void accept() override;

private:
    void refuse(const QString& text, QWidget* field);

    std::unique_ptr<Ui::EndRoleDialog> m_ui;
    Session& m_session;
    core::PersonRole m_role;
    core::PersonRole m_ended;
};

} // namespace relawas::gui

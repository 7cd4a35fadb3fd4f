#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"
#include "core/people/RoleScope.h"
#include "people/registration/RoleScopes.h"

#include <memory>
#include <optional>

#include <QDialog>

namespace Ui {
class AddRoleDialog;
}

namespace relawas::gui {

struct Session;

// A new role for one stored person, saved at once through the people service: the kind, the region it covers
// (the person's village, or its kecamatan for the Panwascam; any region of the working kabupaten of the right level)
// and the start date (today unless typed). A person too young for the role on election day is refused here, as at
// registration; a refusal of core is shown in the dialog, which stays open.
class AddRoleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddRoleDialog)

public:
    // `person` as the form shows it now: whose role, their village and birth date. Ages count on `referenceDate`.
    AddRoleDialog(Session& session, const core::Person& person, const core::Date& referenceDate,
                  QWidget* parent = nullptr);
    ~AddRoleDialog() override;

    const core::PersonRole& addedRole() const { return m_added; }

public slots:
    void accept() override;

private:
    core::RoleKind kind() const;
    void kindChosen();
    QString chosenScope() const;
    bool checkEligibility();
    void refuse(const QString& text, QWidget* field);

    std::unique_ptr<Ui::AddRoleDialog> m_ui;
    Session& m_session;
    core::Person m_person;
    core::Date m_referenceDate;
    std::optional<core::ScopeLevel> m_listedLevel;
    core::PersonRole m_added;
};

} // namespace relawas::gui

#pragma once

#include "core/people/Person.h"
#include "core/trainings/Invitation.h"

#include <memory>

#include <QDialog>

namespace Ui {
class WalkInDialog;
}

namespace relawas::gui {

class VillagePicker;
struct Session;

// A newcomer at the door: name, village and part, the NIK optional, checked by the same rules and the same duplicate
// check as the registration form. When someone alike is already registered the dialog lists them: picking one admits
// that person instead (existingPersonUuid()); Enter again registers the newcomer anyway.
class WalkInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInDialog)

public:
    WalkInDialog(Session& session, const QString& name, core::InvitationPart part, QWidget* parent = nullptr);
    ~WalkInDialog() override;

    core::Person person() const { return m_person; }
    core::InvitationPart part() const;
    QString existingPersonUuid() const { return m_existing; }

    void accept() override;

private:
    bool checked();

    std::unique_ptr<Ui::WalkInDialog> m_ui;
    Session& m_session;
    VillagePicker* m_village;
    core::Person m_person;
    QString m_existing;
    bool m_duplicatesShown = false;
};

} // namespace relawas::gui

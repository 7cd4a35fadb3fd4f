#pragma once

#include "core/base/Clock.h"
#include "core/people/PeopleService.h"
#include "core/people/Person.h"
#include "core/people/checks/PersonCheck.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QDialog>
#include <QStringList>

class QCheckBox;

namespace Ui {
class RegistrationDialog;
}

namespace relawas::gui {

class PersonRolesPanel;
class VillagePicker;
struct Session;

// The registration form, for typing hundreds of people by keyboard: every field is checked as it is typed, the
// NIK fills in birth date and gender, possible duplicates show before saving, Enter saves and starts the next
// person (keeping village and role), Esc closes. An error blocks saving; warnings need one more Enter.
// In edit mode the same form corrects one stored person: Enter saves the changes as the record's next revision and
// closes; a record changed elsewhere meanwhile is read again instead of overwritten. Its roles section adds and ends
// roles, each saved at once; a move to another village asks whether the roles held there move too.
class RegistrationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrationDialog)

public:
    RegistrationDialog(Session& session, const QString& scopeCode, QWidget* parent = nullptr);
    // Edit mode, for `person` as read from the database (its revision is the one a save names).
    RegistrationDialog(Session& session, const core::Person& person, QWidget* parent = nullptr);
    ~RegistrationDialog() override;

    void setVillage(const QString& code);
    int savedCount() const { return m_savedCount; }
    const core::PersonCheck& currentCheck() const { return m_check; }

signals:
    void personSaved(const QString& uuid);

public slots:
    void reject() override;

private:
    void fillChoices();
    core::PersonDraft draft() const;
    void recheck();
    void showIssues();
    void checkDates();
    bool reached(const std::string& field) const;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void markField(const std::string& field, const char* style) const;
    void fillFromNik();
    bool save();
    QString warningSignature() const;
    bool saveNew(const core::Person& person);
    core::Person personFromForm() const;
    void clearForNext();
    bool isDirty() const;
    // Edit mode (RegistrationDialogEditing.cpp).
    void setUpEditing();
    void showStored(const core::Person& person);
    QStringList formState() const;
    bool saveChanges(core::Person person);
    void readHeldRoles();
    void warnOfHeldRoleAges();
    void rolesChanged();
    std::optional<core::RolesOnMove> askRolesOnMove(const core::Person& person);
    QWidget* fieldWidget(const std::string& field) const;

    std::unique_ptr<Ui::RegistrationDialog> m_ui;
    Session& m_session;
    VillagePicker* m_villages;
    QString m_scopeKecamatan; // the kecamatan being worked on, when one is chosen
    std::map<core::TargetGroup, QCheckBox*> m_groups;
    core::PersonCheck m_check;
    std::vector<core::FieldIssue> m_duplicates; // blocking (same NIK) and warnings (same phone, similar name)
    std::set<std::string> m_reached;            // the fields the clerk has left since the form was last cleared
    bool m_triedSaving = false;                 // Enter was pressed on this person: every issue shows
    QString m_confirmedWarnings;                // the warnings the clerk has already seen and confirmed once
    core::Date m_referenceDate;                 // the election day set in the database, else today
    bool m_birthDateFromNik = false;
    bool m_genderFromNik = false;
    bool m_filling = false;
    int m_savedCount = 0;
    std::optional<core::Person> m_stored;      // edit mode: the record as last read
    std::vector<core::RoleKind> m_storedRoles; // the roles held now (not the ended ones), for the age check
    PersonRolesPanel* m_rolesPanel = nullptr;  // edit mode only
    QStringList m_storedState;                 // the form as it showed the stored record, to tell a change
};

} // namespace relawas::gui

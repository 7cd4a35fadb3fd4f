#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"

#include <functional>
#include <string>
#include <vector>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace relawas::gui {

class PersonRolesModel;
struct Session;

// The roles section of the person form in edit mode: the person's roles, current and ended, with "Add role…" and
// "End role…". Each change is saved at once through the people service (a role is a record of its own, not a field
// of the person) and the list is read again.
class PersonRolesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonRolesPanel)

public:
    explicit PersonRolesPanel(Session& session, QWidget* parent = nullptr);

    // The person as the form shows it now (uuid, name, village, birth date): a new role starts from it.
    void setPersonSource(std::function<core::Person()> source) { m_personSource = std::move(source); }
    void setReferenceDate(const core::Date& date) { m_referenceDate = date; }
    void load(const std::string& personUuid);

    // The roles as last read, ended ones too.
    const std::vector<core::PersonRole>& roles() const { return m_roles; }
    QTableView* tableView() const { return m_table; }
    QPushButton* addButton() const { return m_addButton; }
    QPushButton* endButton() const { return m_endButton; }

signals:
    void rolesChanged();

private:
    void reload(const std::string& currentRoleUuid = {});
    void updateButtons();
    void showStatus(const QString& text, const char* colour);
    void addRole();
    void endRole();
    QString describe(const core::PersonRole& role) const;

    Session& m_session;
    std::function<core::Person()> m_personSource;
    core::Date m_referenceDate = core::todayUtc();
    std::string m_personUuid;
    std::vector<core::PersonRole> m_roles;
    PersonRolesModel* m_model;
    QTableView* m_table;
    QPushButton* m_addButton;
    QPushButton* m_endButton;
    QLabel* m_statusLabel;
};

} // namespace relawas::gui

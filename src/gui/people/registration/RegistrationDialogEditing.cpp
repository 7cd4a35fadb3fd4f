// The registration form in edit mode: one stored person is corrected and saved as the record's next revision.
// Kept apart from RegistrationDialog.cpp, which is about typing many new people in a row.
#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/people/checks/Phone.h"
#include "people/registration/PersonRolesPanel.h"
#include "people/registration/RegistrationDialog.h"
#include "people/registration/RoleScopes.h"
#include "people/registration/VillagePicker.h"
#include "ui_RegistrationDialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

RegistrationDialog::RegistrationDialog(Session& session, const core::Person& person, QWidget* parent)
    : RegistrationDialog(session, session.kabupatenCode, parent) // a person may move to any village of the kabupaten
{
    setUpEditing();
    showStored(person);
    // The form shows the NIK whole, to correct it: that is a disclosure like the roster's "Show NIK".
    if (!person.nik.empty()) {
        core::PeopleService(session.database, session.actor).recordNikRevealed(person.meta.uuid);
    }
}

void RegistrationDialog::setUpEditing()
{
    setWindowTitle(tr("Edit person"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save ch&anges"));
    m_ui->keysLabel->setText(tr("Enter: save the changes · Esc: close"));
    // Roles are records of their own, with a scope and dates: instead of the one role a registration chooses, a
    // section of their own that saves each change at once, apart from the person's fields that Enter saves.
    m_ui->formLayout->setRowVisible(m_ui->roleLabel, false);
    auto* rolesBox = new QGroupBox(tr("Roles"), m_ui->formContainer);
    rolesBox->setObjectName(QStringLiteral("rolesGroupBox"));
    m_rolesPanel = new PersonRolesPanel(m_session, rolesBox);
    m_rolesPanel->setObjectName(QStringLiteral("rolesPanel"));
    m_rolesPanel->setReferenceDate(m_referenceDate);
    m_rolesPanel->setPersonSource([this] {
        core::Person person = personFromForm();
        person.meta = m_stored->meta;
        if (person.villageCode.empty()) {
            person.villageCode = m_stored->villageCode; // the village field is being retyped: the stored one counts
        }
        return person;
    });
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    rolesLayout->addWidget(m_rolesPanel);
    int roleRow = 0;
    QFormLayout::ItemRole itemRole{};
    m_ui->formLayout->getWidgetPosition(m_ui->roleLabel, &roleRow, &itemRole);
    m_ui->formLayout->insertRow(roleRow + 1, rolesBox);
    setTabOrder(m_ui->educationComboBox, m_rolesPanel->tableView());
    setTabOrder(m_rolesPanel->tableView(), m_rolesPanel->addButton());
    setTabOrder(m_rolesPanel->addButton(), m_rolesPanel->endButton());
    setTabOrder(m_rolesPanel->endButton(), m_ui->organisationLineEdit);
    connect(m_rolesPanel, &PersonRolesPanel::rolesChanged, this, &RegistrationDialog::rolesChanged);
}

// The roles held now, for the age check; the ended ones no longer count.
void RegistrationDialog::readHeldRoles()
{
    m_storedRoles.clear();
    for (const core::PersonRole& role : m_rolesPanel->roles()) {
        if (!role.endDate) {
            m_storedRoles.push_back(role.kind);
        }
    }
}

// The minimum age is a rule for taking a role on. A role already held is not refused again: a person who is now too
// young for it (an election day set later, a birth date corrected) is a warning, so the rest of their record can
// still be corrected; the role is ended in the roles section if it must be.
void RegistrationDialog::warnOfHeldRoleAges()
{
    auto& errors = m_check.errors;
    const auto tooYoung = std::stable_partition(errors.begin(), errors.end(), [](const core::FieldIssue& found) {
        return found.issue.code != "eligibility.too_young";
    });
    m_check.warnings.insert(m_check.warnings.end(), tooYoung, errors.end());
    errors.erase(tooYoung, errors.end());
}

void RegistrationDialog::rolesChanged()
{
    readHeldRoles();
    recheck();
}

// Every field as stored. The warnings the record has now count as confirmed (they were, when it was saved): only a
// new one costs the clerk a second Enter.
void RegistrationDialog::showStored(const core::Person& person)
{
    m_stored = person;
    m_rolesPanel->load(person.meta.uuid);
    readHeldRoles();

    const auto text = [](const std::string& value) { return QString::fromStdString(value); };
    m_filling = true;
    m_ui->nikLineEdit->setText(text(person.nik));
    m_ui->fullNameLineEdit->setText(text(person.fullName));
    m_ui->genderComboBox->setCurrentIndex(person.gender ? m_ui->genderComboBox->findData(int(*person.gender)) : 0);
    m_ui->birthDateLineEdit->setText(formatUserDate(person.birthDate));
    m_ui->birthPlaceLineEdit->setText(text(person.birthPlace));
    m_villages->setVillageCode(text(person.villageCode));
    m_ui->dusunLineEdit->setText(text(person.dusun));
    m_ui->rtLineEdit->setText(text(person.rt));
    m_ui->rwLineEdit->setText(text(person.rw));
    m_ui->phoneLineEdit->setText(person.phone.empty() ? QString() : text(core::formatPhoneForDisplay(person.phone)));
    m_ui->emailLineEdit->setText(text(person.email));
    m_ui->occupationLineEdit->setText(text(person.occupation));
    m_ui->educationComboBox->setCurrentIndex(m_ui->educationComboBox->findText(text(person.education)));
    m_ui->educationComboBox->setEditText(text(person.education));
    m_ui->disabilityCheckBox->setChecked(person.hasDisability);
    m_ui->disabilityKindLineEdit->setText(text(person.disabilityKind));
    for (auto& [group, box] : m_groups) {
        box->setChecked(person.targetGroups.contains(group));
    }
    m_ui->organisationLineEdit->setText(text(person.organisation));
    m_ui->noPartyDateLineEdit->setText(formatUserDate(person.noPartyDeclarationDate));
    m_ui->consentDateLineEdit->setText(formatUserDate(person.consentDate));
    m_ui->notesLineEdit->setText(text(person.notes));
    m_filling = false;

    recheck();
    // Where the stored values are what the NIK says, a corrected NIK corrects them too.
    m_birthDateFromNik =
        m_check.nikBirthDate && parseUserDate(m_ui->birthDateLineEdit->text()).date == m_check.nikBirthDate;
    m_genderFromNik = m_check.nikGender && m_ui->genderComboBox->currentData() == QVariant(int(*m_check.nikGender));
    m_confirmedWarnings = warningSignature();
    m_storedState = formState();
    m_ui->savedLabel->clear();
}

// What the form shows, to tell whether the clerk changed anything.
QStringList RegistrationDialog::formState() const
{
    QStringList state;
    for (const QLineEdit* edit : m_ui->formContainer->findChildren<QLineEdit*>()) {
        state << edit->text(); // the education combo's own line edit too
    }
    for (const QCheckBox* box : m_ui->formContainer->findChildren<QCheckBox*>()) {
        state << (box->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
    }
    state << QString::number(m_ui->genderComboBox->currentIndex());
    return state;
}

bool RegistrationDialog::saveChanges(core::Person person)
{
    if (formState() == m_storedState) {
        accept(); // nothing changed: no new revision
        return true;
    }
    person.meta = m_stored->meta; // the revision read: a record changed meanwhile is refused, not overwritten
    const auto roles = askRolesOnMove(person);
    if (!roles) {
        return false; // the clerk went back to the form
    }
    try {
        const core::Person stored = core::PeopleService(m_session.database, m_session.actor).correct(person, *roles);
        spdlog::info("person {} corrected, revision {}{}", stored.meta.uuid, stored.meta.revision,
                     *roles == core::RolesOnMove::Follow ? ", roles moved with them" : "");
        m_stored = stored;
        m_storedState = formState();
        emit personSaved(QString::fromStdString(stored.meta.uuid));
        accept();
        return true;
    } catch (const core::Error& e) {
        if (e.code() != "person.stale") {
            m_ui->savedLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
            m_ui->savedLabel->setText(ErrorText::describe(e));
            return false;
        }
        spdlog::warn("correcting person {} refused: {}", person.meta.uuid, e.what());
        const auto current = core::PersonRepository(m_session.database).find(person.meta.uuid);
        if (!current) {
            QMessageBox::warning(
                this, tr("Edit person"),
                tr("%1\n\nNothing was saved: the person is no longer in the register.").arg(ErrorText::message(e)));
            QDialog::reject(); // nothing left to keep: no question about discarding
            return false;
        }
        QMessageBox::warning(this, tr("Edit person"),
                             tr("%1\n\nNothing was saved. The form now shows the record as stored: check it and make "
                                "your changes again.")
                                 .arg(ErrorText::message(e)));
        showStored(*current);
        m_ui->nikLineEdit->setFocus();
        return false;
    }
}

// A person moved to another village may hold roles scoped at the old one (registration scopes a relawan at their
// village): the clerk says once whether those roles move too. Nothing to ask when the village stays or no role is
// scoped there. No value: the clerk cancelled, and nothing is saved.
std::optional<core::RolesOnMove> RegistrationDialog::askRolesOnMove(const core::Person& person)
{
    const std::string& from = m_stored->villageCode;
    if (person.villageCode.empty() || person.villageCode == from) {
        return core::RolesOnMove::Stay;
    }
    const auto scoped = core::PeopleService(m_session.database, m_session.actor).rolesScopedAt(person.meta.uuid, from);
    if (scoped.empty()) {
        return core::RolesOnMove::Stay;
    }
    QStringList names;
    for (const core::PersonRole& role : scoped) {
        names << DomainText::role(role.kind);
    }
    const QString oldVillage = RoleScopes::name(m_session.database, from);
    const QString newVillage = RoleScopes::name(m_session.database, person.villageCode);
    const auto answer = QMessageBox::question(
        this, tr("Move roles"),
        tr("%1 moves from %2 to %3 and holds these roles in %2: %4.\n\nDo the roles move to %3 as well? Yes: they "
           "cover %3 from now on. No: they stay in %2.")
            .arg(QString::fromStdString(person.fullName), oldVillage, newVillage, names.join(QStringLiteral(", "))),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
    switch (answer) {
    case QMessageBox::Yes:
        return core::RolesOnMove::Follow;
    case QMessageBox::No:
        return core::RolesOnMove::Stay;
    default:
        return std::nullopt;
    }
}

} // namespace relawas::gui

// The registration form in edit mode: one stored person is corrected and saved as the record's next revision.
// Kept apart from RegistrationDialog.cpp, which is about typing many new people in a row.
#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/people/checks/Phone.h"
#include "people/registration/RegistrationDialog.h"
#include "people/registration/VillagePicker.h"
#include "ui_RegistrationDialog.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

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
    // Roles are records of their own, with a scope and dates: the form shows them but does not change them.
    m_ui->roleLabel->setText(tr("Roles"));
    m_ui->roleLabel->setBuddy(nullptr);
    m_ui->roleComboBox->hide();
    m_ui->rolesValueLabel->show();
}

// Every field as stored. The warnings the record has now count as confirmed (they were, when it was saved): only a
// new one costs the clerk a second Enter.
void RegistrationDialog::showStored(const core::Person& person)
{
    m_stored = person;
    m_storedRoles.clear();
    QStringList roleNames;
    for (const core::PersonRole& role : core::RoleRepository(m_session.database).rolesOf(person.meta.uuid)) {
        m_storedRoles.push_back(role.kind);
        roleNames << DomainText::role(role.kind);
    }
    m_ui->rolesValueLabel->setText(roleNames.isEmpty() ? tr("none", "roles held")
                                                       : roleNames.join(QStringLiteral(", ")));

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
    try {
        const core::Person stored = core::PeopleService(m_session.database, m_session.actor).correct(person);
        spdlog::info("person {} corrected, revision {}", stored.meta.uuid, stored.meta.revision);
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

} // namespace relawas::gui

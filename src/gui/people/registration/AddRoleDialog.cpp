#include "people/registration/AddRoleDialog.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/ValidationText.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/RoleRepository.h"
#include "core/people/checks/Eligibility.h"
#include "ui_AddRoleDialog.h"

#include <algorithm>

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
constexpr const char* kErrorColour = "#b3261e";
constexpr const char* kWarningColour = "#b26a00";
} // namespace

AddRoleDialog::AddRoleDialog(Session& session, const core::Person& person, const core::Date& referenceDate,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AddRoleDialog>())
    , m_session(session)
    , m_person(person)
    , m_referenceDate(referenceDate)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("A new role for %1. It is saved as soon as you confirm.").arg(QString::fromStdString(person.fullName)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Add role"));
    for (const auto kind : core::kAllRoleKinds) {
        m_ui->kindComboBox->addItem(DomainText::role(kind), int(kind));
    }
    // Typing any part of a name lists the regions that contain it, as the village field of the form does.
    QCompleter* completer = m_ui->scopeComboBox->completer();
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->scopeComboBox->lineEdit()->setPlaceholderText(tr("Type the name of a region"));
    m_ui->startDateLineEdit->setText(formatUserDate(core::todayUtc()));

    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &AddRoleDialog::kindChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddRoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddRoleDialog::reject);
    kindChosen();
    m_ui->kindComboBox->setFocus();
}

AddRoleDialog::~AddRoleDialog() = default;

core::RoleKind AddRoleDialog::kind() const
{
    return core::RoleKind(m_ui->kindComboBox->currentData().toInt());
}

// A role of another level lists other regions, and starts again from the person's own.
void AddRoleDialog::kindChosen()
{
    const core::ScopeLevel level = core::scopeLevelOf(kind());
    if (level != m_listedLevel) {
        m_listedLevel = level;
        const std::string kabupaten = m_session.kabupatenCode.toStdString();
        m_ui->scopeComboBox->clear();
        for (const auto& choice : RoleScopes::choicesFor(m_session.database, kind(), kabupaten)) {
            m_ui->scopeComboBox->addItem(choice.text, choice.code);
        }
        // None when the person's own region is not in the list: the clerk chooses, nothing is picked for them.
        const QString preferred = QString::fromStdString(core::defaultScopeOf(kind(), m_person.villageCode, kabupaten));
        m_ui->scopeComboBox->setCurrentIndex(m_ui->scopeComboBox->findData(preferred));
    }
    checkEligibility();
}

// The code of the region the text names: an entry of the list, a code, or a part of exactly one entry.
QString AddRoleDialog::chosenScope() const
{
    const QString wanted = m_ui->scopeComboBox->currentText().trimmed();
    if (wanted.isEmpty()) {
        return {};
    }
    QString code;
    int matches = 0;
    for (int i = 0; i < m_ui->scopeComboBox->count(); ++i) {
        const QString entry = m_ui->scopeComboBox->itemText(i);
        const QString entryCode = m_ui->scopeComboBox->itemData(i).toString();
        if (entry.compare(wanted, Qt::CaseInsensitive) == 0 || entryCode == wanted) {
            return entryCode;
        }
        if (entry.contains(wanted, Qt::CaseInsensitive)) {
            code = entryCode;
            ++matches;
        }
    }
    return matches == 1 ? code : QString();
}

// The minimum age of the role on election day, as at registration: too young refuses, an unknown birth date warns.
bool AddRoleDialog::checkEligibility()
{
    m_ui->issueLabel->clear();
    for (const auto& issue : core::checkEligibility(kind(), m_person.birthDate, m_referenceDate)) {
        const bool blocks = issue.code == "eligibility.too_young";
        m_ui->issueLabel->setStyleSheet(
            QStringLiteral("color: %1;").arg(QLatin1String(blocks ? kErrorColour : kWarningColour)));
        m_ui->issueLabel->setText(ValidationText::describe(issue));
        if (blocks) {
            return false;
        }
    }
    return true;
}

void AddRoleDialog::refuse(const QString& text, QWidget* field)
{
    m_ui->issueLabel->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(kErrorColour)));
    m_ui->issueLabel->setText(text);
    field->setFocus();
}

void AddRoleDialog::accept()
{
    core::PersonRole role;
    role.personUuid = m_person.meta.uuid;
    role.kind = kind();
    role.scopeCode = chosenScope().toStdString();
    if (role.scopeCode.empty()) {
        refuse(tr("Choose the region of the role from the list."), m_ui->scopeComboBox);
        return;
    }
    const UserDate start = parseUserDate(m_ui->startDateLineEdit->text());
    if (!start.valid || !start.date) {
        refuse(tr("Write the start date as dd/mm/yyyy."), m_ui->startDateLineEdit);
        return;
    }
    role.startDate = start.date;
    if (!checkEligibility()) {
        m_ui->kindComboBox->setFocus();
        return;
    }
    try {
        m_added = core::PeopleService(m_session.database, m_session.actor).addRole(role);
    } catch (const core::Error& e) {
        spdlog::warn("adding a role to person {} refused: {}", role.personUuid, e.what());
        refuse(ErrorText::message(e), m_ui->kindComboBox);
        return;
    }
    spdlog::info("role {} ({}) added to person {} in {}", m_added.meta.uuid, core::roleKindId(m_added.kind),
                 m_added.personUuid, m_added.scopeCode);
    QDialog::accept();
}

} // namespace relawas::gui

#include "desk/WalkInDialog.h"

#include "common/DomainText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/ValidationText.h"
#include "core/people/checks/PersonCheck.h"
#include "core/people/duplicates/DuplicateFinder.h"
#include "core/regions/RegionRepository.h"
#include "people/registration/VillagePicker.h"
#include "ui_WalkInDialog.h"

#include <QPushButton>

namespace relawas::gui {

WalkInDialog::WalkInDialog(Session& session, const QString& name, core::InvitationPart part, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WalkInDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_village = new VillagePicker(session.database, m_ui->villageLineEdit, this);
    m_village->setScope(session.kabupatenCode);
    for (const core::InvitationPart each : core::kAllInvitationParts) {
        m_ui->partComboBox->addItem(DomainText::part(each), int(each));
    }
    m_ui->partComboBox->setCurrentIndex(m_ui->partComboBox->findData(int(part)));
    m_ui->nameLineEdit->setText(name);
    m_ui->duplicatesListWidget->hide();
    m_ui->issueLabel->hide();
    Theme::setPrimary(m_ui->buttonBox->button(QDialogButtonBox::Ok));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Register and check in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WalkInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &WalkInDialog::reject);
    (name.isEmpty() ? m_ui->nameLineEdit : m_ui->villageLineEdit)->setFocus();
}

WalkInDialog::~WalkInDialog() = default;

core::InvitationPart WalkInDialog::part() const
{
    return core::InvitationPart(m_ui->partComboBox->currentData().toInt());
}

bool WalkInDialog::checked()
{
    core::PersonDraft draft;
    draft.fullName = m_ui->nameLineEdit->text().toStdString();
    draft.nikText = m_ui->nikLineEdit->text().toStdString();
    draft.villageCode = m_village->villageCode().toStdString();
    draft.walkIn = true;
    core::PersonCheckContext context;
    const core::RegionRepository regions(m_session.database);
    context.regionKnown = [&regions](const std::string& code) { return regions.find(code).has_value(); };
    context.districtCode = m_session.kabupatenCode.toStdString();
    const core::PersonCheck check = core::checkPerson(draft, context);
    if (check.blocked()) {
        QStringList problems;
        for (const auto& error : check.errors) {
            problems << tr("%1: %2").arg(ValidationText::field(QString::fromStdString(error.field)),
                                         ValidationText::describe(error.issue));
        }
        m_ui->issueLabel->setText(problems.join(QLatin1Char('\n')));
        m_ui->issueLabel->show();
        return false;
    }
    m_person = {};
    m_person.fullName = draft.fullName;
    m_person.nik = check.nik;
    m_person.villageCode = draft.villageCode;
    m_person.birthDate = check.nikBirthDate;
    m_person.gender = check.nikGender;
    return true;
}

void WalkInDialog::accept()
{
    if (QListWidgetItem* chosen = m_ui->duplicatesListWidget->currentItem();
        m_duplicatesShown && chosen && chosen->isSelected()) {
        m_existing = chosen->data(Qt::UserRole).toString();
        QDialog::accept();
        return;
    }
    if (!checked()) {
        return;
    }
    if (!m_duplicatesShown) {
        const auto candidates = core::DuplicateFinder(m_session.database).candidatesFor(m_person);
        if (!candidates.empty()) {
            m_duplicatesShown = true;
            m_ui->duplicatesListWidget->clear();
            for (const auto& candidate : candidates) {
                auto* item = new QListWidgetItem(tr("%1 (%2)").arg(QString::fromStdString(candidate.fullName),
                                                                   QString::fromStdString(candidate.villageCode)),
                                                 m_ui->duplicatesListWidget);
                item->setData(Qt::UserRole, QString::fromStdString(candidate.personUuid));
            }
            m_ui->issueLabel->setText(tr("Already registered? Pick the person to admit them instead, or press Enter "
                                         "again to register a new person."));
            m_ui->issueLabel->show();
            m_ui->duplicatesListWidget->show();
            m_ui->duplicatesListWidget->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace relawas::gui

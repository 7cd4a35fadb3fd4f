#include "people/registration/EndRoleDialog.h"

#include "common/DateText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "ui_EndRoleDialog.h"

#include <QLineEdit>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

EndRoleDialog::EndRoleDialog(Session& session, const core::PersonRole& role, const QString& description,
                             QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EndRoleDialog>())
    , m_session(session)
    , m_role(role)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("End the role %1? It stays in the person's history, with its end date and reason.").arg(description));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("End role"));
    m_ui->endDateLineEdit->setText(formatUserDate(core::todayUtc()));
    // The usual reasons, in the user's language; any other can be typed.
    m_ui->reasonComboBox->addItems(
        {tr("Term of office ended"), tr("Moved to another place"), tr("Resigned"), tr("Passed away")});
    m_ui->reasonComboBox->setCurrentIndex(-1);
    m_ui->reasonComboBox->lineEdit()->setPlaceholderText(tr("Type a reason or choose one"));
    m_ui->reasonComboBox->lineEdit()->setMaxLength(200);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &EndRoleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &EndRoleDialog::reject);
    m_ui->endDateLineEdit->setFocus();
}

EndRoleDialog::~EndRoleDialog() = default;

void EndRoleDialog::refuse(const QString& text, QWidget* field)
{
    m_ui->issueLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_ui->issueLabel->setText(text);
    field->setFocus();
}

void EndRoleDialog::accept()
{
    const UserDate end = parseUserDate(m_ui->endDateLineEdit->text());
    if (!end.valid || !end.date) {
        refuse(tr("Write the end date as dd/mm/yyyy."), m_ui->endDateLineEdit);
        return;
    }
    const QString reason = m_ui->reasonComboBox->currentText().simplified();
    if (reason.isEmpty()) {
        refuse(tr("Say why the role ends: type a reason or choose one from the list."), m_ui->reasonComboBox);
        return;
    }
    try {
        m_ended =
            core::PeopleService(m_session.database, m_session.actor).endRole(m_role, *end.date, reason.toStdString());
    } catch (const core::Error& e) {
        spdlog::warn("ending role {} refused: {}", m_role.meta.uuid, e.what());
        refuse(ErrorText::message(e),
               e.code() == "role.dates_reversed" ? static_cast<QWidget*>(m_ui->endDateLineEdit) : m_ui->reasonComboBox);
        return;
    }
    spdlog::info("role {} of person {} ended on {}", m_ended.meta.uuid, m_ended.personUuid,
                 core::formatIsoDate(*m_ended.endDate));
    QDialog::accept();
}

} // namespace relawas::gui

#include "trainings/InvitationDialog.h"

#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "ui_InvitationDialog.h"

#include <QPushButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

InvitationDialog::InvitationDialog(Session& session, const core::Invitation& invitation, const QString& personName,
                                   QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InvitationDialog>())
    , m_session(session)
    , m_invitation(invitation)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("The invitation of <b>%1</b>.").arg(personName.toHtmlEscaped()));
    for (const auto status : core::kAllInvitationStatuses) {
        m_ui->statusComboBox->addItem(DomainText::invitationStatus(status), int(status));
    }
    for (const auto part : core::kAllInvitationParts) {
        m_ui->partComboBox->addItem(DomainText::part(part), int(part));
    }
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(invitation.status)));
    m_ui->partComboBox->setCurrentIndex(m_ui->partComboBox->findData(int(invitation.part)));
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    save->setDefault(true);
    Theme::setPrimary(save);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InvitationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &InvitationDialog::reject);
    m_ui->statusComboBox->setFocus();
}

InvitationDialog::~InvitationDialog() = default;

void InvitationDialog::accept()
{
    core::Invitation changed = m_invitation;
    changed.status = core::InvitationStatus(m_ui->statusComboBox->currentData().toInt());
    changed.part = core::InvitationPart(m_ui->partComboBox->currentData().toInt());
    if (changed.status == m_invitation.status && changed.part == m_invitation.part) {
        QDialog::reject(); // nothing to save
        return;
    }
    try {
        m_saved = core::TrainingService(m_session.database, m_session.actor).update(changed);
    } catch (const core::Error& e) {
        spdlog::warn("changing invitation {} refused: {}", m_invitation.meta.uuid, e.what());
        m_ui->problemLabel->setText(ErrorText::message(e));
        return;
    }
    spdlog::info("invitation {} now {} as {} (by {})", m_saved->meta.uuid, core::invitationStatusId(m_saved->status),
                 core::invitationPartId(m_saved->part), m_session.actor);
    QDialog::accept();
}

} // namespace relawas::gui

#include "trainings/InviteDialog.h"

#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/ScopeChoices.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/ParticipantList.h"
#include "ui_InviteDialog.h"

#include <QCheckBox>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

InviteDialog::InviteDialog(Session& session, const core::Training& training, const QString& regionCode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InviteDialog>())
    , m_session(session)
    , m_training(training)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(tr("Invite to <b>%1</b> everyone who holds one of the roles ticked in the region "
                                 "chosen. People already on the list keep their part.")
                                  .arg(QString::fromStdString(training.title).toHtmlEscaped()));
    // Two columns of four, in the order of the roles: village roles first, then the Panwascam, speakers, trainers.
    QWidget* previous = nullptr;
    int index = 0;
    for (const auto kind : core::kAllRoleKinds) {
        auto* box = new QCheckBox(DomainText::role(kind), m_ui->rolesGroupBox);
        box->setObjectName(QStringLiteral("roleCheckBox_") +
                           QString::fromStdString(std::string(core::roleKindId(kind))));
        m_ui->rolesLayout->addWidget(box, index % 4, index / 4);
        m_roles.emplace_back(kind, box);
        connect(box, &QCheckBox::toggled, this, &InviteDialog::recount);
        if (previous) {
            setTabOrder(previous, box);
        }
        previous = box;
        ++index;
    }
    setTabOrder(previous, m_ui->regionComboBox);

    ScopeChoices::fill(m_ui->regionComboBox, session.database, session.kabupatenCode);
    ScopeChoices::choose(m_ui->regionComboBox, session.database,
                         training.scopeCode.empty() ? regionCode : QString::fromStdString(training.scopeCode));
    for (const auto part : core::kAllInvitationParts) {
        m_ui->partComboBox->addItem(DomainText::part(part), int(part));
    }
    try {
        for (const core::Participant& participant : core::participantsOf(session.database, training, false)) {
            m_expected.insert(participant.invitation.personUuid);
        }
    } catch (const core::Error& e) {
        spdlog::warn("reading the list of training {} failed: {}", training.meta.uuid, e.what());
    }

    QPushButton* invite = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    invite->setText(tr("&Invite"));
    Theme::setPrimary(invite);
    connect(m_ui->regionComboBox, &QComboBox::currentIndexChanged, this, &InviteDialog::recount);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InviteDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &InviteDialog::reject);
    recount();
    m_roles.front().second->setFocus();
}

InviteDialog::~InviteDialog() = default;

core::InvitationFilter InviteDialog::filter() const
{
    core::InvitationFilter filter;
    for (const auto& [kind, box] : m_roles) {
        if (box->isChecked()) {
            filter.roles.push_back(kind);
        }
    }
    filter.underCode = m_ui->regionComboBox->currentData().toString().toStdString();
    return filter;
}

core::InvitationPart InviteDialog::part() const
{
    return core::InvitationPart(m_ui->partComboBox->currentData().toInt());
}

// What pressing Invite would do, said before it is done.
void InviteDialog::recount()
{
    m_ui->problemLabel->clear();
    const core::InvitationFilter wanted = filter();
    m_matching = 0;
    m_alreadyExpected = 0;
    try {
        const std::vector<std::string> people =
            core::TrainingService(m_session.database, m_session.actor).peopleWhere(wanted);
        m_matching = int(people.size());
        for (const std::string& person : people) {
            m_alreadyExpected += m_expected.count(person) > 0 ? 1 : 0;
        }
    } catch (const core::Error& e) {
        m_ui->problemLabel->setText(ErrorText::message(e));
    }
    QString text = wanted.roles.empty()
                       ? tr("No role ticked: everyone living in the region. %Ln person(s) match.", nullptr, m_matching)
                       : tr("%Ln person(s) match.", nullptr, m_matching);
    if (m_alreadyExpected > 0) {
        text += QLatin1Char(' ') + tr("%Ln of them already on the list.", nullptr, m_alreadyExpected);
    }
    m_ui->matchLabel->setText(text);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_matching > m_alreadyExpected);
}

void InviteDialog::accept()
{
    try {
        m_invited = core::TrainingService(m_session.database, m_session.actor)
                        .inviteWhere(m_training.meta.uuid, filter(), part());
    } catch (const core::Error& e) {
        spdlog::warn("inviting to training {} refused: {}", m_training.meta.uuid, e.what());
        m_ui->problemLabel->setText(ErrorText::message(e));
        return;
    }
    spdlog::info("{} invited to training {} by {}", m_invited, m_training.meta.uuid, m_session.actor);
    QDialog::accept();
}

} // namespace relawas::gui

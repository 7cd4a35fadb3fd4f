#include "people/registration/PersonRolesPanel.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "core/people/RoleRepository.h"
#include "people/registration/AddRoleDialog.h"
#include "people/registration/EndRoleDialog.h"
#include "people/registration/PersonRolesModel.h"
#include "people/registration/RoleScopes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
constexpr const char* kDoneColour = "#1b5e20";
}

PersonRolesPanel::PersonRolesPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new PersonRolesModel(this))
    , m_table(new QTableView(this))
    , m_addButton(new QPushButton(tr("A&dd role…"), this))
    , m_endButton(new QPushButton(tr("End &role…"), this))
    , m_statusLabel(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("rolesTableView"));
    m_addButton->setObjectName(QStringLiteral("addRolePushButton"));
    m_endButton->setObjectName(QStringLiteral("endRolePushButton"));
    m_statusLabel->setObjectName(QStringLiteral("roleStatusLabel"));
    m_table->setAccessibleName(tr("Roles"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the list for the buttons, as everywhere in the form
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Names and reasons take the room left by the short columns; a long one is elided, and whole in its tooltip.
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (const int column :
         {PersonRolesModel::KindColumn, PersonRolesModel::StartColumn, PersonRolesModel::EndColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header->setSectionResizeMode(PersonRolesModel::ScopeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PersonRolesModel::ReasonColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room for four roles without scrolling; most people hold one or two.
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            4 * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth());
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_endButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    setTabOrder(m_table, m_addButton);
    setTabOrder(m_addButton, m_endButton);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PersonRolesPanel::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &PersonRolesPanel::addRole);
    connect(m_endButton, &QPushButton::clicked, this, &PersonRolesPanel::endRole);
    updateButtons();
}

void PersonRolesPanel::load(const std::string& personUuid)
{
    m_personUuid = personUuid;
    showStatus({}, nullptr);
    reload();
}

// Reads the roles again; the cursor goes to `currentRoleUuid`, else stays on the role it was on, else goes to the
// first current role, so that "End role…" works without a click.
void PersonRolesPanel::reload(const std::string& currentRoleUuid)
{
    std::string current = currentRoleUuid;
    if (current.empty() && m_table->currentIndex().isValid()) {
        current = m_model->roleAt(m_table->currentIndex().row()).meta.uuid;
    }
    try {
        m_roles = core::RoleRepository(m_session.database).rolesOf(m_personUuid);
    } catch (const core::Error& e) {
        spdlog::error("reading the roles of person {} failed: {}", m_personUuid, e.what());
        m_roles.clear();
        showStatus(ErrorText::describe(e), "#b3261e");
    }
    std::vector<PersonRolesModel::Row> rows;
    for (const core::PersonRole& role : m_roles) {
        rows.push_back({role, RoleScopes::name(m_session.database, role.scopeCode)});
    }
    m_model->setRows(std::move(rows));
    int row = current.empty() ? -1 : m_model->rowOf(current);
    for (int i = 0; row < 0 && i < m_model->rowCount(); ++i) {
        if (!m_model->roleAt(i).endDate) {
            row = i;
        }
    }
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, PersonRolesModel::KindColumn));
    }
    updateButtons();
}

// What the last change did, or why the roles cannot be read; no empty line when there is nothing to say.
void PersonRolesPanel::showStatus(const QString& text, const char* colour)
{
    m_statusLabel->setStyleSheet(colour ? QStringLiteral("color: %1;").arg(QLatin1String(colour)) : QString());
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void PersonRolesPanel::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_endButton->setEnabled(current.isValid() && !m_model->roleAt(current.row()).endDate);
}

// "PKD in Durian (12.19.07.2004), since 01/02/2024"
QString PersonRolesPanel::describe(const core::PersonRole& role) const
{
    const QString where = RoleScopes::name(m_session.database, role.scopeCode);
    return role.startDate
               ? tr("%1 in %2, since %3").arg(DomainText::role(role.kind), where, formatUserDate(role.startDate))
               : tr("%1 in %2").arg(DomainText::role(role.kind), where);
}

void PersonRolesPanel::addRole()
{
    if (!m_personSource) {
        return;
    }
    core::PersonRole added;
    {
        // The form's window, not this panel, is the parent: the form reads its own fields by their children.
        AddRoleDialog dialog(m_session, m_personSource(), m_referenceDate, window());
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        added = dialog.addedRole();
    }
    reload(added.meta.uuid);
    showStatus(tr("Role added: %1.").arg(describe(added)), kDoneColour);
    m_table->setFocus();
    emit rolesChanged();
}

void PersonRolesPanel::endRole()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_model->roleAt(current.row()).endDate) {
        return;
    }
    const core::PersonRole role = m_model->roleAt(current.row());
    bool ended = false;
    {
        EndRoleDialog dialog(m_session, role, describe(role), window());
        ended = dialog.exec() == QDialog::Accepted;
    }
    // Read again also after a refusal: the role may have changed or gone meanwhile.
    reload(role.meta.uuid);
    if (ended) {
        const QModelIndex stored = m_table->currentIndex();
        const auto endDate = stored.isValid() ? m_model->roleAt(stored.row()).endDate : std::nullopt;
        showStatus(tr("Role ended on %1: %2 in %3.")
                       .arg(formatUserDate(endDate), DomainText::role(role.kind),
                            RoleScopes::name(m_session.database, role.scopeCode)),
                   kDoneColour);
        emit rolesChanged();
    }
    m_table->setFocus();
}

} // namespace relawas::gui

#include "sync/SendersPanel.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/Session.h"
#include "common/TableItems.h"
#include "common/Theme.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/InstallationKey.h"
#include "core/sync/TrustedInstallations.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relawas::gui {

namespace {

enum Column
{
    NameColumn,
    RegionColumn,
    FingerprintColumn,
    TrustedColumn,
    LastReportColumn,
    ColumnCount
};

} // namespace

SendersPanel::SendersPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_fingerprint(new QLabel(this))
    , m_installation(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("sendersPanel"));
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprintLabel"));
    m_table->setObjectName(QStringLiteral("trustedTableWidget"));

    auto* own = new QGroupBox(tr("This laptop"), this);
    auto* ownLayout = new QVBoxLayout(own);
    auto* intro = new QLabel(tr("A receiver trusts this laptop's reports once they have compared this fingerprint "
                                "with you, by phone or face to face. Read it out when they ask."),
                             own);
    intro->setWordWrap(true);
    m_fingerprint->setFont(Theme::scaledFont(font(), 1.6, true));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_installation->setPalette(muted);
    m_installation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ownLayout->addWidget(intro);
    ownLayout->addWidget(m_fingerprint);
    ownLayout->addWidget(m_installation);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Sender"), tr("Region"), tr("Fingerprint"), tr("Trusted"), tr("Last report merged")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto* trusted = new QGroupBox(tr("Trusted senders"), this);
    auto* trustedLayout = new QVBoxLayout(trusted);
    auto* how = new QLabel(tr("Reports are merged only from these laptops. A new sender is trusted when its first "
                              "report is merged and you confirm its fingerprint."),
                           trusted);
    how->setWordWrap(true);
    how->setPalette(muted);
    trustedLayout->addWidget(how);
    trustedLayout->addWidget(m_table, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::spacing(fontMetrics()), 0, 0);
    layout->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    layout->addWidget(own);
    layout->addWidget(trusted, 1);
}

void SendersPanel::reload()
{
    const core::InstallationKey key(m_session.database);
    m_fingerprint->setText(QString::fromStdString(core::keyFingerprint(key.publicKey())));
    m_installation->setText(tr("Installation %1 · database %2")
                                .arg(QString::fromStdString(core::SettingsStore(m_session.database).installationId()),
                                     QString::fromStdString(m_session.database.path().filename().string())));

    const auto trusted = core::TrustedInstallations(m_session.database).all();
    m_table->clearContents();
    m_table->setRowCount(int(trusted.size()));
    for (std::size_t row = 0; row < trusted.size(); ++row) {
        const core::TrustedInstallation& one = trusted[row];
        m_table->setItem(int(row), NameColumn, readOnlyItem(QString::fromStdString(one.name)));
        m_table->setItem(int(row), RegionColumn, readOnlyItem(QString::fromStdString(one.scopeCode)));
        auto* fingerprint = readOnlyItem(QString::fromStdString(core::keyFingerprint(one.key)));
        fingerprint->setToolTip(tr("Installation %1").arg(QString::fromStdString(one.id)));
        m_table->setItem(int(row), FingerprintColumn, fingerprint);
        m_table->setItem(
            int(row), TrustedColumn,
            readOnlyItem(tr("%1 by %2").arg(formatStoredTime(one.trustedAt), DomainText::actor(one.trustedBy))));
        m_table->setItem(int(row), LastReportColumn,
                         readOnlyItem(one.lastSequence > 0 ? tr("no. %1").arg(one.lastSequence) : tr("none yet")));
    }
}

} // namespace relawas::gui

#include "sync/ExportDialog.h"

#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScopeChoices.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/BuildInfo.h"
#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/storage/Database.h"
#include "core/sync/ReportFiles.h"
#include "core/sync/TrustedInstallations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace relawas::gui {

namespace {
constexpr const char* kFolderKey = "sync/exportFolder";
}

ExportDialog::ExportDialog(Session& session, const QString& scopeCode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_scope(new QComboBox(this))
    , m_receiver(new QComboBox(this))
    , m_full(new QRadioButton(tr("&Everything in the region (a full report)"), this))
    , m_changes(new QRadioButton(tr("Only what &changed since the last report to the receiver"), this))
    , m_public(new QRadioButton(tr("A &public summary: counts only, no personal data"), this))
    , m_kinds(new QButtonGroup(this))
    , m_name(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Export a report"));
    setObjectName(QStringLiteral("exportDialog"));
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_receiver->setObjectName(QStringLiteral("receiverComboBox"));
    m_full->setObjectName(QStringLiteral("fullRadioButton"));
    m_changes->setObjectName(QStringLiteral("changesRadioButton"));
    m_public->setObjectName(QStringLiteral("publicRadioButton"));
    m_name->setObjectName(QStringLiteral("senderNameLineEdit"));
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_note->setObjectName(QStringLiteral("noteLabel"));

    ScopeChoices::fill(m_scope, session.database, session.kabupatenCode);
    ScopeChoices::choose(m_scope, session.database, scopeCode);
    m_receiver->addItem(tr("Anyone (the district, a new laptop)"), QString());
    for (const core::TrustedInstallation& installation : core::TrustedInstallations(session.database).all()) {
        m_receiver->addItem(tr("%1 (%2)").arg(QString::fromStdString(installation.name),
                                              QString::fromStdString(installation.scopeCode)),
                            QString::fromStdString(installation.id));
    }
    m_kinds->addButton(m_full);
    m_kinds->addButton(m_changes);
    m_kinds->addButton(m_public);
    m_full->setChecked(true);
    buildLayout();
    updateChoices();
    suggestFile();

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        updateChoices();
        suggestFile();
    });
    connect(m_receiver, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_kinds, &QButtonGroup::buttonToggled, this, &ExportDialog::updateChoices);
}

void ExportDialog::buildLayout()
{
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(QStringLiteral("browsePushButton"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto* kinds = new QVBoxLayout;
    kinds->addWidget(m_full);
    kinds->addWidget(m_changes);
    kinds->addWidget(m_public);

    auto* form = new QFormLayout;
    form->addRow(tr("&Region"), m_scope);
    form->addRow(tr("For &whom"), m_receiver);
    form->addRow(tr("What"), kinds);
    form->addRow(tr("This laptop is ca&lled"), m_name);
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_name->setToolTip(tr("The name the receiver sees this laptop by: its history and its list of trusted senders "
                          "show it"));

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportPushButton"));
    m_export->setIcon(Icons::icon(QStringLiteral("download"), Qt::white));
    Theme::setPrimary(m_export);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing(fontMetrics()));
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

// The name says the region, the day and the report's number: "relawas-12.19.07-2026-12-06-0004.relawas.json", in the
// folder the last report went to. A name the person typed stays.
void ExportDialog::suggestFile()
{
    const std::string scope = m_scope->currentData().toString().toStdString();
    const QString name = QString::fromStdString(core::suggestedReportName(
        scope, core::formatIsoDate(core::todayUtc()), core::nextReportSequence(m_session.database)));
    const QString sender = QString::fromStdString(core::defaultInstallationName(m_session.database, scope));
    if (m_file->text().isEmpty() || QFileInfo(m_file->text()).fileName() == m_suggestedName) {
        // The folder the last report went to; else Documents, or the home folder where there is no Documents.
        QString folder = QSettings().value(kFolderKey).toString();
        for (const QString& candidate :
             {QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()}) {
            if (folder.isEmpty() || !QDir(folder).exists()) {
                folder = candidate;
            }
        }
        m_file->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    }
    if (m_name->text().isEmpty() || m_name->text() == m_suggestedSender) {
        m_name->setText(sender);
    }
    m_suggestedName = name;
    m_suggestedSender = sender;
}

void ExportDialog::updateChoices()
{
    // Changes continue the last report to the receiver: offered once one was sent to it.
    const std::string receiver = m_receiver->currentData().toString().toStdString();
    const bool sentBefore = !receiver.empty() && core::lastReportTo(m_session.database, receiver).has_value();
    m_changes->setEnabled(sentBefore);
    m_changes->setToolTip(sentBefore ? QString()
                                     : tr("Choose a receiver this laptop has sent a full report to before"));
    if (!sentBefore && m_changes->isChecked()) {
        m_full->setChecked(true);
    }
    m_receiver->setEnabled(!m_public->isChecked());
    if (m_public->isChecked()) {
        m_note->setText(tr("Counts per kecamatan, village and training only: no NIK, name, phone, birth date or "
                           "address is written. It can be shared with anyone."));
    } else if (m_changes->isChecked()) {
        m_note->setText(tr("Only the records the receiver does not hold yet. The receiver merges it after the last "
                           "report this laptop sent it."));
    } else {
        m_note->setText(tr("Every village, person, role, training, invitation and check-in of the region, signed by "
                           "this laptop. The file holds personal data: hand it to the receiver only."));
    }
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export a report"), m_file->text(),
                                                      tr("Relawas reports (*.relawas.json)"));
    if (!path.isEmpty()) {
        m_file->setText(QDir::toNativeSeparators(path));
    }
}

core::ExportRequest ExportDialog::request() const
{
    core::ExportRequest request;
    request.scopeCode = m_scope->currentData().toString().toStdString();
    request.output = std::filesystem::path(QDir::fromNativeSeparators(m_file->text().trimmed()).toStdString());
    request.installationName = m_name->text().trimmed().toStdString();
    request.generatorVersion = core::build::kVersion;
    request.kind = m_public->isChecked()    ? core::ReportKind::Public
                   : m_changes->isChecked() ? core::ReportKind::Changes
                                            : core::ReportKind::Full;
    request.receiver = m_public->isChecked() ? std::string() : m_receiver->currentData().toString().toStdString();
    request.actor = m_session.actor;
    return request;
}

void ExportDialog::accept()
{
    if (m_file->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose the file to write the report to."));
        m_file->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Give the name the receiver will know this laptop by."));
        m_name->setFocus();
        return;
    }
    try {
        core::checkOutputPath(request().output, m_session.database.path());
    } catch (const core::Error& error) {
        QMessageBox::warning(this, windowTitle(), ErrorText::describe(error));
        m_file->setFocus();
        return;
    }
    QSettings().setValue(kFolderKey, QFileInfo(m_file->text().trimmed()).absolutePath());
    QDialog::accept();
}

} // namespace relawas::gui

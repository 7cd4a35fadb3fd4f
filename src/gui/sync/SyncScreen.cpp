#include "sync/SyncScreen.h"

#include "common/BackgroundTask.h"
#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/TableItems.h"
#include "common/Theme.h"
#include "core/storage/Database.h"
#include "core/sync/ImportHistory.h"
#include "core/sync/ReportFiles.h"
#include "sync/ConflictPanel.h"
#include "sync/ExportDialog.h"
#include "sync/ImportPreviewDialog.h"
#include "sync/ReportImportRun.h"
#include "sync/SendersPanel.h"
#include "sync/SyncText.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

constexpr const char* kImportFolderKey = "sync/importFolder";

enum HistoryColumn
{
    WhenColumn,
    FromColumn,
    ReportColumn,
    StatusColumn,
    BroughtColumn,
    FileColumn,
    HistoryColumnCount
};

enum Tab
{
    ConflictsTab,
    HistoryTab,
    SendersTab
};

QString lastImportFolder()
{
    return QSettings()
        .value(kImportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

} // namespace

SyncScreen::SyncScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scope(session.kabupatenCode)
    , m_tabs(new QTabWidget(this))
    , m_conflicts(new ConflictPanel(session, this))
    , m_history(new QTableWidget(this))
    , m_senders(new SendersPanel(session, this))
{
    setObjectName(QStringLiteral("syncScreen"));
    m_tabs->setObjectName(QStringLiteral("syncTabWidget"));
    m_history->setObjectName(QStringLiteral("historyTableWidget"));
    buildLayout();
    connect(m_conflicts, &ConflictPanel::decided, this, [this] {
        updateConflictTab();
        emit dataChanged();
        emit statusMessage(tr("Conflict decided: the new value travels back with the next report."));
    });
    reload();
}

void SyncScreen::buildLayout()
{
    auto* header = new ScreenHeader(
        tr("Synchronisation"),
        tr("Reports between the kecamatan laptops and the district: send, take in, settle conflicts."), this);
    m_export = new QPushButton(Icons::icon(QStringLiteral("download")), tr("&Export a report…"), this);
    m_export->setObjectName(QStringLiteral("exportPushButton"));
    m_export->setToolTip(tr("Write a signed report of a region for the district or a kecamatan (Ctrl+E)"));
    m_importFolder = new QPushButton(Icons::icon(QStringLiteral("file-import")), tr("Import a &folder…"), this);
    m_importFolder->setObjectName(QStringLiteral("importFolderPushButton"));
    m_importFolder->setToolTip(tr("Every report file (*.relawas.json) of a folder, in the order of their numbers"));
    m_importFiles = new QPushButton(tr("&Import reports…"), this);
    m_importFiles->setObjectName(QStringLiteral("importPushButton"));
    m_importFiles->setIcon(Icons::icon(QStringLiteral("arrows-exchange"), Qt::white));
    m_importFiles->setToolTip(tr("Read report files, see what they bring, then merge them (Ctrl+O)"));
    Theme::setPrimary(m_importFiles);
    header->addTrailingWidget(m_export);
    header->addTrailingWidget(m_importFolder);
    header->addTrailingWidget(m_importFiles);
    connect(m_export, &QPushButton::clicked, this, &SyncScreen::exportReport);
    connect(m_importFiles, &QPushButton::clicked, this, &SyncScreen::importFiles);
    connect(m_importFolder, &QPushButton::clicked, this, &SyncScreen::importFolder);
    const auto shortcut = [this](const QKeySequence& keys, void (SyncScreen::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &SyncScreen::exportReport);
    shortcut(QKeySequence::Open, &SyncScreen::importFiles);

    m_history->setColumnCount(HistoryColumnCount);
    m_history->setHorizontalHeaderLabels(
        {tr("When"), tr("From"), tr("Report"), tr("Status"), tr("What it brought"), tr("File")});
    m_history->verticalHeader()->hide();
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setWordWrap(false);
    m_history->setTabKeyNavigation(false);
    m_history->setTextElideMode(Qt::ElideMiddle);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(BroughtColumn, QHeaderView::Stretch);
    // The file's name is in its tooltip too: its column keeps to the width of a short one.
    m_history->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_history->horizontalHeader()->resizeSection(FileColumn, fontMetrics().averageCharWidth() * 28);

    auto* historyPage = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->setContentsMargins(0, Theme::spacing(fontMetrics()), 0, 0);
    historyLayout->addWidget(m_history);

    m_tabs->addTab(m_conflicts, Icons::icon(QStringLiteral("alert-triangle")), QString());
    m_tabs->addTab(historyPage, Icons::icon(QStringLiteral("history")), tr("Reports taken in"));
    m_tabs->addTab(m_senders, Icons::icon(QStringLiteral("shield-lock")), tr("Senders and this laptop"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(ScreenHeader::screenMargins(this));
    layout->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    setFocusProxy(m_importFiles);
}

void SyncScreen::setScope(const QString& code)
{
    m_scope = code;
}

void SyncScreen::reload()
{
    m_conflicts->reload();
    fillHistory();
    m_senders->reload();
    updateConflictTab();
}

int SyncScreen::openConflicts() const
{
    return m_conflicts->openCount();
}

void SyncScreen::updateConflictTab()
{
    const int open = m_conflicts->openCount();
    m_tabs->setTabText(ConflictsTab, open > 0 ? tr("Conflicts to decide (%1)").arg(open) : tr("Conflicts"));
    emit openConflictsChanged(open);
}

void SyncScreen::fillHistory()
{
    const auto entries = core::ImportHistory(m_session.database).all();
    m_history->clearContents();
    m_history->setRowCount(int(entries.size()));
    for (std::size_t row = 0; row < entries.size(); ++row) {
        const core::ReportImportEntry& entry = entries[row];
        auto* when = readOnlyItem(formatStoredTime(entry.at));
        when->setToolTip(tr("%1 by %2").arg(formatStoredTime(entry.at), DomainText::actor(entry.actor)));
        m_history->setItem(int(row), WhenColumn, when);
        m_history->setItem(int(row), FromColumn,
                           readOnlyItem(tr("%1 (%2)").arg(QString::fromStdString(entry.installationName),
                                                          QString::fromStdString(entry.scopeCode))));
        m_history->setItem(int(row), ReportColumn,
                           readOnlyItem(tr("%1 no. %2").arg(SyncText::reportKind(entry.kind)).arg(entry.sequence)));
        auto* status = readOnlyItem(SyncText::historyStatus(entry.status));
        status->setIcon(entry.status == "merged"
                            ? Icons::icon(QStringLiteral("circle-check"), Theme::colour(Theme::Colour::Success))
                            : Icons::icon(QStringLiteral("clock-check"), Theme::colour(Theme::Colour::Warning)));
        m_history->setItem(int(row), StatusColumn, status);
        m_history->setItem(
            int(row), BroughtColumn,
            readOnlyItem(entry.status == "merged" ? SyncText::counts(core::countsFromJson(entry.counts)) : QString()));
        m_history->setItem(int(row), FileColumn, readOnlyItem(QString::fromStdString(entry.fileName)));
    }
    m_lastReport = entries.empty() ? QString() : formatStoredTime(entries.front().at);
    emit lastReportChanged(m_lastReport);
}

void SyncScreen::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import reports"), lastImportFolder(),
                                                            tr("Relawas reports (*.relawas.json);;All files (*)"));
    if (paths.isEmpty()) {
        return;
    }
    QSettings().setValue(kImportFolderKey, QFileInfo(paths.front()).absolutePath());
    std::vector<std::filesystem::path> named;
    for (const QString& path : paths) {
        named.emplace_back(path.toStdString());
    }
    offerReports(named);
}

void SyncScreen::importFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Import every report of a folder"), lastImportFolder());
    if (folder.isEmpty()) {
        return;
    }
    QSettings().setValue(kImportFolderKey, folder);
    offerReports({std::filesystem::path(folder.toStdString())});
}

void SyncScreen::offerReports(const std::vector<std::filesystem::path>& named)
{
    const std::vector<std::filesystem::path> files = core::reportFiles(named);
    if (files.empty()) {
        QMessageBox::information(this, tr("Import reports"), tr("No report file (*.relawas.json) was found there."));
        return;
    }
    const std::filesystem::path database = m_session.database.path();
    const ReportImportRun::Outcome preview = ReportImportRun::preview(this, database, files, m_session.actor);
    if (!preview.failure.isEmpty()) {
        QMessageBox::warning(this, tr("Import reports"), preview.failure);
        return;
    }
    if (preview.cancelled) {
        emit statusMessage(tr("Reading the reports was cancelled: nothing was merged."));
        return;
    }
    ImportPreviewDialog dialog(preview.reports, this);
    if (dialog.exec() != QDialog::Accepted) {
        emit statusMessage(tr("Nothing was merged."));
        return;
    }
    const ReportImportRun::Outcome merged =
        ReportImportRun::merge(this, database, dialog.filesToMerge(), dialog.confirmedSenders(), m_session.actor);
    reload();
    emit dataChanged();
    if (!merged.failure.isEmpty()) {
        QMessageBox::warning(this, tr("Import reports"), merged.failure);
        return;
    }
    showMerged(merged.reports, merged.cancelled);
}

// What the merge did, in one sentence on the status bar; a box only for the reports refused, which nobody should miss.
void SyncScreen::showMerged(const std::vector<OfferedReport>& merged, bool cancelled)
{
    core::ImportCounts total;
    int mergedCount = 0;
    QStringList refused;
    for (const OfferedReport& report : merged) {
        if (report.refusal) {
            refused << tr("%1: %2").arg(QString::fromStdString(report.file.filename().string()),
                                        ErrorText::describe(*report.refusal));
        } else if (report.result && report.result->status == core::ImportStatus::Merged) {
            total += report.result->counts;
            ++mergedCount;
        }
    }
    QString text = tr("%Ln report(s) merged: %1.", nullptr, mergedCount).arg(SyncText::counts(total));
    if (cancelled) {
        text += QStringLiteral(" ") + tr("Cancelled: the report being read when you cancelled was not merged, nor "
                                         "those after it.");
    }
    emit statusMessage(text);
    m_tabs->setCurrentIndex(total.conflicts > 0 ? ConflictsTab : HistoryTab);
    if (!refused.isEmpty()) {
        QMessageBox box(
            QMessageBox::Warning, tr("Import reports"),
            tr("%1 %Ln report(s) refused: nothing of them was written.", nullptr, int(refused.size())).arg(text),
            QMessageBox::Ok, this);
        box.setDetailedText(refused.join(QLatin1Char('\n')));
        box.exec();
    }
}

// The dialog comes back, as it was filled in, when the export fails: a folder that cannot be written, a report of
// changes to a receiver never sent a full one.
void SyncScreen::exportReport()
{
    ExportDialog dialog(m_session, m_scope, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (writeReport(dialog.request())) {
            return;
        }
    }
}

bool SyncScreen::writeReport(const core::ExportRequest& request)
{
    const std::filesystem::path database = m_session.database.path();
    core::ExportResult result;
    const auto outcome = BackgroundTask::run(
        tr("Export a report"), tr("Writing %1…").arg(QString::fromStdString(request.output.filename().string())), this,
        [&](const core::Progress& progress) {
            core::Database db(database, core::Database::Upgrade::No);
            result = core::exportReport(db, request, progress);
        });
    if (!outcome.failure.isEmpty()) {
        QMessageBox::warning(this, tr("Export a report"), outcome.failure);
        return false;
    }
    if (outcome.cancelled) {
        emit statusMessage(tr("The export was cancelled: no file was written."));
        return true;
    }
    spdlog::info("report {} exported to {}", result.sequence, request.output.string());
    const auto count = [&result](const char* member) {
        const auto found = result.counts.find(member);
        return found == result.counts.end() ? 0 : int(found->second);
    };
    emit statusMessage(
        request.kind == core::ReportKind::Public
            ? tr("Public summary no. %1 written to %2: counts only, no personal data.")
                  .arg(result.sequence)
                  .arg(QString::fromStdString(request.output.string()))
            : tr("Report no. %1 written to %2: %Ln person(s), %3 role(s), %4 training(s).", nullptr, count("people"))
                  .arg(result.sequence)
                  .arg(QString::fromStdString(request.output.string()))
                  .arg(count("roles"))
                  .arg(count("trainings")));
    return true;
}

} // namespace relawas::gui

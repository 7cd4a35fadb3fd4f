#pragma once

#include <filesystem>
#include <vector>

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTabWidget;

namespace relawas::core {
struct ExportRequest;
}

namespace relawas::gui {

class ConflictPanel;
class SendersPanel;
struct OfferedReport;
struct Session;

// Sinkronisasi: report files between the kecamatan laptops and the district. Export a signed report (or a public
// summary); take in several reports or a whole folder of them: read and checked off the window's thread, previewed,
// then merged, each all or nothing; decide the conflicts field by field; see the reports taken in and the senders
// trusted.
class SyncScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScreen)

public:
    explicit SyncScreen(Session& session, QWidget* parent = nullptr);

    void setScope(const QString& code);
    // Reads the conflicts, the history and the senders again.
    void reload();

    // Reads the files (a folder stands for the reports in it), shows the preview and merges what the person accepts.
    void offerReports(const std::vector<std::filesystem::path>& named);
    void exportReport();

    int openConflicts() const;
    // When the last report was taken in, as the user reads it; empty before the first.
    QString lastReportAt() const { return m_lastReport; }
    ConflictPanel* conflictPanel() const { return m_conflicts; }
    SendersPanel* sendersPanel() const { return m_senders; }
    QTableWidget* historyTable() const { return m_history; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    // Records changed here: a report merged, a conflict decided.
    void dataChanged();
    void openConflictsChanged(int count);
    void lastReportChanged(const QString& when);
    void statusMessage(const QString& text);

private:
    void buildLayout();
    void importFiles();
    void importFolder();
    void fillHistory();
    // Writes the report off the window's thread; false when it failed (the reason shown).
    bool writeReport(const core::ExportRequest& request);
    void showMerged(const std::vector<OfferedReport>& merged, bool cancelled);
    void updateConflictTab();

    Session& m_session;
    QString m_scope;
    QString m_lastReport;
    QTabWidget* m_tabs;
    ConflictPanel* m_conflicts;
    QTableWidget* m_history;
    SendersPanel* m_senders;
    QPushButton* m_export = nullptr;
    QPushButton* m_importFiles = nullptr;
    QPushButton* m_importFolder = nullptr;
};

} // namespace relawas::gui

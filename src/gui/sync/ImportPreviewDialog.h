#pragma once

#include "sync/ReportImportRun.h"

#include <filesystem>
#include <vector>

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace relawas::gui {

// What the reports offered would do, before anything is written: per file its sender, region and report number, and
// what it would add, update, remove or put in conflict, or why it is refused. A sender not trusted yet is shown with
// its key's fingerprint; its reports are merged only when the person ticks that they compared it with the sender.
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    ImportPreviewDialog(std::vector<OfferedReport> reports, QWidget* parent = nullptr);

    // The files to merge, in the order offered: read whole, not merged before, from a trusted or confirmed sender.
    std::vector<std::filesystem::path> filesToMerge() const;
    // The new senders the person confirmed, with the fingerprint they compared.
    ReportImportRun::Confirmed confirmedSenders() const;

    QTableWidget* table() const { return m_table; }
    QPushButton* mergeButton() const { return m_merge; }
    const std::vector<QCheckBox*>& trustBoxes() const { return m_trustBoxes; }

private:
    void fillTable();
    QWidget* buildNewSenders();
    QString outcomeText(const OfferedReport& report) const;
    bool waitsForTrust(const OfferedReport& report) const;
    void updateMergeButton();

    std::vector<OfferedReport> m_reports;
    QLabel* m_summary;
    QTableWidget* m_table;
    std::vector<QCheckBox*> m_trustBoxes; // one per new sender; its property "installation" names it
    QPushButton* m_merge = nullptr;
};

} // namespace relawas::gui

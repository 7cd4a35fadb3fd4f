#pragma once

#include "core/import/ImportReport.h"
#include "core/import/PeopleImport.h"

#include <memory>
#include <optional>

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace relawas::gui {

class ImportMappingPage;
struct Session;

// "Impor spreadsheet": choose a CSV or XLSX file, check which column holds what, see what a dry run would do, then
// import it and keep the refused rows as a CSV to fix. The dry run and the import run on a worker thread with a
// connection of their own; no person is written before the last step. The columns the user mapped differently from
// what was detected are remembered in the database's settings once the dry run has run, for the next file with the
// same headers.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        DryRunPage,
        ResultPage
    };

    ImportWizard(Session& session, QString scope, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // The mapping as the table shows it.
    core::ColumnMapping mapping() const;
    const std::optional<core::ImportReport>& dryRunReport() const { return m_dryRun; }
    const std::optional<core::ImportReport>& importReport() const { return m_imported; }

    // What "Save refused rows…" does once a file is chosen.
    bool saveRefusedRows(const QString& path);

    static QString statusText(core::RowStatus status);
    static QString fieldName(core::ImportField field);

signals:
    void imported(qint64 written);

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    void focusPage(int id);
    QWizardPage* createFilePage();
    QWizardPage* createDryRunPage();
    QWizardPage* createResultPage();
    void chooseFile();
    bool openFile();
    void showFileInfo();
    core::SpreadsheetOptions chosenSpreadsheetOptions() const;
    void resetSpreadsheetOptions();
    void rememberMapping(const core::ColumnMapping& chosen);
    bool runImport(bool write);
    void fillRows(QTableWidget* table, const core::ImportReport& report);
    void chooseRefusedFile();
    core::ImportOptions options() const;

    Session& m_session;
    QString m_scope;
    std::unique_ptr<core::PeopleImport> m_import;
    QString m_openedPath;
    core::SpreadsheetOptions m_openedOptions;
    quint64 m_generation = 0; // counts the files opened, so that the mapping page knows a new one
    std::optional<core::ImportReport> m_dryRun;
    std::optional<core::ImportReport> m_imported;

    QLineEdit* m_fileLineEdit = nullptr;
    QLabel* m_fileInfoLabel = nullptr;
    QComboBox* m_encodingComboBox = nullptr;
    QComboBox* m_delimiterComboBox = nullptr;
    ImportMappingPage* m_mappingPage = nullptr;
    QLabel* m_dryRunSummaryLabel = nullptr;
    QTableWidget* m_dryRunTableWidget = nullptr;
    QLabel* m_resultSummaryLabel = nullptr;
    QLabel* m_refusedSavedLabel = nullptr;
    QPushButton* m_saveRefusedPushButton = nullptr;
};

} // namespace relawas::gui

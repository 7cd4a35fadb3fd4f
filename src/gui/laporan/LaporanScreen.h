#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace relawas::gui {

struct Session;
class PrintoutPreview;

// Laporan: what goes to Bawaslu and what may be published, for the chosen kabupaten or kecamatan and, for the
// trainings, a period. The Laporan Pengawasan Partisipatif as PDF (counts only: it names no person, so it may be
// published), the workbook of figures, volunteers, programme villages, trainings and check-ins (XLSX, NIKs masked
// unless the user confirms otherwise, which the audit log keeps), and the public summary as JSON. Long writing runs
// on a worker thread with its own connection, with a progress bar and Cancel.
class LaporanScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaporanScreen)

public:
    explicit LaporanScreen(Session& session, QWidget* parent = nullptr);

    void setScope(const QString& code);
    QString scope() const { return m_scope; }

    // The report of the scope and period in the print preview (Print, Save PDF); null when it cannot be read.
    PrintoutPreview* previewReport();
    // Writes the workbook to `path` (asks first when the full NIK is wanted); false when it was not written.
    bool writeWorkbook(const QString& path);
    // Writes the public summary (counts only) as JSON to `path`.
    bool writePublicSummary(const QString& path);

signals:
    void statusMessage(const QString& text);

private:
    void buildLayout();
    void updateScopeLabel();
    void chooseWorkbookFile();
    void choosePublicSummaryFile();
    QString suggestedPath(const QString& name) const;

    Session& m_session;
    QString m_scope;
    QLabel* m_scopeLabel = nullptr;
    QCheckBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_fullNik = nullptr;
};

} // namespace relawas::gui

#pragma once

#include "core/sync/ReportExport.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace relawas::gui {

struct Session;

// What to send and where: the region, the receiver (anyone, or a trusted installation: then only what it lacks can be
// sent), the kind (everything, the changes since the last report to it, or the public summary with no personal
// data), the name the receiver will know this laptop by, and the file, its name suggested from the region, the date
// and the report's number.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    ExportDialog(Session& session, const QString& scopeCode, QWidget* parent = nullptr);

    // The request as chosen (its generator version and actor filled in).
    core::ExportRequest request() const;

    QComboBox* scopeCombo() const { return m_scope; }
    QComboBox* receiverCombo() const { return m_receiver; }
    QRadioButton* fullRadio() const { return m_full; }
    QRadioButton* changesRadio() const { return m_changes; }
    QRadioButton* publicRadio() const { return m_public; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* exportButton() const { return m_export; }

    void accept() override;

private:
    void buildLayout();
    void suggestFile();
    void updateChoices();
    void browse();

    Session& m_session;
    QComboBox* m_scope;
    QComboBox* m_receiver;
    QRadioButton* m_full;
    QRadioButton* m_changes;
    QRadioButton* m_public;
    QButtonGroup* m_kinds;
    QLineEdit* m_name;
    QLineEdit* m_file;
    QLabel* m_note;
    QPushButton* m_export = nullptr;
    QString m_suggestedName;   // the name last suggested, replaced only while the person has not typed another
    QString m_suggestedSender; // the same for what the receiver calls this laptop
};

} // namespace relawas::gui

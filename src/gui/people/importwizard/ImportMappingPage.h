#pragma once

#include "core/import/ColumnMapping.h"
#include "core/people/Person.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace relawas::core {
class PeopleImport;
}

namespace relawas::gui {

// The import wizard's second page: which line is the header, and which field each column of it holds. Shows what
// core detected (with the choices the user made for the same headers before), lets the user pick another header line
// among the first rows and change any column, and previews the first rows under the mapping.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(QWidget* parent = nullptr);
    ~ImportMappingPage() override;

    // Shows the file `import` read. `generation` tells one opening of a file from the next: the same generation
    // again (the user went back to the file page and on without changing anything) keeps the user's changes.
    void showFile(const core::PeopleImport& import, quint64 generation);
    // The file is gone (another one is being opened); nothing is shown until the next showFile.
    void forgetFile();

    // The mapping as the table shows it.
    core::ColumnMapping mapping() const;
    // The role given to every person of the file whose row names none (all of them when no column holds the role).
    core::RoleKind defaultRole() const;
    // Shows the mapping's problems; true when one of them is an error the import refuses to start with.
    bool showProblems();
    // The mapping of the current header line as core maps its headers, without the remembered choices.
    void resetToDetected();

private:
    void fillHeaderLines();
    void chooseHeaderLine();
    void showMapping(const core::ColumnMapping& mapping);
    void mappingChanged();
    void fillPreview();
    void describeDefaultRole();

    const core::PeopleImport* m_import = nullptr;
    quint64 m_generation = 0;

    QComboBox* m_headerLineComboBox = nullptr;
    QPushButton* m_resetPushButton = nullptr;
    QTableWidget* m_mappingTableWidget = nullptr;
    QLabel* m_mappingProblemsLabel = nullptr;
    QLabel* m_defaultRoleLabel = nullptr;
    QComboBox* m_defaultRoleComboBox = nullptr;
    QTableWidget* m_previewTableWidget = nullptr;
};

} // namespace relawas::gui

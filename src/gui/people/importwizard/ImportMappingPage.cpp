#include "people/importwizard/ImportMappingPage.h"

#include "common/DomainText.h"
#include "core/import/PeopleImport.h"
#include "people/importwizard/ImportTableItems.h"
#include "people/importwizard/ImportWizard.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relawas::gui {

// The page's texts are in ImportWizard's translation context, where translators find the whole wizard together.

namespace {

constexpr int kPreviewRows = 3;
constexpr qsizetype kHeaderLineTextLength = 90;

// The rows after the header line that have something in them, at most `count`, among the rows read so far.
std::vector<const core::SheetRow*> dataRows(const std::vector<core::SheetRow>& rows, std::size_t headerLine,
                                            std::size_t count)
{
    std::vector<const core::SheetRow*> found;
    for (const core::SheetRow& row : rows) {
        if (found.size() == count) {
            break;
        }
        if (row.line > headerLine && !row.blank()) {
            found.push_back(&row);
        }
    }
    return found;
}

} // namespace

ImportMappingPage::ImportMappingPage(QWidget* parent)
    : QWizardPage(parent)
{
    setTitle(ImportWizard::tr("What each column holds"));
    setSubTitle(ImportWizard::tr("Check the field of every column; columns set to \"(ignore)\" are not imported."));

    m_headerLineComboBox = new QComboBox;
    m_headerLineComboBox->setObjectName(QStringLiteral("headerLineComboBox"));
    m_headerLineComboBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_headerLineComboBox->setMinimumContentsLength(40);
    auto* headerLineLabel = new QLabel(ImportWizard::tr("&Header line:"));
    headerLineLabel->setBuddy(m_headerLineComboBox);
    m_resetPushButton = new QPushButton(ImportWizard::tr("&Reset to detected"));
    m_resetPushButton->setObjectName(QStringLiteral("resetMappingPushButton"));
    m_resetPushButton->setAutoDefault(false);
    m_resetPushButton->setToolTip(
        ImportWizard::tr("Take the header line and the columns as found in the file, "
                         "without the changes made here or remembered from earlier imports."));

    m_mappingTableWidget = new QTableWidget(0, 3);
    m_mappingTableWidget->setObjectName(QStringLiteral("mappingTableWidget"));
    m_mappingTableWidget->setHorizontalHeaderLabels(
        {ImportWizard::tr("Column"), ImportWizard::tr("First value"), ImportWizard::tr("Field")});
    m_mappingTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_mappingTableWidget->verticalHeader()->hide();
    auto* columnsLabel = new QLabel(ImportWizard::tr("&Columns:"));
    columnsLabel->setBuddy(m_mappingTableWidget);
    m_mappingProblemsLabel = new QLabel;
    m_mappingProblemsLabel->setObjectName(QStringLiteral("mappingProblemsLabel"));
    m_mappingProblemsLabel->setWordWrap(true);

    m_defaultRoleComboBox = new QComboBox;
    m_defaultRoleComboBox->setObjectName(QStringLiteral("defaultRoleComboBox"));
    for (const auto role : core::kAllRoleKinds) {
        m_defaultRoleComboBox->addItem(DomainText::role(role), int(role));
    }
    m_defaultRoleComboBox->setCurrentIndex(m_defaultRoleComboBox->findData(int(core::RoleKind::Relawan)));
    m_defaultRoleLabel = new QLabel;
    m_defaultRoleLabel->setObjectName(QStringLiteral("defaultRoleLabel"));
    m_defaultRoleLabel->setBuddy(m_defaultRoleComboBox);

    m_previewTableWidget = new QTableWidget(0, 0);
    m_previewTableWidget->setObjectName(QStringLiteral("mappingPreviewTableWidget"));
    m_previewTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTableWidget->verticalHeader()->hide();
    m_previewTableWidget->setMaximumHeight(m_previewTableWidget->horizontalHeader()->sizeHint().height() +
                                           kPreviewRows * m_previewTableWidget->verticalHeader()->defaultSectionSize() +
                                           style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                           2 * m_previewTableWidget->frameWidth());
    auto* previewLabel = new QLabel(ImportWizard::tr("Pre&view of the first rows:"));
    previewLabel->setBuddy(m_previewTableWidget);

    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(headerLineLabel);
    headerRow->addWidget(m_headerLineComboBox, 1);
    headerRow->addWidget(m_resetPushButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(headerRow);
    layout->addWidget(columnsLabel);
    layout->addWidget(m_mappingTableWidget, 1);
    layout->addWidget(m_mappingProblemsLabel);
    auto* roleRow = new QHBoxLayout;
    roleRow->addWidget(m_defaultRoleLabel);
    roleRow->addWidget(m_defaultRoleComboBox);
    roleRow->addStretch(1);
    layout->addLayout(roleRow);
    layout->addWidget(previewLabel);
    layout->addWidget(m_previewTableWidget);

    connect(m_headerLineComboBox, &QComboBox::currentIndexChanged, this, &ImportMappingPage::chooseHeaderLine);
    connect(m_resetPushButton, &QPushButton::clicked, this, &ImportMappingPage::resetToDetected);
}

ImportMappingPage::~ImportMappingPage() = default;

void ImportMappingPage::showFile(const core::PeopleImport& import, quint64 generation)
{
    if (m_import == &import && generation == m_generation) {
        return;
    }
    m_import = &import;
    m_generation = generation;
    fillHeaderLines();
    if (import.detectedMapping()) {
        showMapping(*import.detectedMapping());
    } else {
        // Nothing looks like a header: start from the first row with something in it and let the user choose.
        const auto rows = dataRows(import.firstRows(), 0, 1);
        showMapping(import.mappingForHeaderLine(rows.empty() ? 1 : rows.front()->line));
    }
}

void ImportMappingPage::forgetFile()
{
    m_import = nullptr;
    m_generation = 0;
}

void ImportMappingPage::fillHeaderLines()
{
    const QSignalBlocker blocker(m_headerLineComboBox);
    m_headerLineComboBox->clear();
    for (const core::SheetRow& row : m_import->firstRows()) {
        if (row.blank()) {
            continue;
        }
        QStringList cells;
        for (const core::SheetCell& cell : row.cells) {
            if (!cell.text.empty()) {
                cells << fromStd(cell.text).simplified();
            }
        }
        QString text = cells.join(QStringLiteral(" | "));
        if (text.size() > kHeaderLineTextLength) {
            text = text.left(kHeaderLineTextLength - 1) + QChar(0x2026);
        }
        //: A line of the file offered as its header: the line's number, then its cells
        m_headerLineComboBox->addItem(ImportWizard::tr("Line %1: %2").arg(row.line).arg(text), qulonglong(row.line));
    }
}

void ImportMappingPage::chooseHeaderLine()
{
    if (!m_import || m_headerLineComboBox->currentIndex() < 0) {
        return;
    }
    const std::size_t line = m_headerLineComboBox->currentData().toULongLong();
    if (line != mapping().headerLine) {
        showMapping(m_import->mappingForHeaderLine(line));
    }
}

void ImportMappingPage::resetToDetected()
{
    if (!m_import) {
        return;
    }
    if (const auto detected = core::detectHeader(m_import->firstRows())) {
        showMapping(*detected);
    } else {
        const core::ColumnMapping current = mapping();
        showMapping(core::mapColumns(current.headerLine, current.headers));
    }
}

void ImportMappingPage::showMapping(const core::ColumnMapping& mapping)
{
    {
        const QSignalBlocker blocker(m_headerLineComboBox);
        m_headerLineComboBox->setCurrentIndex(m_headerLineComboBox->findData(qulonglong(mapping.headerLine)));
    }
    const auto firstData = dataRows(m_import->firstRows(), mapping.headerLine, 1);
    m_mappingTableWidget->setProperty("headerLine", qulonglong(mapping.headerLine));
    // Removing the rows hides their combo boxes at once; replaced ones would stay on screen until deleted later.
    m_mappingTableWidget->setRowCount(0);
    m_mappingTableWidget->setRowCount(int(mapping.headers.size()));
    for (std::size_t column = 0; column < mapping.headers.size(); ++column) {
        const int row = int(column);
        auto* header = readOnlyItem(fromStd(mapping.columnName(column)));
        header->setData(Qt::UserRole, fromStd(mapping.headers[column]));
        m_mappingTableWidget->setItem(row, 0, header);
        m_mappingTableWidget->setItem(
            row, 1, readOnlyItem(firstData.empty() ? QString() : fromStd(firstData.front()->text(column))));
        auto* combo = new QComboBox;
        combo->addItem(ImportWizard::tr("(ignore)"));
        for (const core::ImportField field : core::kAllImportFields) {
            combo->addItem(ImportWizard::fieldName(field), fromStd(std::string(core::importFieldId(field))));
        }
        if (column < mapping.fields.size() && mapping.fields[column]) {
            combo->setCurrentIndex(combo->findData(fromStd(std::string(core::importFieldId(*mapping.fields[column])))));
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::mappingChanged);
        m_mappingTableWidget->setCellWidget(row, 2, combo);
    }
    m_mappingTableWidget->resizeColumnToContents(0);
    m_mappingTableWidget->resizeColumnToContents(1);
    mappingChanged();
}

core::ColumnMapping ImportMappingPage::mapping() const
{
    core::ColumnMapping mapping;
    mapping.headerLine = m_mappingTableWidget->property("headerLine").toULongLong();
    for (int row = 0; row < m_mappingTableWidget->rowCount(); ++row) {
        mapping.headers.push_back(m_mappingTableWidget->item(row, 0)->data(Qt::UserRole).toString().toStdString());
        const auto* combo = qobject_cast<QComboBox*>(m_mappingTableWidget->cellWidget(row, 2));
        mapping.fields.push_back(combo ? core::importFieldFromId(combo->currentData().toString().toStdString())
                                       : std::nullopt);
    }
    return mapping;
}

core::RoleKind ImportMappingPage::defaultRole() const
{
    return core::RoleKind(m_defaultRoleComboBox->currentData().toInt());
}

void ImportMappingPage::mappingChanged()
{
    showProblems();
    describeDefaultRole();
    fillPreview();
}

// Everyone imported holds a role, so the role filters find them and the role's minimum age is checked: the file's
// own role column where it has one, this choice for the rest.
void ImportMappingPage::describeDefaultRole()
{
    const auto fields = mapping().fields;
    const bool roleColumn = std::find(fields.begin(), fields.end(), core::ImportField::Role) != fields.end();
    m_defaultRoleLabel->setText(roleColumn ? ImportWizard::tr("R&ole of the rows whose role cell is empty:")
                                           : ImportWizard::tr("R&ole of everyone in this file:"));
}

void ImportMappingPage::fillPreview()
{
    const core::ColumnMapping current = mapping();
    std::vector<std::size_t> columns;
    QStringList labels;
    for (std::size_t column = 0; column < current.fields.size(); ++column) {
        if (current.fields[column]) {
            columns.push_back(column);
            labels << ImportWizard::fieldName(*current.fields[column]);
        }
    }
    const auto rows = m_import ? dataRows(m_import->firstRows(), current.headerLine, kPreviewRows)
                               : std::vector<const core::SheetRow*>{};
    m_previewTableWidget->clear();
    m_previewTableWidget->setColumnCount(int(columns.size()));
    m_previewTableWidget->setHorizontalHeaderLabels(labels);
    m_previewTableWidget->setRowCount(int(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j < columns.size(); ++j) {
            m_previewTableWidget->setItem(int(i), int(j), readOnlyItem(fromStd(rows[i]->text(columns[j]))));
        }
    }
    m_previewTableWidget->resizeColumnsToContents();
}

bool ImportMappingPage::showProblems()
{
    QStringList lines;
    bool error = false;
    for (const core::ImportMessage& message : core::checkMapping(mapping())) {
        const auto arg = [&message](std::size_t i) {
            return i < message.args.size() ? fromStd(message.args[i]) : QString();
        };
        QString text;
        if (message.code == "mapping.no_full_name") {
            text = ImportWizard::tr("No column holds the full name.");
        } else if (message.code == "mapping.field_twice") {
            const auto field = core::importFieldFromId(message.args.empty() ? std::string() : message.args[0]);
            text = ImportWizard::tr("\"%1\" and \"%2\" both hold %3; set one of them to \"(ignore)\".")
                       .arg(arg(1), arg(2), field ? ImportWizard::fieldName(*field) : arg(0));
        } else if (message.code == "mapping.no_nik") {
            text = ImportWizard::tr("No column holds the NIK: only speakers may be registered without one.");
        } else if (message.code == "mapping.no_kecamatan") {
            text = ImportWizard::tr(
                "No column holds the kecamatan: villages are looked up in the kecamatan of the current scope.");
        } else {
            text = fromStd(message.message);
        }
        const bool isError = message.severity == core::ImportMessage::Severity::Error;
        error = error || isError;
        lines << (isError ? ImportWizard::tr("Error: %1") : ImportWizard::tr("Warning: %1")).arg(text);
    }
    m_mappingProblemsLabel->setText(lines.join(QLatin1Char('\n')));
    return error;
}

} // namespace relawas::gui

#include "people/importwizard/ImportWizard.h"

#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/import/RememberedMapping.h"
#include "core/import/sheet/CellValues.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "people/importwizard/ImportMappingPage.h"
#include "people/importwizard/ImportMessageText.h"
#include "people/importwizard/ImportTableItems.h"

#include <nlohmann/json.hpp>
#include <utility>

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

// The names Excel and text editors give the encodings; the same in every language.
QString encodingName(core::TextEncoding encoding)
{
    switch (encoding) {
    case core::TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case core::TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case core::TextEncoding::Utf16Le:
        return QStringLiteral("UTF-16");
    case core::TextEncoding::Utf16Be:
        return QStringLiteral("UTF-16 Big Endian");
    }
    return {};
}

// The combo boxes' item data for "Automatic".
constexpr int kAutomatic = -1;

// Remembered headers at most: the choices for a few dozen spreadsheet layouts.

} // namespace

ImportWizard::ImportWizard(Session& session, QString scope, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_scope(std::move(scope))
{
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    // The way forward stands out, as every screen's primary action does.
    for (const auto which : {QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        Theme::setPrimary(button(which));
    }
    setPage(FilePage, createFilePage());
    m_mappingPage = new ImportMappingPage;
    setPage(MappingPage, m_mappingPage);
    setPage(DryRunPage, createDryRunPage());
    setPage(ResultPage, createResultPage());
    // Room for the dry run's reasons: most of a 1366×768 laptop screen, never more than the screen.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1366, 768);
    resize(QSize(1180, 680).boundedTo(available * 0.95));
    // Each page starts with the keyboard where its work is; a page's button that had the focus may be gone (Next
    // becomes Import), and a window without a focused widget lets no Alt key through.
    connect(this, &QWizard::currentIdChanged, this, &ImportWizard::focusPage);
}

void ImportWizard::focusPage(int id)
{
    switch (id) {
    case FilePage:
        m_fileLineEdit->setFocus();
        break;
    case MappingPage:
        if (auto* table = m_mappingPage->findChild<QWidget*>(QStringLiteral("mappingTableWidget"))) {
            table->setFocus();
        }
        break;
    case DryRunPage:
        m_dryRunTableWidget->setFocus();
        break;
    case ResultPage:
        (m_saveRefusedPushButton->isEnabled() ? static_cast<QWidget*>(m_saveRefusedPushButton)
                                              : button(QWizard::FinishButton))
            ->setFocus();
        break;
    default:
        break;
    }
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::statusText(core::RowStatus status)
{
    switch (status) {
    case core::RowStatus::Accepted:
        return tr("accepted");
    case core::RowStatus::Warning:
        return tr("warning");
    case core::RowStatus::Duplicate:
        return tr("duplicate");
    case core::RowStatus::Refused:
        return tr("refused");
    case core::RowStatus::Skipped:
        return tr("skipped");
    }
    return {};
}

QString ImportWizard::fieldName(core::ImportField field)
{
    using core::ImportField;
    switch (field) {
    case ImportField::FullName:
        return tr("Full name");
    case ImportField::Nik:
        return tr("NIK");
    case ImportField::Gender:
        return tr("Gender");
    case ImportField::BirthDate:
        return tr("Date of birth");
    case ImportField::BirthPlace:
        return tr("Place of birth");
    case ImportField::BirthPlaceAndDate:
        return tr("Place and date of birth");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Email:
        return tr("E-mail");
    case ImportField::Village:
        return tr("Village");
    case ImportField::Kecamatan:
        return tr("Kecamatan");
    case ImportField::Dusun:
        return tr("Dusun");
    case ImportField::Rt:
        return tr("RT");
    case ImportField::Rw:
        return tr("RW");
    case ImportField::RtRw:
        return tr("RT/RW");
    case ImportField::Occupation:
        return tr("Occupation");
    case ImportField::Education:
        return tr("Education");
    case ImportField::Disability:
        return tr("Disability");
    case ImportField::DisabilityKind:
        return tr("Kind of disability");
    case ImportField::TargetGroups:
        return tr("Target groups");
    case ImportField::Organisation:
        return tr("Organisation");
    case ImportField::Role:
        return tr("Role");
    case ImportField::Notes:
        return tr("Notes");
    case ImportField::NoPartyDeclarationDate:
        return tr("Date of the no-party declaration");
    case ImportField::ConsentDate:
        return tr("Date of consent");
    }
    return {};
}

QWizardPage* ImportWizard::createFilePage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Choose the spreadsheet"));
    page->setSubTitle(tr("A CSV file (comma, semicolon or tab) or an Excel XLSX workbook with one person per row."));
    m_fileLineEdit = new QLineEdit;
    m_fileLineEdit->setObjectName(QStringLiteral("fileLineEdit"));
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_fileLineEdit);
    auto* chooseButton = new QPushButton(tr("&Choose file…"));
    chooseButton->setObjectName(QStringLiteral("chooseFilePushButton"));
    chooseButton->setAutoDefault(false);
    m_fileInfoLabel = new QLabel;
    m_fileInfoLabel->setObjectName(QStringLiteral("fileInfoLabel"));
    m_fileInfoLabel->setWordWrap(true);

    // What the detection found is right for almost every file; these are for the rest.
    m_encodingComboBox = new QComboBox;
    m_encodingComboBox->setObjectName(QStringLiteral("encodingComboBox"));
    m_encodingComboBox->addItem(tr("Automatic"), kAutomatic);
    for (const core::TextEncoding encoding : {core::TextEncoding::Utf8, core::TextEncoding::Windows1252,
                                              core::TextEncoding::Utf16Le, core::TextEncoding::Utf16Be}) {
        m_encodingComboBox->addItem(encodingName(encoding), int(encoding));
    }
    auto* encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encodingComboBox);
    m_delimiterComboBox = new QComboBox;
    m_delimiterComboBox->setObjectName(QStringLiteral("delimiterComboBox"));
    m_delimiterComboBox->addItem(tr("Automatic"), kAutomatic);
    m_delimiterComboBox->addItem(tr("Semicolon (;)"), int(';'));
    m_delimiterComboBox->addItem(tr("Comma (,)"), int(','));
    m_delimiterComboBox->addItem(tr("Tab"), int('\t'));
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"));
    delimiterLabel->setBuddy(m_delimiterComboBox);
    auto* optionsGroupBox = new QGroupBox(tr("Options for text files (CSV)"));
    auto* options = new QFormLayout(optionsGroupBox);
    options->addRow(encodingLabel, m_encodingComboBox);
    options->addRow(delimiterLabel, m_delimiterComboBox);

    auto* row = new QHBoxLayout;
    row->addWidget(fileLabel);
    row->addWidget(m_fileLineEdit, 1);
    row->addWidget(chooseButton);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileInfoLabel);
    layout->addWidget(optionsGroupBox, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(chooseButton, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    const auto openTypedFile = [this] {
        if (!m_fileLineEdit->text().trimmed().isEmpty()) {
            openFile();
        }
    };
    connect(m_fileLineEdit, &QLineEdit::editingFinished, this, openTypedFile);
    connect(m_encodingComboBox, &QComboBox::currentIndexChanged, this, openTypedFile);
    connect(m_delimiterComboBox, &QComboBox::currentIndexChanged, this, openTypedFile);
    return page;
}

QWizardPage* ImportWizard::createDryRunPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Dry run"));
    page->setSubTitle(tr("What the import would do. Nothing has been written yet."));
    page->setCommitPage(true);
    m_dryRunSummaryLabel = new QLabel;
    m_dryRunSummaryLabel->setObjectName(QStringLiteral("dryRunSummaryLabel"));
    m_dryRunSummaryLabel->setWordWrap(true);
    m_dryRunTableWidget = new QTableWidget(0, 3);
    m_dryRunTableWidget->setObjectName(QStringLiteral("dryRunTableWidget"));
    m_dryRunTableWidget->setHorizontalHeaderLabels({tr("Line"), tr("Status"), tr("Messages")});
    m_dryRunTableWidget->horizontalHeader()->setStretchLastSection(true);
    m_dryRunTableWidget->verticalHeader()->hide();
    m_dryRunTableWidget->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_dryRunSummaryLabel);
    layout->addWidget(m_dryRunTableWidget, 1);
    return page;
}

QWizardPage* ImportWizard::createResultPage()
{
    auto* page = new QWizardPage;
    page->setTitle(tr("Imported"));
    m_resultSummaryLabel = new QLabel;
    m_resultSummaryLabel->setObjectName(QStringLiteral("resultSummaryLabel"));
    m_resultSummaryLabel->setWordWrap(true);
    m_saveRefusedPushButton = new QPushButton(tr("&Save refused rows…"));
    m_saveRefusedPushButton->setObjectName(QStringLiteral("saveRefusedPushButton"));
    m_saveRefusedPushButton->setAutoDefault(false);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_resultSummaryLabel);
    layout->addWidget(m_saveRefusedPushButton, 0, Qt::AlignLeft);
    m_refusedSavedLabel = new QLabel;
    m_refusedSavedLabel->setObjectName(QStringLiteral("refusedSavedLabel"));
    m_refusedSavedLabel->setWordWrap(true);
    m_refusedSavedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_refusedSavedLabel);
    layout->addStretch();
    connect(m_saveRefusedPushButton, &QPushButton::clicked, this, &ImportWizard::chooseRefusedFile);
    return page;
}

void ImportWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a spreadsheet"), m_fileLineEdit->text(),
                                                      tr("Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty()) {
        m_fileLineEdit->setText(QDir::toNativeSeparators(path));
        openFile();
    }
}

core::ImportOptions ImportWizard::options() const
{
    core::ImportOptions options;
    options.actor = m_session.actor;
    options.referenceDate = core::SettingsStore(m_session.database).referenceDate(); // for the roles' minimum ages
    options.defaultRole = m_mappingPage->defaultRole();
    // The refused rows go back to the clerk in the clerk's language, with the hints the wizard shows.
    options.reasonHeader = tr("Reason refused").toStdString();
    options.describeReason = [](const core::ImportMessage& message) {
        return ImportMessageText::describe(message).toStdString();
    };
    // A kecamatan (or village) scope gives rows without a kecamatan cell their kecamatan.
    const QStringList parts = m_scope.split(QLatin1Char('.'));
    if (parts.size() >= 3) {
        options.defaultKecamatanCode = parts.mid(0, 3).join(QLatin1Char('.')).toStdString();
    }
    return options;
}

core::SpreadsheetOptions ImportWizard::chosenSpreadsheetOptions() const
{
    core::SpreadsheetOptions chosen;
    if (const int encoding = m_encodingComboBox->currentData().toInt(); encoding != kAutomatic) {
        chosen.encoding = core::TextEncoding(encoding);
    }
    if (const int delimiter = m_delimiterComboBox->currentData().toInt(); delimiter != kAutomatic) {
        chosen.delimiter = char(delimiter);
    }
    return chosen;
}

void ImportWizard::resetSpreadsheetOptions()
{
    const QSignalBlocker encodingBlocker(m_encodingComboBox);
    const QSignalBlocker delimiterBlocker(m_delimiterComboBox);
    m_encodingComboBox->setCurrentIndex(0);
    m_delimiterComboBox->setCurrentIndex(0);
}

bool ImportWizard::openFile()
{
    const QString path = QDir::fromNativeSeparators(m_fileLineEdit->text().trimmed());
    const core::SpreadsheetOptions chosen = chosenSpreadsheetOptions();
    if (m_import && path == m_openedPath && chosen.encoding == m_openedOptions.encoding &&
        chosen.delimiter == m_openedOptions.delimiter) {
        return true;
    }
    m_mappingPage->forgetFile();
    m_import.reset();
    m_openedPath.clear();
    if (path.isEmpty()) {
        m_fileInfoLabel->setText(tr("Choose a file first."));
        return false;
    }
    core::ImportOptions importOptions = options();
    importOptions.spreadsheet = chosen;
    importOptions.remembered = core::RememberedMapping(m_session.database).load();
    try {
        m_import = std::make_unique<core::PeopleImport>(m_session.database, path.toStdString(), importOptions);
    } catch (const core::Error& e) {
        m_fileInfoLabel->setText(ErrorText::describe(e));
        return false;
    } catch (const std::exception& e) {
        m_fileInfoLabel->setText(fromStd(e.what()));
        return false;
    }
    m_openedPath = path;
    m_openedOptions = chosen;
    ++m_generation;
    const bool text = m_import->spreadsheet().format == core::SpreadsheetFormat::Delimited;
    if (!text) {
        // A workbook says itself how its text is stored: the choices would mislead, and the next CSV starts fresh.
        resetSpreadsheetOptions();
        m_openedOptions = {};
    }
    m_encodingComboBox->setEnabled(text);
    m_delimiterComboBox->setEnabled(text);
    showFileInfo();
    return true;
}

void ImportWizard::showFileInfo()
{
    const core::SpreadsheetInfo& info = m_import->spreadsheet();
    if (info.format == core::SpreadsheetFormat::Xlsx) {
        m_fileInfoLabel->setText(tr("Excel workbook (XLSX), sheet \"%1\".").arg(fromStd(info.sheetName)));
    } else {
        QString delimiter;
        switch (info.delimiter) {
        case ';':
            delimiter = tr("semicolon");
            break;
        case ',':
            delimiter = tr("comma");
            break;
        case '\t':
            delimiter = tr("tab");
            break;
        default:
            delimiter = QString(QLatin1Char(info.delimiter));
        }
        m_fileInfoLabel->setText(
            tr("Text file (CSV), encoding %1, columns separated by %2.").arg(encodingName(info.encoding), delimiter));
    }
    if (!m_import->detectedMapping()) {
        m_fileInfoLabel->setText(
            m_fileInfoLabel->text() + QLatin1Char('\n') +
            tr("No header row was recognised in the first %n line(s).", nullptr, int(core::kHeaderSearchLines)));
    }
}

core::ColumnMapping ImportWizard::mapping() const
{
    return m_mappingPage->mapping();
}

void ImportWizard::rememberMapping(const core::ColumnMapping& chosen)
{
    try {
        core::RememberedMapping(m_session.database).remember(chosen);
    } catch (const std::exception& e) {
        spdlog::warn("the column mapping could not be remembered: {}", e.what());
    }
}

bool ImportWizard::runImport(bool write)
{
    // The worker gets copies and a connection of its own.
    const std::filesystem::path databasePath = m_session.database.path();
    const std::filesystem::path file = m_import->file();
    core::ImportOptions importOptions = options();
    // The file is read exactly as the wizard showed it, without detecting anything again.
    if (const core::SpreadsheetInfo& info = m_import->spreadsheet();
        info.format == core::SpreadsheetFormat::Delimited) {
        importOptions.spreadsheet = {info.encoding, info.delimiter};
    }
    const core::ColumnMapping columns = mapping();
    core::ImportReport report;
    const auto outcome =
        BackgroundTask::run(write ? tr("Import") : tr("Dry run"),
                            write ? tr("Importing %1…").arg(QFileInfo(m_openedPath).fileName())
                                  : tr("Checking %1…").arg(QFileInfo(m_openedPath).fileName()),
                            this, [&](const core::Progress& progress) {
                                core::Database db(databasePath, core::Database::Upgrade::No);
                                core::PeopleImport import(db, file, importOptions);
                                report = write ? import.run(columns, progress) : import.dryRun(columns, progress);
                            });
    if (!outcome.failure.isEmpty()) {
        QMessageBox::warning(this, write ? tr("Import failed") : tr("Dry run failed"), outcome.failure);
    }
    if (!outcome.done) {
        return false;
    }
    if (write) {
        spdlog::info("imported {}: {} people written, {} refused", file.string(), report.summary.written,
                     report.summary.refused);
        m_imported = std::move(report);
        emit imported(qint64(m_imported->summary.written));
    } else {
        m_dryRun = std::move(report);
    }
    return true;
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        return openFile();
    case MappingPage:
        if (m_mappingPage->showProblems() || !runImport(false)) {
            return false;
        }
        rememberMapping(mapping());
        return true;
    case DryRunPage:
        return runImport(true);
    default:
        return QWizard::validateCurrentPage();
    }
}

void ImportWizard::fillRows(QTableWidget* table, const core::ImportReport& report)
{
    table->setRowCount(int(report.rows.size()));
    for (std::size_t i = 0; i < report.rows.size(); ++i) {
        const core::RowResult& result = report.rows[i];
        QStringList messages;
        for (const core::ImportMessage& message : result.messages) {
            messages << ImportMessageText::describe(message);
        }
        auto* line = readOnlyItem(result.lastLine > result.line ? tr("%1–%2").arg(result.line).arg(result.lastLine)
                                                                : QString::number(result.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(int(i), 0, line);
        table->setItem(int(i), 1, readOnlyItem(statusText(result.status)));
        table->setItem(int(i), 2, readOnlyItem(messages.join(QLatin1Char('\n'))));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
    table->resizeRowsToContents();
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case MappingPage:
        m_mappingPage->showFile(*m_import, m_generation);
        break;
    case DryRunPage:
        if (m_dryRun) {
            const core::ImportSummary& s = m_dryRun->summary;
            m_dryRunSummaryLabel->setText(
                tr("Would be imported: %1 without remarks, %2 with warnings. Not imported: %3 duplicates, %4 "
                   "refused. Skipped (blank lines and rows that are not people): %5.")
                    .arg(s.accepted)
                    .arg(s.warning)
                    .arg(s.duplicate)
                    .arg(s.refused)
                    .arg(s.skipped));
            fillRows(m_dryRunTableWidget, *m_dryRun);
        }
        break;
    case ResultPage:
        if (m_imported) {
            const core::ImportSummary& s = m_imported->summary;
            QString text = tr("%n person(s) imported.", nullptr, int(s.written));
            if (s.refused > 0) {
                text += QLatin1Char(' ') + tr("%n row(s) refused: save them, fix them in the spreadsheet and import "
                                              "that file again.",
                                              nullptr, int(s.refused));
            }
            if (s.duplicate > 0) {
                text += QLatin1Char(' ') + tr("%n duplicate(s) not imported.", nullptr, int(s.duplicate));
            }
            m_resultSummaryLabel->setText(text);
            m_refusedSavedLabel->clear();
            m_saveRefusedPushButton->setEnabled(!m_imported->refusedCsv.empty());
        }
        break;
    default:
        QWizard::initializePage(id);
    }
}

void ImportWizard::chooseRefusedFile()
{
    const QFileInfo source(m_openedPath);
    const QString suggested =
        source.dir().filePath(source.completeBaseName() + tr("-refused") + QStringLiteral(".csv"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save refused rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        saveRefusedRows(path);
    }
}

bool ImportWizard::saveRefusedRows(const QString& path)
{
    if (!m_imported || m_imported->refusedCsv.empty()) {
        return false;
    }
    // Never over the database or the spreadsheet just read; a private file, as it holds full NIKs.
    try {
        const std::filesystem::path output = path.toStdString();
        core::checkOutputPath(output, m_session.database.path(), {m_openedPath.toStdString()});
        core::writePrivateFile(output, m_imported->refusedCsv);
    } catch (const core::Error& e) {
        spdlog::warn("the refused rows were not saved to {}: {}", path.toStdString(), e.what());
        QMessageBox::warning(this, tr("Save refused rows"), ErrorText::message(e));
        return false;
    }
    m_refusedSavedLabel->setText(
        tr("%n refused row(s) saved in %1. Fix them in the spreadsheet, then import that file.", nullptr,
           int(m_imported->summary.refused))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace relawas::gui

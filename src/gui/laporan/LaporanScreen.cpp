#include "laporan/LaporanScreen.h"

#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/PrintoutPreview.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/people/VillageTally.h"
#include "core/regions/RegionRepository.h"
#include "core/reports/ProgrammeReport.h"
#include "core/reports/ReportWorkbook.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/PublicSummary.h"
#include "paperwork/ProgrammeReportPaperwork.h"
#include "printouts/PdfOutput.h"
#include "printouts/ProgrammeReport.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace relawas::gui {

namespace {

core::Date toDate(const QDate& date)
{
    return core::Date{std::chrono::year(date.year()), std::chrono::month(unsigned(date.month())),
                      std::chrono::day(unsigned(date.day()))};
}

QGroupBox* section(const QString& title, const QString& description, QWidget* parent, QVBoxLayout*& layout)
{
    auto* box = new QGroupBox(title, parent);
    layout = new QVBoxLayout(box);
    auto* text = new QLabel(description, box);
    text->setWordWrap(true);
    layout->addWidget(text);
    return box;
}

} // namespace

LaporanScreen::LaporanScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scope(session.kabupatenCode)
{
    setObjectName(QStringLiteral("laporanScreen"));
    buildLayout();
    updateScopeLabel();
}

void LaporanScreen::buildLayout()
{
    auto* header = new ScreenHeader(tr("Reports"), tr("What goes to Bawaslu, and what may be published."), this);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(ScreenHeader::screenMargins(this));
    layout->setSpacing(Theme::spacing(fontMetrics(), 2));

    auto* form = new QFormLayout;
    m_scopeLabel = new QLabel(content);
    m_scopeLabel->setObjectName(QStringLiteral("scopeLabel"));
    form->addRow(tr("Region"), m_scopeLabel);
    m_period = new QCheckBox(tr("Only the trainings &between"), content);
    m_period->setObjectName(QStringLiteral("periodCheckBox"));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(QDate(today.year(), 1, 1), content);
    m_to = new QDateEdit(today, content);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    auto* period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("and"), content));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(tr("Period"), period);
    connect(m_period, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_period, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    layout->addLayout(form);

    QVBoxLayout* inner = nullptr;
    auto* report = section(tr("Laporan Pengawasan Partisipatif (PDF)"),
                           tr("A cover, the figures at a glance, the charts, a table per kecamatan, the trainings with "
                              "their attendance and the programme villages with their SK and MoU. Counts only: it "
                              "names no person, so it may also be published as the public summary."),
                           content, inner);
    auto* preview =
        new QPushButton(Icons::icon(QStringLiteral("printer"), Qt::white), tr("&Preview and print…"), report);
    preview->setObjectName(QStringLiteral("previewPushButton"));
    Theme::setPrimary(preview);
    inner->addWidget(preview, 0, Qt::AlignLeft);
    connect(preview, &QPushButton::clicked, this, [this] { previewReport(); });
    layout->addWidget(report);

    auto* workbook = section(tr("Workbook (XLSX)"),
                             tr("Sheets Ringkasan, Relawan, Kampung, Pelatihan and Presensi, with real numbers and "
                                "dates to work on in a spreadsheet program. NIKs are masked unless you ask for them."),
                             content, inner);
    m_fullNik = new QCheckBox(tr("Include the &full NIK (recorded in the audit log under your name)"), workbook);
    m_fullNik->setObjectName(QStringLiteral("fullNikCheckBox"));
    inner->addWidget(m_fullNik);
    auto* saveWorkbook =
        new QPushButton(Icons::icon(QStringLiteral("file-spreadsheet")), tr("Save the &workbook…"), workbook);
    saveWorkbook->setObjectName(QStringLiteral("workbookPushButton"));
    inner->addWidget(saveWorkbook, 0, Qt::AlignLeft);
    connect(saveWorkbook, &QPushButton::clicked, this, &LaporanScreen::chooseWorkbookFile);
    layout->addWidget(workbook);

    auto* summary = section(tr("Public summary (JSON)"),
                            tr("Per kecamatan and village: the programme status, the people, the roles and the people "
                               "by gender; per training: the invited and the present. No name, NIK or phone."),
                            content, inner);
    auto* saveSummary = new QPushButton(Icons::icon(QStringLiteral("download")), tr("Save the &summary…"), summary);
    saveSummary->setObjectName(QStringLiteral("summaryPushButton"));
    inner->addWidget(saveSummary, 0, Qt::AlignLeft);
    connect(saveSummary, &QPushButton::clicked, this, &LaporanScreen::choosePublicSummaryFile);
    layout->addWidget(summary);
    layout->addStretch();

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(header);
    outer->addWidget(content, 1);
}

void LaporanScreen::setScope(const QString& code)
{
    m_scope = code;
    updateScopeLabel();
}

void LaporanScreen::updateScopeLabel()
{
    const auto region = core::RegionRepository(m_session.database).find(m_scope.toStdString());
    m_scopeLabel->setText(region ? QStringLiteral("%1 (%2)").arg(QString::fromStdString(region->name), m_scope)
                                 : m_scope);
}

QString LaporanScreen::suggestedPath(const QString& name) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name);
}

PrintoutPreview* LaporanScreen::previewReport()
{
    core::ProgrammeReportRequest request;
    request.scopeCode = m_scope.toStdString();
    if (m_period->isChecked()) {
        request.from = toDate(m_from->date());
        request.to = toDate(m_to->date());
    }
    printouts::ProgrammeReportData report;
    try {
        core::refreshVillageTally(m_session.database, m_session.actor);
        report = paperwork::programmeReportData(m_session.database, request, QDate::currentDate());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Laporan Pengawasan Partisipatif"), ErrorText::describe(e));
        return nullptr;
    }
    Printout printout;
    printout.title = tr("Laporan Pengawasan Partisipatif — %1").arg(m_scopeLabel->text());
    printout.fileName = tr("laporan-pengawasan-%1.pdf").arg(QString(m_scope).replace(QLatin1Char('.'), QString()));
    printout.paint = [report](QPagedPaintDevice& device) { return printouts::paintProgrammeReport(device, report); };
    printout.savePdf = [report](const QString& path) { return printouts::saveProgrammeReportPdf(report, path); };
    auto* preview = new PrintoutPreview(printout, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &PrintoutPreview::statusMessage, this, &LaporanScreen::statusMessage);
    preview->open();
    return preview;
}

void LaporanScreen::chooseWorkbookFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the workbook"),
        suggestedPath(tr("laporan-%1.xlsx").arg(QString(m_scope).replace(QLatin1Char('.'), QString()))),
        tr("Excel workbooks (*.xlsx)"));
    if (!path.isEmpty()) {
        writeWorkbook(path);
    }
}

bool LaporanScreen::writeWorkbook(const QString& path)
{
    core::ReportWorkbookRequest request;
    request.scopeCode = m_scope.toStdString();
    if (m_period->isChecked()) {
        request.from = toDate(m_from->date());
        request.to = toDate(m_to->date());
    }
    request.actor = m_session.actor;
    request.output = path.toStdString();
    request.revealNik = m_fullNik->isChecked();
    if (request.revealNik &&
        QMessageBox::warning(this, tr("Workbook with full NIK"),
                             tr("The workbook will hold the full NIK of every volunteer of %1. A NIK is personal data: "
                                "keep the file safe and share it only with those who need it. The export is recorded "
                                "in the audit log under your name.\n\nWrite the full NIK?")
                                 .arg(m_scopeLabel->text()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return false;
    }
    try {
        core::checkOutputPath(request.output, m_session.database.path());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Workbook"), ErrorText::describe(e));
        return false;
    }
    const std::filesystem::path database = m_session.database.path();
    core::ReportWorkbookCounts counts;
    const auto outcome =
        BackgroundTask::run(tr("Workbook"), tr("Writing the workbook…"), this, [&](const core::Progress& progress) {
            core::Database db(database, core::Database::Upgrade::No);
            counts = core::writeReportWorkbook(db, request, progress);
        });
    if (!outcome.done) {
        if (!outcome.cancelled) {
            QMessageBox::warning(this, tr("Workbook"), outcome.failure);
        }
        return false;
    }
    emit statusMessage(tr("Workbook written to %1: %Ln person(s), %2 training(s).", nullptr, int(counts.people))
                           .arg(path)
                           .arg(counts.trainings));
    return true;
}

void LaporanScreen::choosePublicSummaryFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the public summary"),
        suggestedPath(tr("ringkasan-publik-%1.json").arg(QString(m_scope).replace(QLatin1Char('.'), QString()))),
        tr("JSON files (*.json)"));
    if (!path.isEmpty()) {
        writePublicSummary(path);
    }
}

bool LaporanScreen::writePublicSummary(const QString& path)
{
    try {
        core::checkOutputPath(path.toStdString(), m_session.database.path());
        const nlohmann::json summary = core::publicSummary(m_session.database, m_scope.toStdString());
        core::writePrivateFile(path.toStdString(), summary.dump(2) + "\n");
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Public summary"), ErrorText::describe(e));
        return false;
    }
    emit statusMessage(tr("Public summary written to %1.").arg(path));
    return true;
}

} // namespace relawas::gui

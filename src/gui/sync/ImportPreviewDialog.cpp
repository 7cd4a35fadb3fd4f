#include "sync/ImportPreviewDialog.h"

#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/TableItems.h"
#include "common/Theme.h"
#include "sync/SyncText.h"

#include <algorithm>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relawas::gui {

namespace {

enum Column
{
    FileColumn,
    SenderColumn,
    ReportColumn,
    OutcomeColumn,
    ColumnCount
};

} // namespace

ImportPreviewDialog::ImportPreviewDialog(std::vector<OfferedReport> reports, QWidget* parent)
    : QDialog(parent)
    , m_reports(std::move(reports))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Reports to merge"));
    setObjectName(QStringLiteral("importPreviewDialog"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("previewTableWidget"));
    fillTable();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergePushButton"));
    m_merge->setIcon(Icons::icon(QStringLiteral("arrows-exchange"), Qt::white));
    Theme::setPrimary(m_merge);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::spacing(fontMetrics()));
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    if (QWidget* senders = buildNewSenders()) {
        layout->addWidget(senders);
    }
    layout->addWidget(buttons);
    // Tab follows the dialog from top to bottom: the reports, the senders to trust, then the buttons (made first).
    QWidget* previous = m_table;
    for (QCheckBox* box : m_trustBoxes) {
        QWidget::setTabOrder(previous, box);
        previous = box;
    }
    QWidget::setTabOrder(previous, m_merge);
    QWidget::setTabOrder(m_merge, buttons->button(QDialogButtonBox::Cancel));
    updateMergeButton();
    // The keyboard starts where the person acts: trusting a new sender, else merging.
    if (!m_trustBoxes.empty()) {
        m_trustBoxes.front()->setFocus();
    } else if (m_merge->isEnabled()) {
        m_merge->setFocus();
    }
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 26);
}

void ImportPreviewDialog::fillTable()
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("From"), tr("Report"), tr("What merging it does")});
    m_table->setRowCount(int(m_reports.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the senders and the buttons
    m_table->setTextElideMode(Qt::ElideMiddle);
    core::ImportCounts total;
    std::size_t refused = 0;
    for (std::size_t row = 0; row < m_reports.size(); ++row) {
        const OfferedReport& report = m_reports[row];
        m_table->setItem(int(row), FileColumn, readOnlyItem(QString::fromStdString(report.file.filename().string())));
        if (report.result) {
            const core::ReportImportResult& result = *report.result;
            m_table->setItem(int(row), SenderColumn,
                             readOnlyItem(tr("%1 (%2)").arg(QString::fromStdString(result.installationName),
                                                            QString::fromStdString(result.scopeCode))));
            m_table->setItem(int(row), ReportColumn,
                             readOnlyItem(tr("%1 no. %2").arg(SyncText::reportKind(result.kind)).arg(result.sequence)));
            if (result.status == core::ImportStatus::Previewed) {
                total += result.counts;
            }
        } else {
            ++refused;
            m_table->setItem(int(row), SenderColumn, readOnlyItem(QString()));
            m_table->setItem(int(row), ReportColumn, readOnlyItem(QString()));
        }
        auto* outcome = readOnlyItem(outcomeText(report));
        if (report.refusal) {
            outcome->setForeground(Theme::colour(Theme::Colour::Error));
            outcome->setIcon(Icons::icon(QStringLiteral("ban"), Theme::colour(Theme::Colour::Error)));
        } else if (report.fromNewSender()) {
            outcome->setIcon(Icons::icon(QStringLiteral("shield-lock"), Theme::colour(Theme::Colour::Warning)));
        }
        m_table->setItem(int(row), OutcomeColumn, outcome);
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutcomeColumn, QHeaderView::Stretch);
    m_summary->setText(
        tr("%Ln report(s) read and checked; nothing is written until you press Merge. Together they bring: %1.",
           nullptr, int(m_reports.size()))
            .arg(SyncText::counts(total)) +
        (refused ? QStringLiteral(" ") + tr("%Ln file(s) refused: they are left out.", nullptr, int(refused))
                 : QString()));
}

QString ImportPreviewDialog::outcomeText(const OfferedReport& report) const
{
    if (report.refusal) {
        return ErrorText::describe(*report.refusal);
    }
    const core::ReportImportResult& result = *report.result;
    switch (result.status) {
    case core::ImportStatus::AlreadyMerged:
        return tr("Merged before: nothing to do");
    case core::ImportStatus::Held: {
        const long long previous = result.previousSequence.value_or(0);
        for (const OfferedReport& other : m_reports) {
            if (other.result && other.result->installationId == result.installationId &&
                other.result->sequence == previous) {
                return tr("Merged after report no. %1 of the same sender, which is among these files").arg(previous);
            }
        }
        return tr("Held: it continues report no. %1, which has not arrived; offer it again once that one is in")
            .arg(previous);
    }
    case core::ImportStatus::Previewed:
    case core::ImportStatus::Merged:
        break;
    }
    return SyncText::counts(result.counts);
}

QWidget* ImportPreviewDialog::buildNewSenders()
{
    std::vector<const core::ReportImportResult*> senders;
    for (const OfferedReport& report : m_reports) {
        if (!report.fromNewSender()) {
            continue;
        }
        const bool seen = std::any_of(senders.begin(), senders.end(), [&report](const auto* sender) {
            return sender->installationId == report.result->installationId;
        });
        if (!seen) {
            senders.push_back(&*report.result);
        }
    }
    if (senders.empty()) {
        return nullptr;
    }
    auto* group = new QGroupBox(tr("New senders"), this);
    group->setObjectName(QStringLiteral("newSendersGroupBox"));
    auto* layout = new QVBoxLayout(group);
    auto* intro = new QLabel(tr("Reports from these senders are merged only once you trust them. Phone the sender "
                                "and compare the fingerprint their Synchronisation screen shows with the one below."),
                             group);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const core::ReportImportResult* sender : senders) {
        auto* box = new QCheckBox(tr("%1 (%2): fingerprint %3 — I compared it with the sender; trust it")
                                      .arg(QString::fromStdString(sender->installationName),
                                           QString::fromStdString(sender->scopeCode),
                                           QString::fromStdString(sender->fingerprint)),
                                  group);
        box->setProperty("installation", QString::fromStdString(sender->installationId));
        box->setProperty("fingerprint", QString::fromStdString(sender->fingerprint));
        connect(box, &QCheckBox::toggled, this, &ImportPreviewDialog::updateMergeButton);
        layout->addWidget(box);
        m_trustBoxes.push_back(box);
    }
    return group;
}

bool ImportPreviewDialog::waitsForTrust(const OfferedReport& report) const
{
    if (!report.fromNewSender()) {
        return false;
    }
    const auto confirmed = confirmedSenders();
    return !confirmed.contains(report.result->installationId);
}

ReportImportRun::Confirmed ImportPreviewDialog::confirmedSenders() const
{
    ReportImportRun::Confirmed confirmed;
    for (const QCheckBox* box : m_trustBoxes) {
        if (box->isChecked()) {
            confirmed.emplace(box->property("installation").toString().toStdString(),
                              box->property("fingerprint").toString().toStdString());
        }
    }
    return confirmed;
}

std::vector<std::filesystem::path> ImportPreviewDialog::filesToMerge() const
{
    std::vector<std::filesystem::path> files;
    for (const OfferedReport& report : m_reports) {
        if (report.mergeable() && !waitsForTrust(report)) {
            files.push_back(report.file);
        }
    }
    return files;
}

void ImportPreviewDialog::updateMergeButton()
{
    const std::size_t count = filesToMerge().size();
    m_merge->setEnabled(count > 0);
    m_merge->setText(count > 0 ? tr("&Merge %Ln report(s)", nullptr, int(count)) : tr("&Merge"));
}

} // namespace relawas::gui

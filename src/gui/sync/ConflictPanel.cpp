#include "sync/ConflictPanel.h"

#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "common/TableItems.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/sync/ConflictResolution.h"
#include "core/sync/ImportHistory.h"
#include "sync/SyncText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

enum Column
{
    RecordColumn,
    FieldColumn,
    KindColumn,
    ColumnCount
};

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setFont(Theme::scaledFont(parent->font(), 1.15, true));
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

ConflictPanel::ConflictPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_detail(new QWidget(this))
    , m_empty(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_base(valueLabel(this))
    , m_oursValue(valueLabel(this))
    , m_theirsValue(valueLabel(this))
    , m_from(new QLabel(this))
    , m_ours(new QPushButton(tr("&Keep this laptop's"), this))
    , m_theirs(new QPushButton(tr("&Take the report's"), this))
    , m_value(new QLineEdit(this))
    , m_useValue(new QPushButton(tr("&Use this value"), this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    m_table->setObjectName(QStringLiteral("conflictTableWidget"));
    m_ours->setObjectName(QStringLiteral("keepOursPushButton"));
    m_theirs->setObjectName(QStringLiteral("takeTheirsPushButton"));
    m_value->setObjectName(QStringLiteral("otherValueLineEdit"));
    m_useValue->setObjectName(QStringLiteral("useValuePushButton"));
    m_empty->setObjectName(QStringLiteral("noConflictLabel"));
    m_base->setObjectName(QStringLiteral("baseValueLabel"));
    m_oursValue->setObjectName(QStringLiteral("oursValueLabel"));
    m_theirsValue->setObjectName(QStringLiteral("theirsValueLabel"));
    buildLayout();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictPanel::showChosen);
    connect(m_ours, &QPushButton::clicked, this, [this] { decide(int(core::ConflictChoice::Ours)); });
    connect(m_theirs, &QPushButton::clicked, this, [this] { decide(int(core::ConflictChoice::Theirs)); });
    connect(m_useValue, &QPushButton::clicked, this, [this] { decide(int(core::ConflictChoice::Value)); });
    connect(m_value, &QLineEdit::returnPressed, m_useValue, &QPushButton::click);
}

void ConflictPanel::buildLayout()
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Conflict")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    QPalette muted = palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_explanation->setWordWrap(true);
    m_explanation->setPalette(muted);
    m_from->setPalette(muted);
    m_from->setWordWrap(true);
    m_heading->setFont(Theme::scaledFont(font(), 1.3, true));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    auto* sides = new QGridLayout;
    sides->setHorizontalSpacing(Theme::spacing(fontMetrics(), 2));
    sides->setVerticalSpacing(Theme::spacing(fontMetrics(), 0.5));
    const auto caption = [this, &muted](const QString& text) {
        auto* label = new QLabel(text, m_detail);
        label->setPalette(muted);
        return label;
    };
    sides->addWidget(caption(tr("When both last agreed")), 0, 0);
    sides->addWidget(caption(tr("This laptop")), 0, 1);
    sides->addWidget(caption(tr("The report")), 0, 2);
    sides->addWidget(m_base, 1, 0, Qt::AlignTop);
    sides->addWidget(m_oursValue, 1, 1, Qt::AlignTop);
    sides->addWidget(m_theirsValue, 1, 2, Qt::AlignTop);
    for (int column = 0; column < 3; ++column) {
        sides->setColumnStretch(column, 1);
    }

    m_ours->setIcon(Icons::icon(QStringLiteral("arrow-back-up")));
    m_theirs->setIcon(Icons::icon(QStringLiteral("download")));
    m_useValue->setIcon(Icons::icon(QStringLiteral("pencil")));
    m_value->setPlaceholderText(tr("Another value, typed here"));
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_ours);
    choices->addWidget(m_theirs);
    choices->addStretch(1);
    auto* typed = new QHBoxLayout;
    typed->addWidget(m_value, 1);
    typed->addWidget(m_useValue);

    auto* detail = new QVBoxLayout(m_detail);
    detail->setContentsMargins(Theme::spacing(fontMetrics(), 2), 0, 0, 0);
    detail->setSpacing(Theme::spacing(fontMetrics()));
    detail->addWidget(m_heading);
    detail->addWidget(m_explanation);
    detail->addLayout(sides);
    detail->addWidget(m_from);
    detail->addLayout(choices);
    detail->addLayout(typed);
    detail->addStretch(1);

    m_empty->setText(tr("No conflict waits for a decision. Conflicts appear here when a report changes a field this "
                        "laptop changed too, or removes a record changed here."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setPalette(muted);

    auto* splitter = m_splitter;
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // The list as wide as a name, a field and the longest kind of conflict; the sides of the one chosen beside it.
    const int listWidth = fontMetrics().averageCharWidth() * 80;
    splitter->setSizes({listWidth, listWidth * 4 / 5});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::spacing(fontMetrics()), 0, 0);
    layout->addWidget(m_empty, 1);
    layout->addWidget(splitter, 1);
}

void ConflictPanel::reload()
{
    const long long keep = chosen() ? chosen()->id : 0;
    m_conflicts = core::ConflictQueue(m_session.database).open();
    m_senders.clear();
    for (const core::ReportImportEntry& entry : core::ImportHistory(m_session.database).all()) {
        m_senders[entry.id] = tr("From %1, report no. %2 (%3).")
                                  .arg(QString::fromStdString(entry.installationName))
                                  .arg(entry.sequence)
                                  .arg(QString::fromStdString(entry.fileName));
    }
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_conflicts.size()));
    int keepRow = 0;
    for (std::size_t row = 0; row < m_conflicts.size(); ++row) {
        const core::SyncConflict& conflict = m_conflicts[row];
        m_table->setItem(int(row), RecordColumn,
                         readOnlyItem(tr("%1: %2").arg(SyncText::recordKind(conflict.table),
                                                       QString::fromStdString(conflict.label))));
        m_table->setItem(int(row), FieldColumn, readOnlyItem(SyncText::field(conflict.table, conflict.field)));
        m_table->setItem(int(row), KindColumn, readOnlyItem(SyncText::conflictKind(conflict.kind)));
        if (conflict.id == keep) {
            keepRow = int(row);
        }
    }
    const bool any = !m_conflicts.empty();
    m_empty->setVisible(!any);
    m_splitter->setVisible(any);
    if (any) {
        m_table->selectRow(keepRow);
    }
    showChosen();
}

const core::SyncConflict* ConflictPanel::chosen() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_conflicts.size()) ? &m_conflicts[std::size_t(row)] : nullptr;
}

void ConflictPanel::showChosen()
{
    const core::SyncConflict* conflict = chosen();
    m_detail->setEnabled(conflict != nullptr);
    if (!conflict) {
        m_heading->clear();
        m_explanation->clear();
        m_base->clear();
        m_oursValue->clear();
        m_theirsValue->clear();
        m_from->clear();
        return;
    }
    const QString removed = tr("(removed)");
    const bool wholeRecord = conflict->field.empty();
    const auto shown = [&](const nlohmann::json& value) {
        return wholeRecord && value.is_null() ? removed : SyncText::value(value);
    };
    m_heading->setText(
        tr("%1 — %2").arg(QString::fromStdString(conflict->label), SyncText::field(conflict->table, conflict->field)));
    m_explanation->setText(SyncText::conflictExplanation(*conflict));
    m_base->setText(conflict->base.is_null() && wholeRecord ? tr("unknown") : SyncText::value(conflict->base));
    m_oursValue->setText(shown(conflict->ours));
    m_theirsValue->setText(shown(conflict->theirs));
    const auto sender = m_senders.find(conflict->importId);
    m_from->setText(sender == m_senders.end() ? QString() : sender->second);
    const bool typed = conflict->kind == "hard";
    m_value->setEnabled(typed);
    m_useValue->setEnabled(typed);
    m_value->setText(typed && conflict->ours.is_string() ? SyncText::value(conflict->ours) : QString());
}

void ConflictPanel::decide(int choice)
{
    const core::SyncConflict* conflict = chosen();
    if (!conflict) {
        return;
    }
    const auto how = core::ConflictChoice(choice);
    const nlohmann::json value = how == core::ConflictChoice::Value
                                     ? core::typedConflictValue(*conflict, m_value->text().trimmed().toStdString())
                                     : nlohmann::json();
    const std::string table = conflict->table;
    try {
        const core::SyncConflict decidedOne =
            core::resolveConflict(m_session.database, conflict->id, how, value, m_session.actor);
        spdlog::info("conflict {} decided ({} {})", decidedOne.id, decidedOne.table, decidedOne.field);
    } catch (const core::Error& error) {
        QMessageBox::warning(this, tr("The conflict was not decided"), ErrorText::describe(error));
        reload();
        return;
    }
    reload();
    emit decided(QString::fromStdString(table));
}

} // namespace relawas::gui

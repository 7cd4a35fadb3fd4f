#include "people/duplicates/MergeDialog.h"

#include "common/DateText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/people/checks/Nik.h"
#include "core/roster/RosterExport.h"
#include "core/storage/Database.h"
#include "people/duplicates/PersonFieldText.h"
#include "ui_MergeDialog.h"

#include <QButtonGroup>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

constexpr qsizetype kLongestValue = 60; // longer values (notes) show cut short, whole in the tooltip

QString registeredOn(const core::Person& person)
{
    return formatUserDate(core::parseIsoDate(person.meta.createdAt.substr(0, 10)));
}

} // namespace

MergeDialog::MergeDialog(Session& session, const QString& uuidA, const QString& uuidB, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergeDialog>())
    , m_session(session)
    , m_villages(session.database)
    , m_uuids{uuidA, uuidB}
{
    m_ui->setupUi(this);
    QPushButton* mergeButton = m_ui->buttonBox->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    mergeButton->setObjectName(QStringLiteral("mergePushButton"));
    mergeButton->setDefault(true);
    Theme::setPrimary(mergeButton);
    m_showNiksButton = m_ui->buttonBox->addButton(tr("Show both &NIKs"), QDialogButtonBox::ActionRole);
    m_showNiksButton->setObjectName(QStringLiteral("showNiksPushButton"));
    m_showNiksButton->setIcon(Icons::icon(QStringLiteral("eye")));
    m_showNiksButton->setAutoDefault(false);
    connect(m_showNiksButton, &QPushButton::clicked, this, &MergeDialog::toggleNiks);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MergeDialog::merge);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->keepARadioButton, &QRadioButton::toggled, this, &MergeDialog::updateRows);

    m_loaded = load();
    buildRows();
    updateKeepTexts();
    updateRows();
}

MergeDialog::~MergeDialog() = default;

bool MergeDialog::load()
{
    const core::PersonRepository people(m_session.database);
    for (const Side side : {A, B}) {
        auto person = people.find(m_uuids[side].toStdString());
        if (!person) {
            return false;
        }
        m_people[side] = std::move(*person);
    }
    return true;
}

MergeDialog::Side MergeDialog::keptSide() const
{
    return m_ui->keepARadioButton->isChecked() ? A : B;
}

core::MergeChoice MergeDialog::choice() const
{
    core::MergeChoice result;
    for (const auto& [id, side] : m_chosen) {
        result.fields[id] = side == keptSide() ? core::MergeSide::Keep : core::MergeSide::Other;
    }
    return result;
}

core::Person MergeDialog::preview() const
{
    const Side kept = keptSide();
    return core::mergedPerson(m_people[kept], m_people[kept == A ? B : A], choice());
}

// Which record to keep is often a question of which NIK is right: the clerk may see both, asked first and written to
// the audit log for each record that has one, as the roster does for one person (a NIK is personal data, UU 27/2022).
void MergeDialog::toggleNiks()
{
    if (m_niksShown) {
        m_niksShown = false;
    } else {
        const auto answer = QMessageBox::question(
            this, tr("Show both NIKs"),
            tr("Show the full NIKs of both records?\n\nA NIK is personal data. Showing it is recorded in the audit log "
               "under your name, for each record."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
        try {
            core::PeopleService service(m_session.database, m_session.actor);
            for (const core::Person& person : m_people) {
                if (!person.nik.empty()) {
                    service.recordNikRevealed(person.meta.uuid);
                }
            }
        } catch (const std::exception& e) {
            spdlog::error("recording the NIK reveal of a merge failed: {}", e.what());
            QMessageBox::warning(this, tr("Show both NIKs"),
                                 tr("The NIKs stay hidden: recording that they were shown failed (%1).")
                                     .arg(QString::fromUtf8(e.what())));
            return;
        }
        spdlog::info("NIKs of persons {} and {} shown to {} for a merge", m_people[A].meta.uuid, m_people[B].meta.uuid,
                     m_session.actor);
        m_niksShown = true;
    }
    m_showNiksButton->setText(m_niksShown ? tr("Hide the &NIKs") : tr("Show both &NIKs"));
    m_showNiksButton->setIcon(Icons::icon(m_niksShown ? QStringLiteral("eye-off") : QStringLiteral("eye")));
    updateRows();
}

// A value as one line of a form: the NIK masked as in the roster unless shown, a blank as a dash, a long note cut
// short.
QString MergeDialog::shown(const std::string& id, const QString& value) const
{
    if (value.isEmpty()) {
        return QStringLiteral("—");
    }
    QString line = id == "nik" && !m_niksShown
                       ? QString::fromStdString(core::maskNik(std::string_view(value.toStdString())))
                       : value;
    line.replace(QLatin1Char('\n'), QStringLiteral(" · "));
    if (line.size() > kLongestValue) {
        line = line.left(kLongestValue - 1) + QStringLiteral("…");
    }
    return line;
}

void MergeDialog::buildRows()
{
    QGridLayout* grid = m_ui->fieldsGridLayout;
    const QStringList headers{QString(), tr("Record A"), tr("Record B"), tr("After the merge")};
    for (int column = 0; column < headers.size(); ++column) {
        auto* header = new QLabel(headers[column], m_ui->fieldsWidget);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        grid->addWidget(header, 0, column);
    }
    QWidget* previous = m_ui->keepBRadioButton;
    for (const std::string_view id : core::mergeableFields()) {
        Row row;
        row.id = std::string(id);
        const int line = grid->rowCount();
        const QString name = QString::fromStdString(row.id);
        row.label = new QLabel(PersonFieldText::label(id), m_ui->fieldsWidget);
        grid->addWidget(row.label, line, 0);
        row.group = new QButtonGroup(this);
        for (const Side side : {A, B}) {
            auto* radio = new QRadioButton(m_ui->fieldsWidget);
            radio->setObjectName(name + (side == A ? QStringLiteral("ARadioButton") : QStringLiteral("BRadioButton")));
            row.group->addButton(radio, side);
            grid->addWidget(radio, line, 1 + side);
            QWidget::setTabOrder(previous, radio);
            previous = radio;
            row.sides[std::size_t(side)] = radio;
        }
        row.result = new QLabel(m_ui->fieldsWidget);
        row.result->setObjectName(name + QStringLiteral("ResultLabel"));
        row.result->setTextFormat(Qt::PlainText);
        grid->addWidget(row.result, line, 3);
        connect(row.group, &QButtonGroup::idClicked, this, [this, id = row.id](int side) {
            m_chosen[id] = Side(side);
            updateRows();
        });
        m_rows.push_back(row);
    }
    grid->setColumnStretch(3, 1);
    grid->setRowStretch(grid->rowCount(), 1);
    QWidget::setTabOrder(previous, m_ui->buttonBox);
}

void MergeDialog::updateKeepTexts()
{
    const std::array<QRadioButton*, 2> keep{m_ui->keepARadioButton, m_ui->keepBRadioButton};
    const std::array<QString, 2> texts{tr("Keep record &A: %1, registered %2"),
                                       tr("Keep record &B: %1, registered %2")};
    for (const Side side : {A, B}) {
        QString name = QString::fromStdString(m_people[side].fullName);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        keep[side]->setText(texts[side].arg(name, registeredOn(m_people[side])));
    }
}

// Each row shows whose value the merged record takes: the clerk's choice, or core's default (the kept value, or the
// other's where the kept one is blank; both sides together for target groups and notes, when no side is checked).
void MergeDialog::updateRows()
{
    if (!m_loaded) {
        return;
    }
    const Side kept = keptSide();
    const core::Person merged = preview();
    for (const Row& row : m_rows) {
        std::array<QString, 2> values;
        for (const Side side : {A, B}) {
            values[side] = PersonFieldText::value(m_people[side], row.id, m_villages);
            QRadioButton* radio = row.sides[std::size_t(side)];
            QString text = shown(row.id, values[side]);
            radio->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
            radio->setToolTip(row.id == "nik" && !m_niksShown ? QString() : values[side]);
        }
        const QString result = PersonFieldText::value(merged, row.id, m_villages);
        const bool differ = values[A] != values[B];
        int checked = -1;
        if (result == values[kept]) {
            checked = kept;
        } else if (result == values[kept == A ? B : A]) {
            checked = kept == A ? B : A;
        }
        row.group->setExclusive(false); // so that neither side can show checked: a union of both
        for (const Side side : {A, B}) {
            row.sides[std::size_t(side)]->setChecked(side == checked);
            row.sides[std::size_t(side)]->setEnabled(differ);
        }
        row.group->setExclusive(true);
        QFont font = row.label->font();
        font.setBold(differ);
        row.label->setFont(font);
        row.result->setText(shown(row.id, result));
        row.result->setToolTip(row.id == "nik" && !m_niksShown ? QString() : result);
    }
}

void MergeDialog::merge()
{
    const Side kept = keptSide();
    const core::Person& keep = m_people[kept];
    const core::Person& other = m_people[kept == A ? B : A];
    try {
        core::PeopleService(m_session.database, m_session.actor)
            .merge(keep.meta.uuid, keep.meta.revision, other.meta.uuid, other.meta.revision, choice());
    } catch (const core::Error& e) {
        spdlog::warn("merging person {} into {} refused: {}", other.meta.uuid, keep.meta.uuid, e.what());
        if (e.code() != "person.stale") {
            QMessageBox::warning(this, tr("Merge failed"), tr("%1\n\nNothing was changed.").arg(ErrorText::message(e)));
            return;
        }
        m_loaded = load();
        if (!m_loaded) {
            QMessageBox::warning(this, tr("Merge failed"),
                                 tr("%1\n\nNothing was changed. The list of probable duplicates will be read again.")
                                     .arg(ErrorText::message(e)));
            emit recordsGone();
            reject();
            return;
        }
        updateKeepTexts();
        updateRows();
        QMessageBox::warning(this, tr("Merge failed"),
                             tr("%1\n\nNothing was changed. Both records have been read again: check the choices "
                                "and merge again.")
                                 .arg(ErrorText::message(e)));
        return;
    } catch (const std::exception& e) {
        spdlog::error("merging person {} into {} failed: {}", other.meta.uuid, keep.meta.uuid, e.what());
        QMessageBox::warning(this, tr("Merge failed"),
                             tr("The merge failed; nothing was changed. Details: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    spdlog::info("person {} merged into {} by {}", other.meta.uuid, keep.meta.uuid, m_session.actor);
    emit merged(QString::fromStdString(keep.meta.uuid));
    accept();
}

} // namespace relawas::gui

#include "trainings/TrainingDialog.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/ScopeChoices.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "trainings/DateEditTyping.h"
#include "ui_TrainingDialog.h"

#include <QCalendarWidget>
#include <QLocale>
#include <QPushButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
constexpr const char* kInvalidStyle = "border: 1px solid #b3261e;";
} // namespace

TrainingDialog::TrainingDialog(Session& session, const QString& scopeCode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrainingDialog>())
    , m_session(session)
{
    setUp();
    setWindowTitle(tr("New training"));
    core::Training fresh;
    fresh.scopeCode = scopeCode.toStdString();
    fresh.startDate = core::todayUtc();
    fresh.endDate = fresh.startDate;
    fill(fresh);
}

TrainingDialog::TrainingDialog(Session& session, const core::Training& stored, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TrainingDialog>())
    , m_session(session)
{
    setUp();
    setWindowTitle(tr("Edit training"));
    fill(stored);
}

TrainingDialog::~TrainingDialog() = default;

void TrainingDialog::setUp()
{
    m_ui->setupUi(this);
    for (const auto kind : core::kAllTrainingKinds) {
        m_ui->kindComboBox->addItem(DomainText::trainingKind(kind), int(kind));
    }
    ScopeChoices::fill(m_ui->scopeComboBox, m_session.database, m_session.kabupatenCode);
    QPalette muted = m_ui->startDateTextLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    for (QLabel* label : {m_ui->startDateTextLabel, m_ui->endDateTextLabel}) {
        label->setPalette(muted);
    }
    // Typed as clerks type dates (15/09/2024), read back in words; the calendar speaks the user's language.
    for (QDateEdit* edit : {m_ui->startDateEdit, m_ui->endDateEdit}) {
        edit->setLocale(QLocale());
        edit->calendarWidget()->setLocale(QLocale());
        edit->calendarWidget()->setFirstDayOfWeek(Qt::Monday);
        new DateEditTyping(edit);
    }
    for (QLabel* label : {m_ui->titleErrorLabel, m_ui->scopeErrorLabel, m_ui->venueErrorLabel,
                          m_ui->startDateErrorLabel, m_ui->endDateErrorLabel, m_ui->capacityErrorLabel,
                          m_ui->passMarkErrorLabel, m_ui->notesErrorLabel, m_ui->problemLabel}) {
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    save->setDefault(true);
    Theme::setPrimary(save);

    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &TrainingDialog::kindChosen);
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, &TrainingDialog::startDateChanged);
    connect(m_ui->endDateEdit, &QDateEdit::dateChanged, this, &TrainingDialog::describeDates);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &TrainingDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TrainingDialog::reject);
    clearProblems();
}

void TrainingDialog::fill(const core::Training& training)
{
    m_base = training;
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(training.kind)));
    m_ui->titleLineEdit->setText(QString::fromStdString(training.title));
    ScopeChoices::choose(m_ui->scopeComboBox, m_session.database, QString::fromStdString(training.scopeCode));
    m_ui->venueLineEdit->setText(QString::fromStdString(training.venue));
    {
        const QSignalBlocker start(m_ui->startDateEdit);
        const QSignalBlocker end(m_ui->endDateEdit);
        m_ui->startDateEdit->setDate(toQDate(training.startDate));
        m_ui->endDateEdit->setDate(toQDate(training.endDate));
    }
    m_previousStart = m_ui->startDateEdit->date();
    m_ui->capacitySpinBox->setValue(training.capacity.value_or(0));
    m_ui->passMarkSpinBox->setValue(training.passMark);
    m_ui->notesPlainTextEdit->setPlainText(QString::fromStdString(training.notes));
    kindChosen();
    describeDates();
    m_ui->titleLineEdit->setFocus();
}

core::Training TrainingDialog::gathered() const
{
    core::Training training = m_base;
    training.kind = core::TrainingKind(m_ui->kindComboBox->currentData().toInt());
    training.title = m_ui->titleLineEdit->text().trimmed().toStdString();
    training.scopeCode = m_ui->scopeComboBox->currentData().toString().toStdString();
    training.venue = m_ui->venueLineEdit->text().trimmed().toStdString();
    training.startDate = fromQDate(m_ui->startDateEdit->date());
    training.endDate = fromQDate(m_ui->endDateEdit->date());
    const int capacity = m_ui->capacitySpinBox->value();
    training.capacity = capacity > 0 ? std::optional(capacity) : std::nullopt;
    training.passMark = m_ui->passMarkSpinBox->value();
    training.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed().toStdString();
    return training;
}

// Only a P2P class is graded; the mark of another kind is kept as it was, untouched.
void TrainingDialog::kindChosen()
{
    const bool graded = core::TrainingKind(m_ui->kindComboBox->currentData().toInt()) == core::TrainingKind::P2p;
    m_ui->passMarkSpinBox->setEnabled(graded);
    m_ui->passMarkLabel->setEnabled(graded);
}

// A one-day event moved to another day stays a one-day event; the last day of a longer one is left as typed.
void TrainingDialog::startDateChanged()
{
    const QDate start = m_ui->startDateEdit->date();
    if (m_ui->endDateEdit->date() == m_previousStart) {
        m_ui->endDateEdit->setDate(start);
    }
    m_previousStart = start;
    describeDates();
}

void TrainingDialog::describeDates()
{
    const QLocale locale;
    const QString format = QStringLiteral("dddd, d MMMM yyyy");
    const QDate start = m_ui->startDateEdit->date();
    const QDate end = m_ui->endDateEdit->date();
    m_ui->startDateTextLabel->setText(locale.toString(start, format));
    const qint64 days = start.daysTo(end) + 1;
    m_ui->endDateTextLabel->setText(days >= 1
                                        ? tr("%1 · %Ln day(s)", nullptr, int(days)).arg(locale.toString(end, format))
                                        : locale.toString(end, format));
}

void TrainingDialog::clearProblems()
{
    for (QLabel* label :
         {m_ui->titleErrorLabel, m_ui->scopeErrorLabel, m_ui->venueErrorLabel, m_ui->startDateErrorLabel,
          m_ui->endDateErrorLabel, m_ui->capacityErrorLabel, m_ui->passMarkErrorLabel, m_ui->notesErrorLabel}) {
        label->clear();
        m_ui->formLayout->setRowVisible(label, false);
    }
    m_ui->problemLabel->clear();
    m_ui->problemLabel->hide();
    for (QWidget* field : std::initializer_list<QWidget*>{m_ui->titleLineEdit, m_ui->scopeComboBox, m_ui->venueLineEdit,
                                                          m_ui->startDateEdit, m_ui->endDateEdit, m_ui->capacitySpinBox,
                                                          m_ui->passMarkSpinBox, m_ui->notesPlainTextEdit}) {
        field->setStyleSheet({});
    }
}

// Under the field core named, marked, with the keyboard put there; a problem of no field (the training was changed
// elsewhere) under the form.
void TrainingDialog::showProblem(const QString& place, const QString& text)
{
    const std::pair<const char*, std::pair<QWidget*, QLabel*>> fields[] = {
        {"title", {m_ui->titleLineEdit, m_ui->titleErrorLabel}},
        {"scope_code", {m_ui->scopeComboBox, m_ui->scopeErrorLabel}},
        {"venue", {m_ui->venueLineEdit, m_ui->venueErrorLabel}},
        {"start_date", {m_ui->startDateEdit, m_ui->startDateErrorLabel}},
        {"end_date", {m_ui->endDateEdit, m_ui->endDateErrorLabel}},
        {"capacity", {m_ui->capacitySpinBox, m_ui->capacityErrorLabel}},
        {"pass_mark", {m_ui->passMarkSpinBox, m_ui->passMarkErrorLabel}},
        {"notes", {m_ui->notesPlainTextEdit, m_ui->notesErrorLabel}},
    };
    for (const auto& [name, widgets] : fields) {
        if (place == QLatin1String(name)) {
            auto [field, label] = widgets;
            field->setStyleSheet(QString::fromLatin1(kInvalidStyle));
            label->setText(text);
            m_ui->formLayout->setRowVisible(label, true);
            field->setFocus();
            return;
        }
    }
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->show();
}

void TrainingDialog::accept()
{
    clearProblems();
    const core::Training training = gathered();
    try {
        m_saved = core::TrainingService(m_session.database, m_session.actor).save(training);
    } catch (const core::Error& e) {
        spdlog::warn("saving training {} refused: {}", training.meta.uuid.empty() ? "(new)" : training.meta.uuid,
                     e.what());
        // The message alone: a field's place is shown by where the message stands, a stale record's place is its uuid.
        showProblem(QString::fromStdString(e.place()), ErrorText::message(e));
        return;
    }
    spdlog::info("training {} saved (revision {}) by {}", m_saved->meta.uuid, m_saved->meta.revision, m_session.actor);
    QDialog::accept();
}

} // namespace relawas::gui

#include "settings/SettingsScreen.h"

#include "common/DateText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "firstrun/FirstRunDialog.h"
#include "ui_SettingsScreen.h"

#include <QCalendarWidget>
#include <QMessageBox>
#include <QShortcut>

#include <spdlog/spdlog.h>

namespace relawas::gui {

SettingsScreen::SettingsScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsScreen>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->screenLayout->setContentsMargins(ScreenHeader::screenMargins(this));
    m_ui->screenLayout->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    m_ui->screenLayout->insertWidget(
        0, new ScreenHeader(tr("Settings"),
                            tr("The language, the working area, the election day and where the data is kept."), this));
    m_ui->electionDayCalendarToolButton->setIcon(Icons::icon(QStringLiteral("calendar")));
    m_ui->electionDayCalendarToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->electionDayCalendarToolButton->setProperty("textButton", true);
    // Each language is named in itself, so a user who cannot read the current one still finds their own.
    m_ui->languageComboBox->addItem(QStringLiteral("Bahasa Indonesia"), QString::fromLatin1(kIndonesian));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QString::fromLatin1(kEnglish));
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(savedLanguage()));
    connect(m_ui->languageComboBox, &QComboBox::activated, this, &SettingsScreen::onLanguageChosen);
    connect(m_ui->changeKabupatenPushButton, &QPushButton::clicked, this, &SettingsScreen::chooseKabupaten);
    // Typed as every date in Relawas is typed (dd/mm/yyyy), kept on Enter or when the field is left; the calendar
    // opens on the day typed, else today.
    connect(m_ui->electionDayLineEdit, &QLineEdit::editingFinished, this, &SettingsScreen::saveTypedElectionDay);
    connect(m_ui->electionDayLineEdit, &QLineEdit::textEdited, this, [this] { showElectionDayIssue({}); });
    connect(m_ui->electionDayCalendarToolButton, &QToolButton::clicked, this, &SettingsScreen::openCalendar);
    auto* calendarShortcut = new QShortcut(QKeySequence(Qt::Key_F4), m_ui->electionDayLineEdit);
    calendarShortcut->setContext(Qt::WidgetShortcut);
    connect(calendarShortcut, &QShortcut::activated, this, &SettingsScreen::openCalendar);
    connect(m_ui->clearElectionDayPushButton, &QPushButton::clicked, this, [this] {
        m_ui->electionDayLineEdit->clear();
        saveElectionDay(std::nullopt);
    });
    refresh();
}

SettingsScreen::~SettingsScreen()
{
    // Destroying the screen takes the focus from the election day, whose editingFinished would save it half-destroyed.
    m_ui->electionDayLineEdit->disconnect(this);
}

void SettingsScreen::refresh()
{
    const core::RegionRepository regions(m_session.database);
    const auto kabupaten = regions.find(m_session.kabupatenCode.toStdString());
    m_ui->kabupatenLabel->setText(
        kabupaten ? tr("%1 (%2)").arg(QString::fromStdString(kabupaten->name), QString::fromStdString(kabupaten->code))
                  : tr("not chosen"));
    m_ui->databaseLabel->setText(QString::fromStdString(m_session.database.path().string()));
    const auto codeList = regions.currentCodeList();
    m_ui->codeListLabel->setText(codeList ? tr("%1 %2, loaded %3")
                                                .arg(QString::fromStdString(codeList->name),
                                                     QString::fromStdString(codeList->version),
                                                     formatStoredTime(codeList->loadedAt))
                                          : tr("none loaded"));
    showElectionDay();
}

void SettingsScreen::showElectionDay()
{
    const auto day = core::SettingsStore(m_session.database).electionDay();
    m_ui->electionDayLineEdit->setText(formatUserDate(day));
    showElectionDayIssue({});
    m_ui->clearElectionDayPushButton->setEnabled(day.has_value());
}

void SettingsScreen::saveTypedElectionDay()
{
    const UserDate typed = parseUserDate(m_ui->electionDayLineEdit->text());
    if (!typed.valid) {
        m_ui->electionDayIssueLabel->setStyleSheet(
            QStringLiteral("color: %1;").arg(Theme::colour(Theme::Colour::Error).name()));
        showElectionDayIssue(tr("%1 The election day was not changed.").arg(typed.problem));
        return;
    }
    if (typed.date == core::SettingsStore(m_session.database).electionDay()) {
        return;
    }
    saveElectionDay(typed.date);
    m_ui->electionDayLineEdit->setText(formatUserDate(typed.date)); // "14-2-2029" reads back as 14/02/2029
}

void SettingsScreen::openCalendar()
{
    auto* calendar = new QCalendarWidget(this);
    calendar->setAttribute(Qt::WA_DeleteOnClose);
    calendar->setWindowFlags(Qt::Popup);
    const UserDate typed = parseUserDate(m_ui->electionDayLineEdit->text());
    calendar->setSelectedDate(typed.valid && typed.date ? toQDate(*typed.date) : QDate::currentDate());
    connect(calendar, &QCalendarWidget::activated, this, [this, calendar](const QDate& date) {
        m_ui->electionDayLineEdit->setText(formatUserDate(fromQDate(date)));
        saveTypedElectionDay();
        calendar->close();
        m_ui->electionDayLineEdit->setFocus();
    });
    calendar->move(m_ui->electionDayLineEdit->mapToGlobal(QPoint(0, m_ui->electionDayLineEdit->height())));
    calendar->show();
    calendar->setFocus();
}

// The line under the election day holds a problem only while there is one: empty, it takes no room.
void SettingsScreen::showElectionDayIssue(const QString& text)
{
    m_ui->electionDayIssueLabel->setText(text);
    m_ui->electionDayIssueLabel->setVisible(!text.isEmpty());
}

void SettingsScreen::saveElectionDay(const std::optional<core::Date>& day)
{
    core::SettingsStore(m_session.database).setElectionDay(day);
    showElectionDayIssue({});
    m_ui->clearElectionDayPushButton->setEnabled(day.has_value());
    spdlog::info("election day set to {}", day ? core::formatIsoDate(*day) : std::string("none"));
    emit electionDayChanged();
}

void SettingsScreen::onLanguageChosen(int index)
{
    const QString language = m_ui->languageComboBox->itemData(index).toString();
    if (language == savedLanguage()) {
        return;
    }
    saveLanguage(language);
    m_ui->languageNoteLabel->setText(tr("The new language applies the next time Relawas starts."));
}

void SettingsScreen::chooseKabupaten()
{
    FirstRunDialog dialog(m_session.database, m_session.kabupatenCode, this);
    dialog.setWindowTitle(tr("Change regency/city"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedCode() == m_session.kabupatenCode) {
        return;
    }
    try {
        core::SettingsStore(m_session.database).setWorkingKabupaten(dialog.selectedCode().toStdString());
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Change regency/city"), ErrorText::describe(e));
        return;
    }
    m_session.kabupatenCode = dialog.selectedCode();
    refresh();
    emit kabupatenChanged(m_session.kabupatenCode);
}

} // namespace relawas::gui

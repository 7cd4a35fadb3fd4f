#include "settings/SettingsScreen.h"

#include "common/DateText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/base/Error.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "firstrun/FirstRunDialog.h"
#include "ui_SettingsScreen.h"

#include <QMessageBox>
#include <QSignalBlocker>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
const QDate kNotSet(2000, 1, 1);
}

SettingsScreen::SettingsScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsScreen>())
    , m_session(session)
{
    m_ui->setupUi(this);
    // Each language is named in itself, so a user who cannot read the current one still finds their own.
    m_ui->languageComboBox->addItem(QStringLiteral("Bahasa Indonesia"), QString::fromLatin1(kIndonesian));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QString::fromLatin1(kEnglish));
    m_ui->languageComboBox->setCurrentIndex(m_ui->languageComboBox->findData(savedLanguage()));
    connect(m_ui->languageComboBox, &QComboBox::activated, this, &SettingsScreen::onLanguageChosen);
    connect(m_ui->changeKabupatenPushButton, &QPushButton::clicked, this, &SettingsScreen::chooseKabupaten);
    // The earliest date stands for "not set", shown as words.
    m_ui->electionDayDateEdit->setMinimumDate(kNotSet);
    m_ui->electionDayDateEdit->setSpecialValueText(tr("not set"));
    connect(m_ui->electionDayDateEdit, &QDateEdit::dateChanged, this, &SettingsScreen::saveElectionDay);
    connect(m_ui->clearElectionDayPushButton, &QPushButton::clicked, this,
            [this] { m_ui->electionDayDateEdit->setDate(kNotSet); });
    refresh();
}

SettingsScreen::~SettingsScreen() = default;

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
                                                     QString::fromStdString(codeList->loadedAt))
                                          : tr("none loaded"));
    showElectionDay();
}

void SettingsScreen::showElectionDay()
{
    const auto day = core::SettingsStore(m_session.database).electionDay();
    const QSignalBlocker blocker(m_ui->electionDayDateEdit);
    m_ui->electionDayDateEdit->setDate(day ? toQDate(*day) : kNotSet);
    m_ui->clearElectionDayPushButton->setEnabled(day.has_value());
}

void SettingsScreen::saveElectionDay(const QDate& date)
{
    const std::optional<core::Date> day = date == kNotSet ? std::nullopt : std::optional(fromQDate(date));
    core::SettingsStore(m_session.database).setElectionDay(day);
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

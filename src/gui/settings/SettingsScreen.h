#pragma once

#include "core/base/Clock.h"

#include <memory>
#include <optional>

#include <QWidget>

namespace Ui {
class SettingsScreen;
}

namespace relawas::gui {

struct Session;

// "Pengaturan": the language of the program, the working kabupaten/kota, the election day ages are counted on, and
// where the data lives.
class SettingsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsScreen)

public:
    explicit SettingsScreen(Session& session, QWidget* parent = nullptr);
    ~SettingsScreen() override;

    void refresh();

signals:
    void kabupatenChanged(const QString& code);
    void electionDayChanged();

private:
    void onLanguageChosen(int index);
    void chooseKabupaten();
    void showElectionDay();
    void saveTypedElectionDay();
    void openCalendar();
    void showElectionDayIssue(const QString& text);
    void saveElectionDay(const std::optional<core::Date>& day);

    std::unique_ptr<Ui::SettingsScreen> m_ui;
    Session& m_session;
};

} // namespace relawas::gui

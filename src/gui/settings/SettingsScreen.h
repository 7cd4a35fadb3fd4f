#pragma once

#include <memory>

#include <QWidget>

namespace Ui {
class SettingsScreen;
}

namespace relawas::gui {

struct Session;

// "Pengaturan": the language of the program, the working kabupaten/kota, and where the data lives.
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

private:
    void onLanguageChosen(int index);
    void chooseKabupaten();

    std::unique_ptr<Ui::SettingsScreen> m_ui;
    Session& m_session;
};

} // namespace relawas::gui

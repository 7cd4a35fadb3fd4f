#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QWidget;

namespace relawas::gui {

class BerandaScreen;
class LaporanScreen;
class NavigationSidebar;
class DeskScreen;
class PeopleScreen;
class ScopeSelector;
class SettingsScreen;
class SyncScreen;
class TrainingsScreen;
class WilayahScreen;
struct Session;

// The shell: navigation to the screens, the scope selector, menus and the status bar. It only wires screens
// together; each screen lives in its own folder.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class ScreenId
    {
        Beranda,
        Wilayah,
        Orang,
        Pelatihan,
        MejaPresensi,
        Sinkronisasi,
        Laporan,
        Pengaturan
    };

    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showScreen(ScreenId id);
    ScreenId currentScreen() const;
    BerandaScreen* berandaScreen() const { return m_beranda; }
    LaporanScreen* laporanScreen() const { return m_laporan; }
    WilayahScreen* wilayahScreen() const { return m_wilayah; }
    PeopleScreen* peopleScreen() const { return m_people; }
    TrainingsScreen* trainingsScreen() const { return m_trainings; }
    DeskScreen* deskScreen() const { return m_desk; }
    SyncScreen* syncScreen() const { return m_sync; }
    ScopeSelector* scopeSelector() const { return m_scope; }
    NavigationSidebar* sidebar() const { return m_sidebar; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildScreens();
    void connectBeranda();
    void addScreen(const QString& title, const QString& iconName, QWidget* screen);
    void connectSync();
    void showOpenConflicts(int open);
    void showLastReport(const QString& when);
    void buildMenus();
    void buildStatusBar();
    void restoreLayout();
    void onScopeChanged(const QString& code);
    void onKabupatenChanged(const QString& code);
    void updateStatusBar();
    void updatePeopleCount();
    void showAbout();

    Session& m_session;
    ScopeSelector* m_scope;
    NavigationSidebar* m_sidebar;
    QListWidget* m_navigation; // the sidebar's entries
    QStackedWidget* m_screens;
    BerandaScreen* m_beranda = nullptr;
    LaporanScreen* m_laporan = nullptr;
    WilayahScreen* m_wilayah = nullptr;
    PeopleScreen* m_people = nullptr;
    TrainingsScreen* m_trainings = nullptr;
    DeskScreen* m_desk = nullptr;
    SyncScreen* m_sync = nullptr;
    SettingsScreen* m_settings = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_countsLabel;
    QLabel* m_syncLabel;
};

} // namespace relawas::gui

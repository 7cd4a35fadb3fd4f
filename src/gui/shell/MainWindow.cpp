#include "shell/MainWindow.h"

#include "about/AboutDialog.h"
#include "beranda/BerandaScreen.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/Database.h"
#include "desk/DeskScreen.h"
#include "laporan/LaporanScreen.h"
#include "people/PeopleScreen.h"
#include "settings/SettingsScreen.h"
#include "shell/NavigationSidebar.h"
#include "shell/ScopeSelector.h"
#include "sync/SyncScreen.h"
#include "trainings/TrainingsScreen.h"
#include "wilayah/WilayahScreen.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
constexpr const char* kGeometryKey = "mainWindow/geometry";
constexpr const char* kStateKey = "mainWindow/state";
constexpr const char* kScreenKey = "mainWindow/screen";
} // namespace

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_scope(new ScopeSelector(session.database, this))
    , m_sidebar(new NavigationSidebar(this))
    , m_navigation(m_sidebar->list())
    , m_screens(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
{
    setWindowTitle(tr("Relawas"));
    setObjectName(QStringLiteral("mainWindow"));
    m_screens->setObjectName(QStringLiteral("screenStackedWidget"));

    auto* scopeBar = new QToolBar(tr("Scope"), this);
    scopeBar->setObjectName(QStringLiteral("scopeToolBar"));
    scopeBar->setMovable(false);
    scopeBar->addWidget(m_scope);
    addToolBar(Qt::TopToolBarArea, scopeBar);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    buildScreens();
    buildMenus();
    buildStatusBar();
    connect(m_navigation, &QListWidget::currentRowChanged, m_screens, &QStackedWidget::setCurrentIndex);
    connect(m_scope, &ScopeSelector::scopeChanged, this, &MainWindow::onScopeChanged);
    m_scope->setKabupaten(session.kabupatenCode);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    m_wilayah->disconnect(this);
}

void MainWindow::addScreen(const QString& title, const QString& iconName, QWidget* screen)
{
    const int row = m_navigation->count();
    m_sidebar->addEntry(title, iconName, tr("%1 (Ctrl+%2)").arg(title).arg(row + 1));
    m_screens->addWidget(screen);
}

void MainWindow::buildScreens()
{
    m_beranda = new BerandaScreen(m_session, m_screens);
    addScreen(tr("Home"), QStringLiteral("layout-dashboard"), m_beranda);
    m_wilayah = new WilayahScreen(m_session, m_screens);
    addScreen(tr("Regions & Kampung"), QStringLiteral("map-2"), m_wilayah);
    m_people = new PeopleScreen(m_session, m_screens);
    addScreen(tr("People"), QStringLiteral("users"), m_people);
    m_trainings = new TrainingsScreen(m_session, m_screens);
    addScreen(tr("Trainings"), QStringLiteral("school"), m_trainings);
    m_desk = new DeskScreen(m_session, m_screens);
    addScreen(tr("Check-in Desk"), QStringLiteral("clipboard-check"), m_desk);
    m_sync = new SyncScreen(m_session, m_screens);
    addScreen(tr("Synchronisation"), QStringLiteral("arrows-exchange"), m_sync);
    m_laporan = new LaporanScreen(m_session, m_screens);
    addScreen(tr("Reports"), QStringLiteral("report-analytics"), m_laporan);
    m_settings = new SettingsScreen(m_session, m_screens);
    addScreen(tr("Settings"), QStringLiteral("settings"), m_settings);
    connect(m_settings, &SettingsScreen::kabupatenChanged, this, &MainWindow::onKabupatenChanged);
    connect(m_settings, &SettingsScreen::electionDayChanged, m_people, &PeopleScreen::refresh); // ages change
    connect(m_wilayah, &WilayahScreen::programmeChanged, this, &MainWindow::updateStatusBar);
    connect(m_wilayah, &WilayahScreen::peopleOfVillageRequested, this, [this](const QString& villageCode) {
        m_people->showVillage(villageCode);
        showScreen(ScreenId::Orang);
    });
    connect(m_people, &PeopleScreen::exported, this, [this](const QString& path, qint64 rows) {
        statusBar()->showMessage(tr("%Ln person(s) exported to %1", nullptr, int(rows)).arg(path), 10000);
    });
    connect(m_people, &PeopleScreen::peopleChanged, this, &MainWindow::updatePeopleCount);
    // People merged or removed change the lists of trainings; the trainings' own messages go to the status bar.
    connect(m_people, &PeopleScreen::peopleChanged, m_trainings, &TrainingsScreen::refresh);
    connect(m_trainings, &TrainingsScreen::openDeskRequested, this, [this](const QString& trainingUuid) {
        m_desk->openTraining(trainingUuid);
        showScreen(ScreenId::MejaPresensi);
        m_desk->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_trainings, &TrainingsScreen::trainingsChanged, m_desk, [this] { m_desk->setScope(m_scope->scope()); });
    connect(m_desk, &DeskScreen::attendanceChanged, m_trainings, &TrainingsScreen::refresh);
    connect(m_trainings, &TrainingsScreen::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connectSync();

    for (int row = 0; row < m_navigation->count(); ++row) {
        auto* shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
        connect(shortcut, &QAction::triggered, this, [this, row] {
            showScreen(ScreenId(row));
            // Ctrl+3 then typing searches the roster: the keyboard goes where the screen's work starts.
            if (QWidget* screen = m_screens->currentWidget(); screen->focusProxy()) {
                screen->setFocus(Qt::ShortcutFocusReason);
            }
        });
        addAction(shortcut);
    }
}

// A report merged or a conflict decided changes people, roles, trainings and villages: every screen reads again.
void MainWindow::connectSync()
{
    connect(m_sync, &SyncScreen::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });
    connect(m_sync, &SyncScreen::dataChanged, this, [this] { onScopeChanged(m_scope->scope()); });
    connect(m_sync, &SyncScreen::openConflictsChanged, this, &MainWindow::showOpenConflicts);
    connect(m_laporan, &LaporanScreen::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connectBeranda();
    connect(m_sync, &SyncScreen::lastReportChanged, this, &MainWindow::showLastReport);
}

// Only conflicts waiting for a person are worth a number beside the name.
void MainWindow::showOpenConflicts(int open)
{
    m_sidebar->setCount(int(ScreenId::Sinkronisasi), open > 0 ? std::optional<qint64>(open) : std::nullopt);
}

void MainWindow::showLastReport(const QString& when)
{
    m_syncLabel->setText(when.isEmpty() ? tr("Last report taken in: never") : tr("Last report taken in: %1").arg(when));
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(Icons::icon(QStringLiteral("logout")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_wilayah->undoAction());
    editMenu->addAction(m_wilayah->redoAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(Icons::icon(QStringLiteral("info-circle")), tr("&About Relawas"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    // The screen read them when it was made, before it was connected.
    showOpenConflicts(m_sync->openConflicts());
    showLastReport(m_sync->lastReportAt());
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, which on the common 1366x768 laptop is all of it.
        const QRect available = screen()->availableGeometry();
        resize(available.size().boundedTo(QSize(1366, 768)) * 0.95);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    const int screen = settings.value(kScreenKey, int(ScreenId::Wilayah)).toInt();
    showScreen(screen >= 0 && screen < m_screens->count() ? ScreenId(screen) : ScreenId::Wilayah);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kScreenKey, int(currentScreen()));
    spdlog::info("main window closed on screen {}", int(currentScreen()));
    QMainWindow::closeEvent(event);
}

void MainWindow::showScreen(ScreenId id)
{
    m_navigation->setCurrentRow(int(id));
}

MainWindow::ScreenId MainWindow::currentScreen() const
{
    return ScreenId(m_screens->currentIndex());
}

// The Beranda's clicks open what they count; what changes the figures elsewhere reads them again.
void MainWindow::connectBeranda()
{
    connect(m_beranda, &BerandaScreen::rosterRequested, this, [this](const core::RosterFilter& filter) {
        if (m_people->showFilter(filter)) {
            showScreen(ScreenId::Orang);
        }
    });
    connect(m_beranda, &BerandaScreen::regionRequested, this, [this](const QString& code) {
        m_wilayah->selectRegion(code);
        showScreen(ScreenId::Wilayah);
    });
    connect(m_beranda, &BerandaScreen::trainingsRequested, this, [this] { showScreen(ScreenId::Pelatihan); });
    connect(m_beranda, &BerandaScreen::syncRequested, this, [this] { showScreen(ScreenId::Sinkronisasi); });
    connect(m_people, &PeopleScreen::peopleChanged, m_beranda, &BerandaScreen::reload);
    connect(m_trainings, &TrainingsScreen::trainingsChanged, m_beranda, &BerandaScreen::reload);
    connect(m_desk, &DeskScreen::attendanceChanged, m_beranda, &BerandaScreen::reload);
    connect(m_wilayah, &WilayahScreen::programmeChanged, m_beranda, &BerandaScreen::reload);
    connect(m_settings, &SettingsScreen::electionDayChanged, m_beranda, &BerandaScreen::reload);
}

void MainWindow::onScopeChanged(const QString& code)
{
    m_beranda->setScope(code);
    m_laporan->setScope(code);
    m_wilayah->setScope(code);
    m_people->setScope(code);
    m_trainings->setScope(code);
    m_desk->setScope(code);
    m_sync->setScope(code);
    updateStatusBar();
    updatePeopleCount();
}

void MainWindow::onKabupatenChanged(const QString& code)
{
    m_scope->setKabupaten(code);
}

void MainWindow::updateStatusBar()
{
    const std::string scope = m_scope->scope().toStdString();
    const core::RegionRepository regions(m_session.database);
    const auto counts = regions.countByLevel(scope);
    const auto villages = counts.at(core::RegionLevel::Desa) + counts.at(core::RegionLevel::Kelurahan);
    const auto scopeRegion = regions.find(scope);
    const bool oneKecamatan = scopeRegion && scopeRegion->level == core::RegionLevel::Kecamatan;
    const auto kampung = core::KampungRepository(m_session.database).stagesUnder(scope).size();
    m_databaseLabel->setText(tr("Database: %1").arg(QString::fromStdString(m_session.database.path().string())));
    m_countsLabel->setText(tr("%1 districts · %2 villages · %3 in Kampung Pengawasan")
                               .arg(oneKecamatan ? 1 : counts.at(core::RegionLevel::Kecamatan))
                               .arg(villages)
                               .arg(kampung));
    m_sidebar->setCount(int(ScreenId::Wilayah), qint64(kampung));
}

// The people living in the scope, whatever the roster's search and filters show.
void MainWindow::updatePeopleCount()
{
    core::RosterFilter everyone;
    everyone.scopeCode = m_scope->scope().toStdString();
    m_sidebar->setCount(int(ScreenId::Orang), core::RosterQuery(m_session.database).count(everyone));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session.database, this);
    dialog.exec();
}

} // namespace relawas::gui

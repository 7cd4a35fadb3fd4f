#include "shell/MainWindow.h"

#include "about/AboutDialog.h"
#include "common/Session.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "people/PeopleScreen.h"
#include "placeholder/EmptyStateScreen.h"
#include "settings/SettingsScreen.h"
#include "shell/ScopeSelector.h"
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
    , m_navigation(new QListWidget(this))
    , m_screens(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
{
    setWindowTitle(tr("Relawas"));
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_screens->setObjectName(QStringLiteral("screenStackedWidget"));

    auto* scopeBar = new QToolBar(tr("Scope"), this);
    scopeBar->setObjectName(QStringLiteral("scopeToolBar"));
    scopeBar->setMovable(false);
    scopeBar->addWidget(m_scope);
    addToolBar(Qt::TopToolBarArea, scopeBar);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
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

void MainWindow::buildScreens()
{
    struct Placeholder
    {
        ScreenId id;
        QString title;
        QString promise;
    };
    const auto addScreen = [this](const QString& title, QWidget* screen) {
        m_navigation->addItem(title);
        m_screens->addWidget(screen);
    };
    const auto placeholder = [&addScreen, this](const QString& title, const QString& promise) {
        addScreen(title, new EmptyStateScreen(title, promise, m_screens));
    };

    placeholder(tr("Home"), tr("The dashboard: volunteers per district and target group, Kampung Pengawasan "
                               "villages by status, trainings held, and the gaps to close."));
    m_wilayah = new WilayahScreen(m_session, m_screens);
    addScreen(tr("Regions & Kampung"), m_wilayah);
    m_people = new PeopleScreen(m_session, m_screens);
    addScreen(tr("People"), m_people);
    placeholder(tr("Trainings"), tr("Rakernis, P2P classes, Forum Warga and sosialisasi: participants, days, "
                                    "pre- and post-test scores and certificates."));
    placeholder(tr("Check-in Desk"), tr("Fast check-in at the door of an event, by name, NIK or barcode, and the "
                                        "printed attendance sheet (daftar hadir)."));
    placeholder(tr("Synchronisation"), tr("Export a signed report file for the district, import the reports of "
                                          "every district, review what is new, changed or in conflict."));
    placeholder(tr("Reports"), tr("Reports for Bawaslu: rosters per village, Kampung Pengawasan status, "
                                  "trainings, and a public summary without personal data."));
    m_settings = new SettingsScreen(m_session, m_screens);
    addScreen(tr("Settings"), m_settings);
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
        m_navigation->item(row)->setToolTip(tr("%1 (Ctrl+%2)").arg(m_navigation->item(row)->text()).arg(row + 1));
    }
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
}

void MainWindow::buildMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_wilayah->undoAction());
    editMenu->addAction(m_wilayah->redoAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Relawas"), this, &MainWindow::showAbout);
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    m_syncLabel->setText(tr("Last sync: never"));
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

void MainWindow::onScopeChanged(const QString& code)
{
    m_wilayah->setScope(code);
    m_people->setScope(code);
    updateStatusBar();
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
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_session.database, this);
    dialog.exec();
}

} // namespace relawas::gui

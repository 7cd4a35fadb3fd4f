// The shell around the screens, in Indonesian: navigation, shortcuts, the scope selector and its status bar,
// what is remembered between sessions, and the About dialog's attribution.
#include "shell/MainWindow.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleForTests.h"
#include "TestDatabase.h"
#include "about/AboutDialog.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/BuildInfo.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/programme/KampungRepository.h"
#include "people/PeopleScreen.h"
#include "people/RosterModel.h"
#include "people/registration/RegistrationDialog.h"
#include "shell/NavigationDelegate.h"
#include "shell/NavigationSidebar.h"
#include "shell/ScopeSelector.h"
#include "trainings/TrainingsScreen.h"
#include "wilayah/RegionTreeModel.h"
#include "wilayah/WilayahScreen.h"

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace relawas;
using gui::MainWindow;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnWilayahByDefault();
    void navigationListsTheEightScreensInIndonesian();
    void ctrlNumberSwitchesScreens();
    void theSidebarShowsAnIconPerScreenAndCounts();
    void thePeopleCountFollowsARegistrationAndARemoval();
    void everyBuiltScreenHasATitleAndAPurpose();
    void theChosenKecamatanIsRememberedAcrossSessions();
    void nothingOnTheRosterIsCutOffAt1366x768();
    void theLastScreenAndSizeAreRememberedAcrossSessions();
    void choosingAKecamatanNarrowsTheTreeAndTheCounts();
    void theCountsFollowAProgrammeChange();
    void notesBeingTypedAreSavedWhenTheWindowCloses();
    void whatIsBeingTypedSurvivesTheWindowBeingDestroyed();
    void aboutNamesTheVersionAndTheRegionDataLicence();
    void altKeysDoNotCollide_data();
    void altKeysDoNotCollide();

private:
    std::unique_ptr<MainWindow> openWindow();
    QListWidget* navigation(MainWindow& window) const
    {
        return window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    }
    QLabel* counts(MainWindow& window) const { return window.findChild<QLabel*>(QStringLiteral("countsLabel")); }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
};

void MainWindowTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    // The program's look and a common laptop's font, as the clerk sees them.
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    gui::Theme::apply(*qApp);
}

void MainWindowTest::init()
{
    QSettings().clear();
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "tester", QStringLiteral("12.19")});
}

void MainWindowTest::cleanup()
{
    m_session.reset();
    m_db.reset();
}

std::unique_ptr<MainWindow> MainWindowTest::openWindow()
{
    auto window = std::make_unique<MainWindow>(*m_session);
    window->show();
    if (!QTest::qWaitForWindowActive(window.get())) {
        qWarning("the main window did not become active");
    }
    return window;
}

void MainWindowTest::opensOnWilayahByDefault()
{
    const auto window = openWindow();
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Wilayah);
    QCOMPARE(window->findChild<QStackedWidget*>(QStringLiteral("screenStackedWidget"))->currentWidget(),
             window->wilayahScreen());
    QCOMPARE(navigation(*window)->currentItem()->text(), QStringLiteral("Wilayah & Kampung"));
    QCOMPARE(window->windowTitle(), QStringLiteral("Relawas"));
}

void MainWindowTest::navigationListsTheEightScreensInIndonesian()
{
    const auto window = openWindow();
    QStringList titles;
    for (int row = 0; row < navigation(*window)->count(); ++row) {
        titles << navigation(*window)->item(row)->text();
    }
    const QStringList expected{QStringLiteral("Beranda"),       QStringLiteral("Wilayah & Kampung"),
                               QStringLiteral("Orang/Relawan"), QStringLiteral("Pelatihan"),
                               QStringLiteral("Meja Presensi"), QStringLiteral("Sinkronisasi"),
                               QStringLiteral("Laporan"),       QStringLiteral("Pengaturan")};
    QCOMPARE(titles, expected);
    QCOMPARE(navigation(*window)->item(2)->toolTip(), QStringLiteral("Orang/Relawan (Ctrl+3)"));
}

void MainWindowTest::ctrlNumberSwitchesScreens()
{
    const auto window = openWindow();
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Orang);
    QCOMPARE(navigation(*window)->currentRow(), 2);
    auto* stack = window->findChild<QStackedWidget*>(QStringLiteral("screenStackedWidget"));
    QCOMPARE(stack->currentWidget(), window->peopleScreen());
    // The keyboard lands in the roster's search: Ctrl+3, then type a name.
    QCOMPARE(QApplication::focusWidget(),
             window->peopleScreen()->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")));

    // Ctrl+4: the trainings, the keyboard on their list.
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Pelatihan);
    QCOMPARE(stack->currentWidget(), window->trainingsScreen());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("trainingTableView"));

    QTest::keyClick(window.get(), Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Pengaturan);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Wilayah);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filterLineEdit"));
}

void MainWindowTest::theSidebarShowsAnIconPerScreenAndCounts()
{
    core::Person person;
    person.fullName = "Siti Aminah";
    person.nik = "1219074506950001";
    person.villageCode = "12.19.07.2004";
    testing::TestPeople(m_db->database()).save(person, "tester");
    core::KampungProgramme candidate;
    candidate.villageCode = "12.19.07.2004";
    core::KampungRepository(m_db->database()).save(candidate, "tester", core::todayUtc());

    const auto window = openWindow();
    QListWidget* list = navigation(*window);
    QCOMPARE(list->count(), 8);
    QStringList icons;
    for (int row = 0; row < list->count(); ++row) {
        const QString icon = list->item(row)->data(gui::NavigationDelegate::IconNameRole).toString();
        QVERIFY2(gui::Icons::exists(icon), qPrintable(icon));
        icons << icon;
    }
    icons.removeDuplicates();
    QCOMPARE(icons.size(), 8); // one icon per screen, none shared

    // People in the scope on "Orang/Relawan", Kampung Pengawasan villages on "Wilayah & Kampung"; none elsewhere.
    gui::NavigationSidebar* sidebar = window->sidebar();
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Orang)), std::optional<qint64>(1));
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Wilayah)), std::optional<qint64>(1));
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Beranda)), std::nullopt);
    QCOMPARE(list->item(int(MainWindow::ScreenId::Orang))->data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Orang/Relawan, 1"));
    // The sidebar is wide enough for every name with its count.
    for (int row = 0; row < list->count(); ++row) {
        QVERIFY(list->visualItemRect(list->item(row)).width() >=
                gui::NavigationDelegate::widthFor(list->fontMetrics(), list->item(row)->text(), QStringLiteral("1")));
    }

    // The counts follow the scope: nobody and no programme village in Medang Deras.
    window->scopeSelector()->kecamatanComboBox()->setCurrentIndex(1);
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Orang)), std::optional<qint64>(0));
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Wilayah)), std::optional<qint64>(0));
}

void MainWindowTest::thePeopleCountFollowsARegistrationAndARemoval()
{
    const auto window = openWindow();
    gui::NavigationSidebar* sidebar = window->sidebar();
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Orang)), std::optional<qint64>(0));

    // Ctrl+3, Ctrl+N: the registration form saves a person (as its Enter does) and is closed.
    QTest::keyClick(window.get(), Qt::Key_3, Qt::ControlModifier);
    bool formOpened = false;
    QTimer::singleShot(0, this, [this, &formOpened] {
        QTRY_VERIFY(qobject_cast<gui::RegistrationDialog*>(QApplication::activeModalWidget()));
        auto* form = qobject_cast<gui::RegistrationDialog*>(QApplication::activeModalWidget());
        formOpened = true;
        core::Person person;
        person.fullName = "Nurhayati Siregar";
        person.nik = "1219074708900003";
        person.villageCode = "12.19.07.2004";
        person = core::PeopleService(m_db->database(), "tester").registerPerson(person, {});
        emit form->personSaved(QString::fromStdString(person.meta.uuid));
        form->reject();
    });
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(formOpened);
    QCOMPARE(sidebar->count(int(MainWindow::ScreenId::Orang)), std::optional<qint64>(1));

    // Delete on the roster, Yes: nobody again.
    window->activateWindow(); // what the window manager does when the form closes
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto* roster = window->peopleScreen()->findChild<QTableView*>(QStringLiteral("rosterTableView"));
    QTRY_COMPARE(roster->model()->rowCount(), 1);
    roster->setFocus();
    roster->setCurrentIndex(roster->model()->index(0, 0));
    testing::MessageBoxAnswerer answerer;
    answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(roster, Qt::Key_Delete);
    QTRY_COMPARE(sidebar->count(int(MainWindow::ScreenId::Orang)), std::optional<qint64>(0));
}

void MainWindowTest::everyBuiltScreenHasATitleAndAPurpose()
{
    const auto window = openWindow();
    for (QWidget* screen :
         {static_cast<QWidget*>(window->wilayahScreen()), static_cast<QWidget*>(window->peopleScreen()),
          static_cast<QWidget*>(window->trainingsScreen()),
          window->findChild<QStackedWidget*>()->widget(int(MainWindow::ScreenId::Pengaturan))}) {
        auto* header = screen->findChild<gui::ScreenHeader*>();
        QVERIFY2(header, qPrintable(screen->objectName()));
        QVERIFY(!header->title().isEmpty());
        QVERIFY(!header->purpose().isEmpty());
    }
}

void MainWindowTest::theChosenKecamatanIsRememberedAcrossSessions()
{
    {
        const auto window = openWindow();
        QComboBox* kecamatan = window->scopeSelector()->kecamatanComboBox();
        kecamatan->setCurrentIndex(kecamatan->findText(QStringLiteral("Sei Balai")));
        QCOMPARE(window->scopeSelector()->scope(), QStringLiteral("12.19.07"));
    }
    const auto reopened = openWindow();
    QCOMPARE(reopened->scopeSelector()->scope(), QStringLiteral("12.19.07"));
    QCOMPARE(reopened->scopeSelector()->kecamatanComboBox()->currentText(), QStringLiteral("Sei Balai"));
    // The screens open on it too.
    QCOMPARE(counts(*reopened)->text(), QStringLiteral("1 kecamatan · 14 desa/kelurahan · 0 Kampung Pengawasan"));
    auto* tree = reopened->wilayahScreen()->findChild<QTreeView*>(QStringLiteral("regionTreeView"));
    QCOMPARE(tree->model()->rowCount(), 1);

    // Back to all districts, remembered as well.
    reopened->scopeSelector()->kecamatanComboBox()->setCurrentIndex(0);
    QVERIFY(reopened->close());
    const auto third = openWindow();
    QCOMPARE(third->scopeSelector()->scope(), QStringLiteral("12.19"));
}

// At 1366x768, in Indonesian, with the program's look: every button of the roster shows its whole text, every
// filter its longest choice, the search its whole placeholder, and the last column is not behind a scroll bar.
void MainWindowTest::nothingOnTheRosterIsCutOffAt1366x768()
{
    const auto window = openWindow();
    window->resize(1366, 768);
    QTRY_COMPARE(window->size(), QSize(1366, 768));
    window->showScreen(MainWindow::ScreenId::Orang);
    gui::PeopleScreen* people = window->peopleScreen();
    QTest::qWait(50); // layouts settle
    QStringList cut;
    for (QAbstractButton* button : people->findChildren<QAbstractButton*>()) {
        // A button of an icon alone (the search field's magnifier) is drawn at the size it is given.
        if (button->isVisibleTo(window.get()) && !button->text().isEmpty() &&
            button->width() < button->sizeHint().width()) {
            cut << QStringLiteral("%1 (%2 < %3)")
                       .arg(testing::visibleText(button->text()))
                       .arg(button->width())
                       .arg(button->sizeHint().width());
        }
    }
    for (QComboBox* combo : people->findChildren<QComboBox*>()) {
        const int longest = [combo] {
            int widest = 0;
            for (int i = 0; i < combo->count(); ++i) {
                widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
            }
            return widest;
        }();
        // The village list names 151 villages with their kecamatan: it may elide; the other filters may not.
        if (combo->objectName() != QStringLiteral("villageComboBox") && combo->width() < combo->sizeHint().width()) {
            cut << QStringLiteral("%1 (%2 < %3, longest text %4)")
                       .arg(combo->objectName())
                       .arg(combo->width())
                       .arg(combo->sizeHint().width())
                       .arg(longest);
        }
    }
    auto* search = people->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    if (search->width() < search->fontMetrics().horizontalAdvance(search->placeholderText()) + 3 * search->height()) {
        cut << QStringLiteral("search placeholder");
    }
    auto* roster = people->findChild<QTableView*>(QStringLiteral("rosterTableView"));
    if (roster->horizontalScrollBar()->isVisible()) {
        cut << QStringLiteral("roster columns (horizontal scroll bar)");
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    // The primary action stands out.
    auto* registerButton = people->findChild<QPushButton*>(QStringLiteral("registerPushButton"));
    QVERIFY(registerButton->property("primary").toBool());
    QVERIFY(!registerButton->icon().isNull());
}

void MainWindowTest::theLastScreenAndSizeAreRememberedAcrossSessions()
{
    QSize closedSize;
    {
        const auto window = openWindow();

        QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Laporan);
        const QSize chosen(std::max(1200, window->minimumSizeHint().width()), 700);
        window->resize(chosen);
        QTRY_COMPARE(window->size(), chosen);
        closedSize = window->size();
        QVERIFY(window->close());
    }
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/screen")).toInt(), int(MainWindow::ScreenId::Laporan));

    const auto reopened = openWindow();
    QCOMPARE(reopened->currentScreen(), MainWindow::ScreenId::Laporan);
    QCOMPARE(navigation(*reopened)->currentRow(), int(MainWindow::ScreenId::Laporan));
    QCOMPARE(reopened->size(), closedSize);

    // A remembered screen number the program no longer has falls back to Wilayah.
    QVERIFY(reopened->close());
    QSettings().setValue(QStringLiteral("mainWindow/screen"), 42);
    const auto third = openWindow();
    QCOMPARE(third->currentScreen(), MainWindow::ScreenId::Wilayah);
}

void MainWindowTest::choosingAKecamatanNarrowsTheTreeAndTheCounts()
{
    const auto window = openWindow();
    QComboBox* kecamatan = window->scopeSelector()->kecamatanComboBox();
    QCOMPARE(kecamatan->objectName(), QStringLiteral("kecamatanComboBox"));
    QCOMPARE(kecamatan->count(), 13);
    QCOMPARE(kecamatan->itemText(0), QStringLiteral("Semua kecamatan"));
    QCOMPARE(kecamatan->itemText(1), QStringLiteral("Medang Deras"));
    QCOMPARE(kecamatan->itemText(7), QStringLiteral("Sei Balai"));
    QCOMPARE(kecamatan->itemText(12), QStringLiteral("Nibung Hangus"));
    QCOMPARE(counts(*window)->text(), QStringLiteral("12 kecamatan · 151 desa/kelurahan · 0 Kampung Pengawasan"));
    auto* tree = window->wilayahScreen()->findChild<QTreeView*>(QStringLiteral("regionTreeView"));
    QCOMPARE(tree->model()->rowCount(), 12);

    // Alt+K ("&Kecamatan:") to the selector, then down the list to Sei Balai.
    QSignalSpy scopeChanged(window->scopeSelector(), &gui::ScopeSelector::scopeChanged);
    QTest::keyClick(window.get(), Qt::Key_K, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), kecamatan);
    for (int press = 0; press < 7; ++press) {
        QTest::keyClick(kecamatan, Qt::Key_Down);
    }
    QCOMPARE(kecamatan->currentText(), QStringLiteral("Sei Balai"));
    QCOMPARE(window->scopeSelector()->scope(), QStringLiteral("12.19.07"));
    QCOMPARE(scopeChanged.count(), 7);
    QCOMPARE(scopeChanged.last().at(0).toString(), QStringLiteral("12.19.07"));

    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data(gui::RegionTreeModel::CodeRole).toString(), QStringLiteral("12.19.07"));
    QCOMPARE(tree->model()->rowCount(tree->model()->index(0, 0)), 14);
    QCOMPARE(counts(*window)->text(), QStringLiteral("1 kecamatan · 14 desa/kelurahan · 0 Kampung Pengawasan"));

    QTest::keyClick(kecamatan, Qt::Key_Home);
    QCOMPARE(window->scopeSelector()->scope(), QStringLiteral("12.19"));
    QCOMPARE(tree->model()->rowCount(), 12);
    QCOMPARE(counts(*window)->text(), QStringLiteral("12 kecamatan · 151 desa/kelurahan · 0 Kampung Pengawasan"));
}

void MainWindowTest::theCountsFollowAProgrammeChange()
{
    const auto window = openWindow();
    QVERIFY(window->wilayahScreen()->selectRegion(QStringLiteral("12.19.07.2004")));
    auto* status = window->wilayahScreen()->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down); // "Calon"
    QVERIFY(core::KampungRepository(m_db->database()).find("12.19.07.2004"));
    QCOMPARE(counts(*window)->text(), QStringLiteral("12 kecamatan · 151 desa/kelurahan · 1 Kampung Pengawasan"));

    // Edit > Undo in the menu bar undoes it, and the count with it.
    QAction* undo = window->wilayahScreen()->undoAction();
    QVERIFY(window->menuBar()->actions().size() >= 2);
    QVERIFY(window->menuBar()->actions().at(1)->menu()->actions().contains(undo));
    QCOMPARE(testing::visibleText(undo->text()), QStringLiteral("Urungkan status Durian"));
    undo->trigger();
    QVERIFY(!core::KampungRepository(m_db->database()).find("12.19.07.2004"));
    QCOMPARE(counts(*window)->text(), QStringLiteral("12 kecamatan · 151 desa/kelurahan · 0 Kampung Pengawasan"));
}

void MainWindowTest::notesBeingTypedAreSavedWhenTheWindowCloses()
{
    core::KampungProgramme candidate;
    candidate.villageCode = "12.19.07.2004";
    core::KampungRepository(m_db->database()).save(candidate, "tester", core::todayUtc());
    {
        const auto window = openWindow();
        QVERIFY(window->wilayahScreen()->selectRegion(QStringLiteral("12.19.07.2004")));
        auto* notes = window->wilayahScreen()->findChild<QPlainTextEdit*>(QStringLiteral("notesPlainTextEdit"));
        notes->setFocus();
        QCOMPARE(QApplication::focusWidget(), notes);
        QTest::keyClicks(notes, QStringLiteral("MoU ditandatangani kepala desa"));
        // File > Quit (Ctrl+Q on a Linux desktop; the offscreen test platform binds no key to Quit).
        QVERIFY(window->close());
        QVERIFY(!window->isVisible());
    }
    const auto record = core::KampungRepository(m_db->database()).find("12.19.07.2004");
    QVERIFY(record);
    QCOMPARE(record->notes, std::string("MoU ditandatangani kepala desa"));
}

// The session ends without a close event (the program is torn down, a test fixture goes away): the text in the focused
// field is still saved, and nothing reaches the half-destroyed window.
void MainWindowTest::whatIsBeingTypedSurvivesTheWindowBeingDestroyed()
{
    core::KampungProgramme candidate;
    candidate.villageCode = "12.19.07.2004";
    core::KampungRepository(m_db->database()).save(candidate, "tester", core::todayUtc());
    for (const char* field : {"notesPlainTextEdit", "skNumberLineEdit"}) {
        auto window = openWindow();
        QVERIFY(window->wilayahScreen()->selectRegion(QStringLiteral("12.19.07.2004")));
        auto* edit = window->wilayahScreen()->findChild<QWidget*>(QString::fromLatin1(field));
        edit->setFocus();
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClicks(edit, QStringLiteral("12/BB/2024"));
        window.reset();
    }
    const auto record = core::KampungRepository(m_db->database()).find("12.19.07.2004");
    QVERIFY(record);
    QCOMPARE(record->notes, std::string("12/BB/2024"));
    QCOMPARE(record->skNumber, std::string("12/BB/2024"));
}

void MainWindowTest::aboutNamesTheVersionAndTheRegionDataLicence()
{
    gui::AboutDialog about(m_db->database());
    const QString version = QString::fromLatin1(core::build::kVersion);
    QVERIFY(!version.isEmpty());
    QVERIFY2(about.text().contains(QStringLiteral("Relawas %1").arg(version)), qPrintable(about.text()));
    QVERIFY(about.text().contains(QStringLiteral("ODbL")));
    QVERIFY(about.text().contains(QStringLiteral("idn-area-data")));
    QVERIFY(about.text().contains(QStringLiteral("https://opendatacommons.org/licenses/odbl/1-0/")));
    QCOMPARE(about.findChild<QLabel*>(QStringLiteral("aboutLabel"))->text(), about.text());
    QCOMPARE(about.windowTitle(), QStringLiteral("Tentang Relawas"));
    auto* buttons = about.findChild<QDialogButtonBox*>();
    QCOMPARE(testing::visibleText(buttons->button(QDialogButtonBox::Close)->text()), QStringLiteral("Tutup"));

    // Help > About opens it over the main window; Escape closes it.
    const auto window = openWindow();
    QAction* aboutAction = nullptr;
    for (QAction* action : window->menuBar()->actions().last()->menu()->actions()) {
        if (testing::visibleText(action->text()) == QStringLiteral("Tentang Relawas")) {
            aboutAction = action;
        }
    }
    QVERIFY(aboutAction);
    QString shownText;
    QTimer closer; // exec() blocks: answer whatever modal dialog shows up, so the test cannot hang
    closer.setInterval(10);
    connect(&closer, &QTimer::timeout, this, [&shownText] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal) {
            return;
        }
        if (auto* dialog = qobject_cast<gui::AboutDialog*>(modal)) {
            shownText = dialog->text();
        }
        QTest::keyClick(modal, Qt::Key_Escape);
    });
    closer.start();
    aboutAction->trigger();
    closer.stop();
    QVERIFY(shownText.contains(QStringLiteral("ODbL")));
}

void MainWindowTest::altKeysDoNotCollide_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << QStringLiteral("id");
    QTest::newRow("English") << QStringLiteral("en");
}

// With the Alt key a clerk jumps to a field or opens a menu. Two targets on one key make the key alternate between
// them, so on each screen every Alt+letter must have one meaning.
void MainWindowTest::altKeysDoNotCollide()
{
    QFETCH(QString, language);
    gui::installTranslations(*qApp, language);
    const auto restore = qScopeGuard([] { gui::installTranslations(*qApp, QStringLiteral("id")); });

    // A village in the programme, so that every field of the detail panel is enabled.
    core::KampungProgramme candidate;
    candidate.villageCode = "12.19.07.2004";
    core::KampungRepository(m_db->database()).save(candidate, "tester", core::todayUtc());
    // And a person chosen in the roster, so that its NIK button is enabled.
    core::Person person;
    person.fullName = "Siti Aminah";
    person.nik = "1219074506950001";
    person.villageCode = "12.19.07.2004";
    testing::TestPeople(m_db->database()).save(person, "tester");
    const auto window = openWindow();
    QVERIFY(window->wilayahScreen()->selectRegion(QStringLiteral("12.19.07.2004")));
    auto* roster = window->peopleScreen()->findChild<QTableView*>(QStringLiteral("rosterTableView"));
    roster->setCurrentIndex(roster->model()->index(0, 0));
    // And a training with that person on its list, chosen, so that every action on the list is enabled.
    core::Training training;
    training.title = "Rakernis";
    training.startDate = training.endDate = core::todayUtc();
    training = core::TrainingService(m_db->database(), "tester").save(training);
    core::TrainingService(m_db->database(), "tester")
        .invite(training.meta.uuid,
                roster->model()->index(0, 0).data(gui::RosterModel::UuidRole).toString().toStdString(),
                core::InvitationPart::Peserta);
    core::TrainingService(m_db->database(), "tester").issueMissingCardCodes(training.meta.uuid);
    window->trainingsScreen()->refresh();
    auto* list = window->trainingsScreen()->findChild<QTableView*>(QStringLiteral("participantTableView"));
    list->setCurrentIndex(list->model()->index(0, 0));

    QStringList collisions;
    for (const auto screen : {MainWindow::ScreenId::Wilayah, MainWindow::ScreenId::Orang,
                              MainWindow::ScreenId::Pelatihan, MainWindow::ScreenId::Pengaturan}) {
        window->showScreen(screen);
        QMultiMap<QString, QString> targets; // Alt+letter -> what it reaches
        const auto add = [&targets](const QString& text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty()) {
                targets.insert(key.toString(), testing::visibleText(text));
            }
        };
        for (QAction* menu : window->menuBar()->actions()) {
            add(menu->text());
        }
        for (QLabel* label : window->findChildren<QLabel*>()) {
            if (label->buddy() && label->isVisibleTo(window.get()) && label->buddy()->isEnabled()) {
                add(label->text());
            }
        }
        for (QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
            if (button->isVisibleTo(window.get()) && button->isEnabled()) {
                add(button->text());
            }
        }
        const QString screenTitle = window->findChild<QListWidget*>()->currentItem()->text();
        for (const QString& key : targets.uniqueKeys()) {
            if (targets.count(key) > 1) {
                collisions << QStringLiteral("%1: %2 (%3)")
                                  .arg(screenTitle, key, targets.values(key).join(QStringLiteral(", ")));
            }
        }
    }
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(QStringLiteral("; "))));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"

// The Beranda in Indonesian over 600 people of Batu Bara: the cards say what the roster counts, a click on a bar of
// the chart, a card pressed by keyboard and Enter on a row of the coverage table land on exactly what they count.
#include "beranda/BerandaScreen.h"

#include "GuiTestSupport.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "beranda/CoverageTable.h"
#include "beranda/FigureCard.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/people/PeopleService.h"
#include "core/roster/RosterQuery.h"
#include "core/storage/SettingsStore.h"
#include "people/PeopleScreen.h"
#include "people/RosterModel.h"
#include "shell/MainWindow.h"
#include "wilayah/WilayahScreen.h"

#include <memory>

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace relawas;
using gui::MainWindow;

class BerandaScreenTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theCardsCountWhatTheRosterCounts();
    void aClickOnABarOpensTheRosterFilteredToIt();
    void aCardPressedByKeyboardOpensItsVolunteers();
    void enterOnACoverageRowOpensTheAreaInWilayah();
    void theFiguresFollowARegistration();

private:
    std::unique_ptr<MainWindow> openOnBeranda();
    long long rosterCount(core::RosterFilter filter)
    {
        filter.referenceDate = core::SettingsStore(m_db->database()).referenceDate();
        return core::RosterQuery(m_db->database()).count(filter);
    }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
};

void BerandaScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    gui::Theme::apply(*qApp);
}

void BerandaScreenTest::init()
{
    QSettings().clear();
    m_db = std::make_unique<testing::TestDatabase>();
    testing::addBatuBaraPeople(m_db->database(), 600);
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "tester", QStringLiteral("12.19")});
}

void BerandaScreenTest::cleanup()
{
    m_session.reset();
    m_db.reset();
}

std::unique_ptr<MainWindow> BerandaScreenTest::openOnBeranda()
{
    auto window = std::make_unique<MainWindow>(*m_session);
    window->resize(1366, 768);
    window->show();
    window->showScreen(MainWindow::ScreenId::Beranda);
    gui::BerandaScreen* beranda = window->berandaScreen();
    if (beranda->isLoading() || !beranda->figures()) {
        QSignalSpy shown(beranda, &gui::BerandaScreen::figuresShown);
        shown.wait(20000);
    }
    return window;
}

void BerandaScreenTest::theCardsCountWhatTheRosterCounts()
{
    const auto window = openOnBeranda();
    gui::BerandaScreen* beranda = window->berandaScreen();
    QVERIFY(beranda->figures().has_value());
    core::RosterFilter volunteers;
    volunteers.scopeCode = "12.19";
    volunteers.role = core::RoleKind::Relawan;
    const long long counted = rosterCount(volunteers);
    QVERIFY(counted > 0);
    QCOMPARE(beranda->figures()->volunteers, counted);
    auto* card = beranda->findChild<gui::FigureCard*>(QStringLiteral("volunteersCard"));
    QCOMPARE(card->value(), QLocale().toString(counted));
    auto* villages = beranda->findChild<gui::FigureCard*>(QStringLiteral("villagesCard"));
    QCOMPARE(villages->value(), QLocale().toString(beranda->figures()->villagesWithVolunteer));
    QVERIFY2(villages->caption().startsWith(QStringLiteral("dari 151 desa")), qPrintable(villages->caption()));
    auto* table = beranda->findChild<gui::CoverageTable*>(QStringLiteral("coverageTableWidget"));
    QCOMPARE(table->rowCount(), 12); // the kecamatan of Batu Bara
    long long villagesInTable = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        villagesInTable += table->item(row, gui::CoverageTable::VillagesColumn)->data(Qt::UserRole).toLongLong();
    }
    QCOMPARE(villagesInTable, 151);
}

void BerandaScreenTest::aClickOnABarOpensTheRosterFilteredToIt()
{
    const auto window = openOnBeranda();
    gui::BerandaScreen* beranda = window->berandaScreen();
    auto* view = beranda->findChild<QChartView*>(QStringLiteral("volunteersChartView"));
    QVERIFY(view != nullptr);
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(view->chart()->series().first());
    QVERIFY(series != nullptr);
    QBarSet* women = series->barSets().at(1);
    QCOMPARE(women->label(), QStringLiteral("Perempuan"));
    // The bars are drawn bottom up: the last bar is the first kecamatan of the list.
    const int bar = women->count() - 1;
    const core::RegionPartFigures& first = beranda->figures()->parts.front();
    QCOMPARE(women->at(bar), double(first.volunteerWomen));
    emit women->clicked(bar); // what a click on that bar does

    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Orang);
    core::RosterFilter filter;
    filter.scopeCode = first.code;
    filter.role = core::RoleKind::Relawan;
    filter.gender = core::Gender::Female;
    QVERIFY(first.volunteerWomen > 0);
    QCOMPARE(rosterCount(filter), first.volunteerWomen);
    QTRY_COMPARE(window->peopleScreen()->model()->rowCount(), int(first.volunteerWomen));
}

void BerandaScreenTest::aCardPressedByKeyboardOpensItsVolunteers()
{
    const auto window = openOnBeranda();
    gui::BerandaScreen* beranda = window->berandaScreen();
    auto* card = beranda->findChild<gui::FigureCard*>(QStringLiteral("firstTimeCard"));
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Space);
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Orang);
    core::RosterFilter filter;
    filter.scopeCode = "12.19";
    filter.role = core::RoleKind::Relawan;
    filter.targetGroup = core::TargetGroup::PemilihPemula;
    QCOMPARE(rosterCount(filter), beranda->figures()->firstTimeVoters);
    QTRY_COMPARE(window->peopleScreen()->model()->rowCount(), int(beranda->figures()->firstTimeVoters));
}

void BerandaScreenTest::enterOnACoverageRowOpensTheAreaInWilayah()
{
    const auto window = openOnBeranda();
    gui::BerandaScreen* beranda = window->berandaScreen();
    auto* table = beranda->findChild<gui::CoverageTable*>(QStringLiteral("coverageTableWidget"));
    table->setFocus();
    table->setCurrentCell(6, 0);
    const QString code = table->item(6, 0)->data(Qt::UserRole).toString();
    QVERIFY(code.startsWith(QStringLiteral("12.19.")));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window->currentScreen(), MainWindow::ScreenId::Wilayah);
    auto* tree = window->wilayahScreen()->findChild<QTreeView*>();
    QVERIFY(tree != nullptr);
    QCOMPARE(tree->currentIndex().data(Qt::DisplayRole).toString(), table->item(6, 0)->text());
}

void BerandaScreenTest::theFiguresFollowARegistration()
{
    const auto window = openOnBeranda();
    gui::BerandaScreen* beranda = window->berandaScreen();
    const long long before = beranda->figures()->volunteers;
    core::Person person;
    person.fullName = "Relawan Baru";
    person.gender = core::Gender::Female;
    person.birthDate = core::Date{std::chrono::year(2000), std::chrono::month(5), std::chrono::day(17)};
    person.villageCode = "12.19.01.2004";
    core::PersonRole role;
    role.kind = core::RoleKind::Relawan;
    role.scopeCode = person.villageCode;
    core::PeopleService(m_db->database(), "tester").registerPerson(person, {role}); // as another screen would
    QSignalSpy shown(beranda, &gui::BerandaScreen::figuresShown);
    beranda->reload();
    QVERIFY(shown.wait(20000));
    core::RosterFilter volunteers;
    volunteers.scopeCode = "12.19";
    volunteers.role = core::RoleKind::Relawan;
    QCOMPARE(beranda->figures()->volunteers, rosterCount(volunteers));
    QCOMPARE(beranda->figures()->volunteers, before + 1);
}

QTEST_MAIN(BerandaScreenTest)
#include "BerandaScreenTest.moc"

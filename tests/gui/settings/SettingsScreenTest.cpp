// The settings screen driven by keyboard: the election day ages are counted on is stored in the database, and
// cleared again.
#include "settings/SettingsScreen.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/storage/SettingsStore.h"

#include <memory>

#include <QApplication>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace relawas;
using namespace std::chrono_literals;

class SettingsScreenTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theElectionDayIsNotSetAtFirst();
    void aTypedElectionDayIsStoredAndCleared();
    void aStoredElectionDayIsShown();

private:
    QDateEdit* dateEdit() const { return m_screen->findChild<QDateEdit*>(QStringLiteral("electionDayDateEdit")); }
    QPushButton* clearButton() const
    {
        return m_screen->findChild<QPushButton*>(QStringLiteral("clearElectionDayPushButton"));
    }
    std::optional<core::Date> stored() const { return core::SettingsStore(m_db->database()).electionDay(); }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::SettingsScreen> m_screen;
};

void SettingsScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void SettingsScreenTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "panwascam.seibalai", "12.19"});
    m_screen = std::make_unique<gui::SettingsScreen>(*m_session);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void SettingsScreenTest::cleanup()
{
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

void SettingsScreenTest::theElectionDayIsNotSetAtFirst()
{
    QVERIFY(dateEdit());
    QCOMPARE(dateEdit()->text(), QStringLiteral("belum diatur"));
    QVERIFY(!clearButton()->isEnabled());
    QVERIFY(!stored());
}

void SettingsScreenTest::aTypedElectionDayIsStoredAndCleared()
{
    QSignalSpy changed(m_screen.get(), &gui::SettingsScreen::electionDayChanged);
    dateEdit()->setFocus();
    dateEdit()->setDate(QDate(2029, 1, 1)); // from the calendar; then the clerk corrects the day and month by keyboard
    dateEdit()->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(dateEdit(), QStringLiteral("14"));
    dateEdit()->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClicks(dateEdit(), QStringLiteral("02"));
    QCOMPARE(dateEdit()->date(), QDate(2029, 2, 14));
    QCOMPARE(stored(), std::optional<core::Date>(2029y / std::chrono::February / 14d));
    QVERIFY(changed.count() >= 1);
    QVERIFY(clearButton()->isEnabled());

    clearButton()->setFocus();
    QTest::keyClick(clearButton(), Qt::Key_Space);
    QVERIFY(!stored());
    QCOMPARE(dateEdit()->text(), QStringLiteral("belum diatur"));
    QCOMPARE(core::SettingsStore(m_db->database()).referenceDate(), core::todayUtc());
}

void SettingsScreenTest::aStoredElectionDayIsShown()
{
    core::SettingsStore(m_db->database()).setElectionDay(2029y / std::chrono::February / 14d);
    m_screen->refresh();
    QCOMPARE(dateEdit()->text(), QStringLiteral("14/02/2029"));
    QVERIFY(clearButton()->isEnabled());
}

QTEST_MAIN(SettingsScreenTest)
#include "SettingsScreenTest.moc"

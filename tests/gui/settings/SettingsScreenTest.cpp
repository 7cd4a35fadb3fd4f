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
#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
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
    void aDayThatDoesNotExistIsRefusedAndNamed();
    void theCalendarOpensOnTheTypedDay();

private:
    QLineEdit* dateEdit() const { return m_screen->findChild<QLineEdit*>(QStringLiteral("electionDayLineEdit")); }
    QLabel* issueLabel() const { return m_screen->findChild<QLabel*>(QStringLiteral("electionDayIssueLabel")); }
    // Types as a clerk does, into an empty field, and presses Enter.
    void type(const QString& text)
    {
        dateEdit()->setFocus();
        dateEdit()->selectAll();
        QTest::keyClick(dateEdit(), Qt::Key_Delete);
        QTest::keyClicks(dateEdit(), text);
        QTest::keyClick(dateEdit(), Qt::Key_Return);
    }
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
    QVERIFY(dateEdit()->text().isEmpty());
    QCOMPARE(dateEdit()->placeholderText(), QStringLiteral("hh/bb/tttt, mis. 14/02/2029"));
    QVERIFY(!clearButton()->isEnabled());
    QVERIFY(!stored());
}

void SettingsScreenTest::aTypedElectionDayIsStoredAndCleared()
{
    QSignalSpy changed(m_screen.get(), &gui::SettingsScreen::electionDayChanged);
    type(QStringLiteral("14/02/2029"));
    QCOMPARE(dateEdit()->text(), QStringLiteral("14/02/2029"));
    QCOMPARE(stored(), std::optional<core::Date>(2029y / std::chrono::February / 14d));
    QCOMPARE(changed.count(), 1);
    QVERIFY(clearButton()->isEnabled());

    // Another way of writing it reads back in the one way.
    type(QStringLiteral("15-2-2029"));
    QCOMPARE(dateEdit()->text(), QStringLiteral("15/02/2029"));
    QCOMPARE(stored(), std::optional<core::Date>(2029y / std::chrono::February / 15d));

    clearButton()->setFocus();
    QTest::keyClick(clearButton(), Qt::Key_Space);
    QVERIFY(!stored());
    QVERIFY(dateEdit()->text().isEmpty());
    QCOMPARE(core::SettingsStore(m_db->database()).referenceDate(), core::todayUtc());
}

void SettingsScreenTest::aStoredElectionDayIsShown()
{
    core::SettingsStore(m_db->database()).setElectionDay(2029y / std::chrono::February / 14d);
    m_screen->refresh();
    QCOMPARE(dateEdit()->text(), QStringLiteral("14/02/2029"));
    QVERIFY(clearButton()->isEnabled());
}

void SettingsScreenTest::aDayThatDoesNotExistIsRefusedAndNamed()
{
    type(QStringLiteral("14/02/2029"));
    type(QStringLiteral("30/02/2029"));
    QVERIFY2(issueLabel()->text().contains(QStringLiteral("30 Februari 2029 tidak ada")),
             qPrintable(issueLabel()->text()));
    QVERIFY(issueLabel()->text().contains(QStringLiteral("tidak diubah")));
    QVERIFY(issueLabel()->isVisibleTo(m_screen.get()));
    QCOMPARE(stored(), std::optional<core::Date>(2029y / std::chrono::February / 14d));
    // Typing again clears the message.
    QTest::keyClick(dateEdit(), Qt::Key_Backspace);
    QVERIFY(issueLabel()->text().isEmpty());
    QVERIFY(!issueLabel()->isVisibleTo(m_screen.get())); // an empty line takes no room
}

void SettingsScreenTest::theCalendarOpensOnTheTypedDay()
{
    type(QStringLiteral("14/02/2029"));
    QTest::keyClick(dateEdit(), Qt::Key_F4);
    auto* calendar = m_screen->findChild<QCalendarWidget*>();
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->isVisible());
    QCOMPARE(calendar->selectedDate(), QDate(2029, 2, 14));
    // The next day, by keyboard, chosen with Enter.
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Right);
    QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar, Qt::Key_Return);
    QCOMPARE(stored(), std::optional<core::Date>(2029y / std::chrono::February / 15d));
    QCOMPARE(dateEdit()->text(), QStringLiteral("15/02/2029"));
}

QTEST_MAIN(SettingsScreenTest)
#include "SettingsScreenTest.moc"

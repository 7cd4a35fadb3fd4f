// The check-in desk driven as at the door of a training running today: a scanner types a card code and Enter, a clerk
// types a NIK and names, a walk-in is admitted and a newcomer registered, a mistake is undone. The focus never leaves
// the field.
#include "desk/DeskScreen.h"

#include "GuiTestSupport.h"
#include "ModalPoll.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CardCodeRepository.h"
#include "desk/DeskSound.h"
#include "desk/OutcomePanel.h"
#include "desk/WalkInDialog.h"

#include <functional>
#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace relawas;

class DeskScreenTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aScannedCardChecksInAndASecondScanSaysAlready();
    void aTypedNikChecksInItsHolder();
    void aNameWithSeveralMatchesIsPickedWithTheArrows();
    void someoneNotOnTheListIsAdmittedAsAWalkIn();
    void aNewcomerIsRegisteredAndCheckedInByKeyboard();
    void aNameTypedBeforeF3IsCarriedIntoTheForm();
    void aMistakenCheckInIsUndoneWithAReason();
    void theSoundCanBeMuted();

private:
    QLineEdit* input() const { return m_screen->findChild<QLineEdit*>(QStringLiteral("deskInputLineEdit")); }
    QListWidget* matches() const { return m_screen->findChild<QListWidget*>(QStringLiteral("matchesListWidget")); }
    QLabel* counter() const { return m_screen->findChild<QLabel*>(QStringLiteral("counterLabel")); }
    core::CheckInResult lastResult() const { return m_screen->lastOutcome().value().result; }
    void enter(const QString& text)
    {
        QTest::keyClicks(input(), text);
        QTest::keyClick(input(), Qt::Key_Return);
    }
    void verifyFocusIsBack() const
    {
        QCOMPARE(QApplication::focusWidget(), input());
        QVERIFY(input()->text().isEmpty());
    }
    // After a dialog closed: the window manager gives the desk's window back the keyboard.
    void verifyFocusIsBackAfterDialog() const
    {
        m_screen->activateWindow();
        QTRY_COMPARE(QApplication::focusWidget(), input());
        QVERIFY(input()->text().isEmpty());
    }
    core::Person registered(const std::string& name, const std::string& nik, core::RoleKind role)
    {
        core::Person person;
        person.fullName = name;
        person.nik = nik;
        person.villageCode = "12.19.01.2004";
        core::PersonRole held;
        held.kind = role;
        held.scopeCode = role == core::RoleKind::Relawan ? "12.19.01.2004" : "12.19.07";
        return core::PeopleService(m_db->database(), "panwascam").registerPerson(person, {held});
    }

    // Runs `act` on the next modal dialog as soon as it is open (a button's shortcut opens it a moment later).
    void whenModal(std::function<void(QWidget*)> act) { testing::whenModal(this, std::move(act)); }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::DeskScreen> m_screen;
    core::Training m_training;
    core::Person m_siti, m_budi, m_rahmat;
};

void DeskScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void DeskScreenTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "meja.presensi", "12.19"});
    m_siti = registered("Siti Aminah Nasution", "1219014409930032", core::RoleKind::AnggotaPanwascam);
    m_budi = registered("Budi Santoso", "1219010203850001", core::RoleKind::AnggotaPanwascam);
    registered("Ahmad Fauzi", "1219011507900002", core::RoleKind::AnggotaPanwascam);
    registered("Ahmad Fauzan", "1219012008910003", core::RoleKind::StafSekretariat);
    m_rahmat = registered("Rahmat Hidayat", "1219010101880004", core::RoleKind::Relawan);

    core::TrainingService service(m_db->database(), "panitia");
    core::Training training;
    training.kind = core::TrainingKind::Rakernis;
    training.title = "Rakernis Kampung Pengawasan Partisipatif";
    training.scopeCode = "12.19";
    training.venue = "Singapore City Hotel";
    training.startDate = core::todayUtc();
    training.endDate = core::todayUtc();
    m_training = service.save(training);
    service.inviteWhere(m_training.meta.uuid,
                        {{core::RoleKind::AnggotaPanwascam, core::RoleKind::StafSekretariat}, std::string("12.19")},
                        core::InvitationPart::Peserta);
    service.issueMissingCardCodes(m_training.meta.uuid);

    m_screen = std::make_unique<gui::DeskScreen>(*m_session);
    m_screen->outcomePanel()->setHoldMilliseconds(60000);
    m_screen->resize(1280, 720);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get())); // the desk's shortcuts (F2, F3, Ctrl+M) are the window's
    m_screen->setFocus();
}

void DeskScreenTest::cleanup()
{
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

void DeskScreenTest::aScannedCardChecksInAndASecondScanSaysAlready()
{
    QCOMPARE(m_screen->trainingUuid(), QString::fromStdString(m_training.meta.uuid));
    QCOMPARE(m_screen->dayNumber(), 1);
    QVERIFY(counter()->text().contains(QStringLiteral("0")) && counter()->text().contains(QStringLiteral("4")));
    QVERIFY(m_screen->outcomePanel()->waiting());
    QSignalSpy sound(m_screen->sound(), &gui::DeskSound::played);
    QSignalSpy changed(m_screen.get(), &gui::DeskScreen::attendanceChanged);

    const QString code =
        QString::fromStdString(core::CardCodeRepository(m_db->database()).currentOf(m_siti.meta.uuid).value());
    enter(code);
    QCOMPARE(lastResult(), core::CheckInResult::CheckedIn);
    QVERIFY(m_screen->outcomePanel()->title().startsWith(QStringLiteral("Tercatat hadir pukul")));
    QVERIFY(m_screen->outcomePanel()->detail().contains(QStringLiteral("Siti Aminah Nasution")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sound.count(), 1);
    QCOMPARE(sound.at(0).at(0).toInt(), 1);
    verifyFocusIsBack();
    QVERIFY(counter()->text().contains(QStringLiteral("1")));
    QCOMPARE(m_screen->findChild<QListWidget*>(QStringLiteral("recentListWidget"))->count(), 1);

    enter(code.toLower());
    QCOMPARE(lastResult(), core::CheckInResult::AlreadyCheckedIn);
    QVERIFY(m_screen->outcomePanel()->title().startsWith(QStringLiteral("Sudah hadir sejak")));
    QCOMPARE(sound.at(1).at(0).toInt(), 2);
    QCOMPARE(changed.count(), 1);
    verifyFocusIsBack();
}

void DeskScreenTest::aTypedNikChecksInItsHolder()
{
    enter(QStringLiteral("1219 0102 0385 0001"));
    QCOMPARE(lastResult(), core::CheckInResult::CheckedIn);
    QCOMPARE(m_screen->lastOutcome()->person->uuid, m_budi.meta.uuid);
    verifyFocusIsBack();
    enter(QStringLiteral("1219019999990009"));
    QCOMPARE(lastResult(), core::CheckInResult::Unknown);
    QVERIFY(!m_screen->outcomePanel()->detail().contains(QStringLiteral("1219019999990009")));
    verifyFocusIsBack();
}

void DeskScreenTest::aNameWithSeveralMatchesIsPickedWithTheArrows()
{
    QTest::keyClicks(input(), QStringLiteral("ahmad"));
    QVERIFY(matches()->isVisible());
    QCOMPARE(matches()->count(), 2);
    QCOMPARE(matches()->currentRow(), -1);
    QTest::keyClick(input(), Qt::Key_Return);
    QCOMPARE(lastResult(), core::CheckInResult::Ambiguous);
    QVERIFY(matches()->isVisible());
    QCOMPARE(matches()->currentRow(), 0);
    QTest::keyClick(input(), Qt::Key_Down);
    QTest::keyClick(input(), Qt::Key_Return);
    QCOMPARE(lastResult(), core::CheckInResult::CheckedIn);
    QCOMPARE(m_screen->lastOutcome()->person->fullName, std::string("Ahmad Fauzi"));
    QVERIFY(!matches()->isVisible());
    verifyFocusIsBack();
}

void DeskScreenTest::someoneNotOnTheListIsAdmittedAsAWalkIn()
{
    auto* admit = m_screen->findChild<QPushButton*>(QStringLiteral("admitPushButton"));
    enter(QStringLiteral("1219010101880004"));
    QCOMPARE(lastResult(), core::CheckInResult::NotInvited);
    QVERIFY(m_screen->outcomePanel()->detail().contains(QStringLiteral("F2")));
    QVERIFY(admit->isEnabled());
    QTest::keyClick(m_screen.get(), Qt::Key_F2);
    QTRY_COMPARE(lastResult(), core::CheckInResult::CheckedIn); // a button's shortcut clicks it a moment later
    QCOMPARE(m_screen->lastOutcome()->method, core::CheckInMethod::WalkIn);
    QCOMPARE(m_screen->lastOutcome()->person->uuid, m_rahmat.meta.uuid);
    QVERIFY(!admit->isEnabled());
    verifyFocusIsBack();
    QVERIFY(counter()->text().contains(QStringLiteral("5")));
}

void DeskScreenTest::aNewcomerIsRegisteredAndCheckedInByKeyboard()
{
    enter(QStringLiteral("Dewi Lestari"));
    QCOMPARE(lastResult(), core::CheckInResult::Unknown);
    bool filled = false;
    whenModal([&filled](QWidget* modal) {
        auto* dialog = qobject_cast<gui::WalkInDialog*>(modal);
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        QCOMPARE(name->text(), QStringLiteral("Dewi Lestari"));
        auto* village = dialog->findChild<QLineEdit*>(QStringLiteral("villageLineEdit"));
        QCOMPARE(QApplication::focusWidget(), village);
        QTest::keyClicks(village, QStringLiteral("Aek Nauli"));
        QTest::keyClick(village, Qt::Key_Return); // picks the one match of the completer
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        filled = true;
    });
    QTest::keyClick(m_screen.get(), Qt::Key_F3);
    QTRY_VERIFY(filled);
    QTRY_COMPARE(lastResult(), core::CheckInResult::CheckedIn);
    QCOMPARE(m_screen->lastOutcome()->method, core::CheckInMethod::WalkIn);
    QCOMPARE(m_screen->lastOutcome()->person->fullName, std::string("Dewi Lestari"));
    QCOMPARE(m_screen->lastOutcome()->person->villageCode, std::string("12.19.01.2003"));
    verifyFocusIsBackAfterDialog();
}

void DeskScreenTest::aNameTypedBeforeF3IsCarriedIntoTheForm()
{
    // The clerk knows at once the person is new: F3 without Enter first. A NIK typed is not a name.
    for (const QString& typed : {QStringLiteral("Dewi Lestari"), QStringLiteral("1219010101880004")}) {
        input()->clear();
        QTest::keyClicks(input(), typed);
        QString carried = QStringLiteral("(not opened)");
        whenModal([&carried](QWidget* modal) {
            auto* dialog = qobject_cast<gui::WalkInDialog*>(modal);
            QVERIFY(dialog);
            carried = dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->text();
        });
        QTest::keyClick(m_screen.get(), Qt::Key_F3);
        QTRY_VERIFY2(carried != QStringLiteral("(not opened)"), qPrintable(typed));
        QCOMPARE(carried, typed.front().isDigit() ? QString() : typed);
        m_screen->activateWindow(); // as the window manager does when the form closes
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }
}

void DeskScreenTest::aMistakenCheckInIsUndoneWithAReason()
{
    enter(QStringLiteral("Budi Santoso"));
    QCOMPARE(lastResult(), core::CheckInResult::CheckedIn);
    const std::string attendance = m_screen->lastOutcome()->attendanceUuid;
    bool answered = false;
    whenModal([&answered](QWidget* modal) {
        QVERIFY(qobject_cast<QInputDialog*>(modal));
        answered = true;
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("salah orang"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(m_screen.get(), Qt::Key_P, Qt::AltModifier); // "Batalkan &presensi…"
    QTRY_VERIFY(answered);
    QTRY_VERIFY(core::AttendanceRepository(m_db->database()).find(attendance)->annulled());
    const auto annulled = core::AttendanceRepository(m_db->database()).find(attendance);
    QVERIFY(annulled);
    QVERIFY(annulled->annulled());
    QCOMPARE(annulled->annulReason, std::string("salah orang"));
    QCOMPARE(m_screen->findChild<QListWidget*>(QStringLiteral("recentListWidget"))->count(), 0);
    QVERIFY(counter()->text().contains(QStringLiteral("0")));
    verifyFocusIsBackAfterDialog();

    enter(QStringLiteral("Budi Santoso"));
    QCOMPARE(lastResult(), core::CheckInResult::CheckedIn); // he does arrive later
}

void DeskScreenTest::theSoundCanBeMuted()
{
    QSignalSpy sound(m_screen->sound(), &gui::DeskSound::played);
    QTest::keyClick(m_screen.get(), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_screen->sound()->muted());
    verifyFocusIsBack();
    enter(QStringLiteral("ZZZZ-9999"));
    QCOMPARE(lastResult(), core::CheckInResult::Unknown);
    QCOMPARE(sound.count(), 1);
    QCOMPARE(sound.at(0).at(1).toBool(), true);
    QTest::keyClick(m_screen.get(), Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(!m_screen->sound()->muted());
}

QTEST_MAIN(DeskScreenTest)
#include "DeskScreenTest.moc"

// A Panwascam clerk of Sei Balai corrects a person in the roster and removes one registered by mistake, by keyboard,
// in Indonesian: Enter opens the person in the registration form, Enter saves the correction, Delete removes after a
// question. A record changed on the district's side meanwhile is read again, never overwritten. Every step is checked
// in the database and in the roster.
#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleFixtures.h"
#include "PeopleForTests.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/storage/AuditLog.h"
#include "people/PeopleScreen.h"
#include "people/RosterModel.h"
#include "people/registration/RegistrationDialog.h"
#include "shell/MainWindow.h"

#include <algorithm>
#include <functional>
#include <memory>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas;
using gui::PeopleScreen;
using gui::RegistrationDialog;
using gui::RosterModel;

class PersonEditTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theButtonsWaitForAChosenPerson();
    void enterOpensThePersonAndSavesACorrectedPhone();
    void aRecordChangedElsewhereIsReadAgainNotOverwritten();
    void escapeAsksBeforeDiscardingACorrection();
    void aPersonRemovedElsewhereClosesTheForm();
    void deleteRemovesThePersonAfterYes();
    void answeringNoRemovesNobody();
    void theButtonsLeaveTheWindowItsWidth_data();
    void theButtonsLeaveTheWindowItsWidth();

private:
    template<typename T>
    T* widget(QWidget* parent, const char* name) const
    {
        auto* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no widget %s", name);
        }
        return found;
    }
    QTableView* table() const { return widget<QTableView>(m_screen.get(), "rosterTableView"); }
    QString countText() const { return widget<QLabel>(m_screen.get(), "countLabel")->text(); }
    QString currentUuid() const { return table()->currentIndex().data(RosterModel::UuidRole).toString(); }
    // Puts the roster's cursor on Rahmat, as the arrow keys would, and returns his row.
    int chooseRahmat();
    // exec() of the form blocks: `steps` run in it once it is open. A form the steps leave open is closed.
    void onNextForm(std::function<void(RegistrationDialog&)> steps);
    core::Person storedRahmat() const { return *testing::TestPeople(m_db->database()).find(m_rahmat.meta.uuid); }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<PeopleScreen> m_screen;
    core::Person m_rahmat;
    bool m_formOpened = false;
    bool m_formLeftOpen = false;
    testing::MessageBoxAnswerer m_answerer;
};

void PersonEditTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void PersonEditTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    testing::addBatuBaraPeople(m_db->database(), 20);
    core::Person rahmat;
    rahmat.nik = "1219071205870003";
    rahmat.fullName = "Rahmat Batubara";
    rahmat.gender = core::Gender::Male;
    rahmat.birthDate = core::Date{std::chrono::year{1987}, std::chrono::May, std::chrono::day{12}};
    rahmat.villageCode = "12.19.07.2004"; // Durian, Sei Balai
    rahmat.phone = "+6281377770001";
    m_rahmat = testing::TestPeople(m_db->database()).save(rahmat, "panwascam.seibalai");
    core::PersonRole relawan;
    relawan.personUuid = m_rahmat.meta.uuid;
    relawan.scopeCode = m_rahmat.villageCode;
    testing::TestRoles(m_db->database()).save(relawan, "panwascam.seibalai");

    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "panwascam.seibalai", "12.19"});
    m_formOpened = false;
    m_formLeftOpen = false;
    m_answerer.clearText();
    m_screen = std::make_unique<PeopleScreen>(*m_session);
    m_screen->resize(1280, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    QCOMPARE(countText(), QStringLiteral("21 orang"));
}

void PersonEditTest::cleanup()
{
    m_answerer.stop();
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

int PersonEditTest::chooseRahmat()
{
    for (int row = 0; row < m_screen->model()->rowCount(); ++row) {
        const QModelIndex index = m_screen->model()->index(row, RosterModel::NameColumn);
        if (index.data(RosterModel::UuidRole).toString() == QString::fromStdString(m_rahmat.meta.uuid)) {
            table()->setFocus();
            table()->setCurrentIndex(index);
            return row;
        }
    }
    qFatal("Rahmat is not in the roster");
}

void PersonEditTest::onNextForm(std::function<void(RegistrationDialog&)> steps)
{
    QTimer::singleShot(0, this, [this, steps] {
        auto* form = qobject_cast<RegistrationDialog*>(QApplication::activeModalWidget());
        if (!form) {
            return;
        }
        m_formOpened = true;
        form->activateWindow(); // as a window manager does; the offscreen platform leaves it to the program
        if (!QTest::qWaitFor([form] { return form->isActiveWindow(); })) {
            qWarning("the form did not become active");
        }
        steps(*form);
        if (form->isVisible()) {
            m_formLeftOpen = true;
            form->done(QDialog::Rejected);
        }
    });
}

void PersonEditTest::theButtonsWaitForAChosenPerson()
{
    auto* edit = widget<QPushButton>(m_screen.get(), "editPushButton");
    auto* remove = widget<QPushButton>(m_screen.get(), "removePushButton");
    QVERIFY(!table()->currentIndex().isValid());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    chooseRahmat();
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());

    // The button opens the same form as Enter.
    QString nik;
    onNextForm([&nik](RegistrationDialog& form) { nik = form.findChild<QLineEdit*>("nikLineEdit")->text(); });
    edit->click();
    QVERIFY(m_formOpened);
    QCOMPARE(nik, QStringLiteral("1219071205870003"));

    // So does a double click on the person.
    nik.clear();
    m_formOpened = false;
    onNextForm([&nik](RegistrationDialog& form) { nik = form.findChild<QLineEdit*>("nikLineEdit")->text(); });
    const QRect cell = table()->visualRect(table()->currentIndex());
    // QTest's double click is only its second press: the first click comes before it, as with a real mouse.
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(m_formOpened);
    QCOMPARE(nik, QStringLiteral("1219071205870003"));

    // A search that finds nobody leaves nobody to edit or remove.
    widget<QLineEdit>(m_screen.get(), "searchLineEdit")->setText(QStringLiteral("tidak ada orang bernama ini"));
    QTRY_COMPARE(countText(), QStringLiteral("0 orang"));
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
}

void PersonEditTest::enterOpensThePersonAndSavesACorrectedPhone()
{
    const int row = chooseRahmat();
    QString title, nik, name, phone, village, roles;
    bool roleChoiceHidden = false;
    onNextForm([&](RegistrationDialog& form) {
        title = form.windowTitle();
        nik = form.findChild<QLineEdit*>("nikLineEdit")->text();
        name = form.findChild<QLineEdit*>("fullNameLineEdit")->text();
        phone = form.findChild<QLineEdit*>("phoneLineEdit")->text();
        village = form.findChild<QLineEdit*>("villageLineEdit")->text();
        roles = form.findChild<QTableView*>("rolesTableView")->model()->index(0, 0).data().toString();
        roleChoiceHidden = !form.findChild<QComboBox*>("roleComboBox")->isVisible();
        // He shares no phone and is nobody's duplicate, not even his own.
        QCOMPARE(form.findChild<QLabel*>("duplicatesLabel")->text(), QString());

        // Alt+H ("No. &HP/WhatsApp"), the old number selected and typed over, Enter.
        QTest::keyClick(&form, Qt::Key_H, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), form.findChild<QLineEdit*>("phoneLineEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0813 6000 1234"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(m_formOpened);
    QVERIFY(!m_formLeftOpen); // Enter saved and closed: no "next person" when correcting
    QCOMPARE(title, QStringLiteral("Ubah data orang"));
    QCOMPARE(nik, QStringLiteral("1219071205870003"));
    QCOMPARE(name, QStringLiteral("Rahmat Batubara"));
    QCOMPARE(phone, QStringLiteral("0813-7777-0001"));
    QVERIFY2(village.contains(QStringLiteral("12.19.07.2004")), qPrintable(village));
    QCOMPARE(roles, QStringLiteral("Relawan"));
    QVERIFY(roleChoiceHidden);

    const core::Person stored = storedRahmat();
    QCOMPARE(stored.phone, std::string("+6281360001234"));
    QCOMPARE(stored.meta.revision, m_rahmat.meta.revision + 1);
    QCOMPARE(stored.meta.updatedBy, std::string("panwascam.seibalai"));
    QCOMPARE(stored.fullName, m_rahmat.fullName);
    QCOMPARE(stored.nik, m_rahmat.nik);
    QCOMPARE(stored.birthDate, m_rahmat.birthDate);
    QCOMPARE(testing::TestRoles(m_db->database()).rolesOf(stored.meta.uuid).size(), std::size_t(1));
    const auto history = core::AuditLog(m_db->database()).history("person", stored.meta.uuid);
    QVERIFY(std::any_of(history.begin(), history.end(), [](const core::AuditEntry& entry) {
        return entry.action == "update" && entry.actor == "panwascam.seibalai" && entry.before &&
               entry.before->at("phone") == "+6281377770001" && entry.after &&
               entry.after->at("phone") == "+6281360001234";
    }));
    // The form showed his NIK whole: a disclosure, logged like the roster's "Show NIK".
    QVERIFY(std::any_of(history.begin(), history.end(), [](const core::AuditEntry& entry) {
        return entry.action == "reveal" && entry.actor == "panwascam.seibalai";
    }));

    // The roster shows the new number, and the cursor is still on him.
    QCOMPARE(countText(), QStringLiteral("21 orang"));
    QCOMPARE(m_screen->focusWidget(), table()); // the keyboard's place once the screen is active again
    QCOMPARE(table()->currentIndex().row(), row);
    QCOMPARE(currentUuid(), QString::fromStdString(m_rahmat.meta.uuid));
    QCOMPARE(table()->currentIndex().siblingAtColumn(RosterModel::PhoneColumn).data().toString(),
             QStringLiteral("0813-6000-1234"));
}

void PersonEditTest::aRecordChangedElsewhereIsReadAgainNotOverwritten()
{
    chooseRahmat();
    QString nameAfterRefusal, phoneAfterRefusal;
    bool openAfterRefusal = false;
    onNextForm([&](RegistrationDialog& form) {
        // Meanwhile the district coordinator completes his name on the same record.
        core::Person other = storedRahmat();
        other.fullName = "Rahmat Ja'far Batubara";
        testing::TestPeople(m_db->database()).save(other, "bawaslu.batubara");

        auto* phone = form.findChild<QLineEdit*>("phoneLineEdit");
        QTest::keyClick(&form, Qt::Key_H, Qt::AltModifier);
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(phone, QStringLiteral("0813-6000-1234"));
        m_answerer.answerNext(QMessageBox::Ok);
        QTest::keyClick(phone, Qt::Key_Return);
        openAfterRefusal = form.isVisible();
        nameAfterRefusal = form.findChild<QLineEdit*>("fullNameLineEdit")->text();
        phoneAfterRefusal = phone->text();

        // The clerk makes the change again, on the record as it now is.
        QTest::keyClick(&form, Qt::Key_H, Qt::AltModifier);
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(phone, QStringLiteral("0813-6000-1234"));
        QTest::keyClick(phone, Qt::Key_Return);
    });
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(m_formOpened);
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Rahmat")), qPrintable(m_answerer.text()));
    QVERIFY(openAfterRefusal);
    QCOMPARE(nameAfterRefusal, QStringLiteral("Rahmat Ja'far Batubara")); // the stored values, read again
    QCOMPARE(phoneAfterRefusal, QStringLiteral("0813-7777-0001"));
    QVERIFY(!m_formLeftOpen);

    // Both changes are kept: the coordinator's name (revision + 1) and then the clerk's phone (revision + 2).
    const core::Person stored = storedRahmat();
    QCOMPARE(stored.fullName, std::string("Rahmat Ja'far Batubara"));
    QCOMPARE(stored.phone, std::string("+6281360001234"));
    QCOMPARE(stored.meta.revision, m_rahmat.meta.revision + 2);
    const auto history = core::AuditLog(m_db->database()).history("person", stored.meta.uuid);
    QCOMPARE(std::count_if(history.begin(), history.end(),
                           [](const core::AuditEntry& entry) { return entry.action == "update"; }),
             2L);
}

void PersonEditTest::escapeAsksBeforeDiscardingACorrection()
{
    chooseRahmat();
    bool openAfterCancel = false;
    QString question;
    onNextForm([&](RegistrationDialog& form) {
        auto* name = form.findChild<QLineEdit*>("fullNameLineEdit");
        QTest::keyClick(&form, Qt::Key_M, Qt::AltModifier); // "Na&ma lengkap"
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, QStringLiteral(" S.Pd."));
        m_answerer.answerNext(QMessageBox::Cancel);
        QTest::keyClick(name, Qt::Key_Escape);
        question = m_answerer.text();
        openAfterCancel = form.isVisible();
        m_answerer.answerNext(QMessageBox::Discard);
        QTest::keyClick(name, Qt::Key_Escape);
    });
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(m_formOpened);
    QVERIFY2(question.contains(QStringLiteral("Rahmat Batubara")), qPrintable(question));
    QVERIFY(openAfterCancel);
    QVERIFY(!m_formLeftOpen);
    QCOMPARE(storedRahmat().fullName, std::string("Rahmat Batubara"));
    QCOMPARE(storedRahmat().meta.revision, m_rahmat.meta.revision);

    // Opened and closed again without a change: no question, and no new revision.
    m_answerer.clearText();
    onNextForm([](RegistrationDialog& form) { QTest::keyClick(&form, Qt::Key_Escape); });
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(!m_formLeftOpen);
    QCOMPARE(m_answerer.text(), QString());
    QCOMPARE(storedRahmat().meta.revision, m_rahmat.meta.revision);
}

void PersonEditTest::aPersonRemovedElsewhereClosesTheForm()
{
    chooseRahmat();
    onNextForm([this](RegistrationDialog& form) {
        testing::TestPeople(m_db->database()).remove(m_rahmat.meta.uuid, "bawaslu.batubara");
        auto* phone = form.findChild<QLineEdit*>("phoneLineEdit");
        phone->setFocus();
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(phone, QStringLiteral("0813-6000-1234"));
        m_answerer.answerNext(QMessageBox::Ok);
        QTest::keyClick(phone, Qt::Key_Return);
    });
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(m_formOpened);
    QVERIFY(!m_formLeftOpen); // closed without asking about the change that cannot be saved
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Rahmat")), qPrintable(m_answerer.text()));
    QCOMPARE(countText(), QStringLiteral("20 orang"));
    QVERIFY(!testing::TestPeople(m_db->database()).find(m_rahmat.meta.uuid));
}

void PersonEditTest::deleteRemovesThePersonAfterYes()
{
    const int row = chooseRahmat();
    const QString next = m_screen->model()->index(row + 1, 0).data(RosterModel::UuidRole).toString();
    m_answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Rahmat Batubara")), qPrintable(m_answerer.text()));
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Durian")), qPrintable(m_answerer.text()));

    // A tombstone, with his role, written to the audit log; the roster shows one person fewer.
    SQLite::Statement tombstone(m_db->database().connection(),
                                "SELECT deleted_at IS NOT NULL, revision FROM person WHERE uuid = ?");
    tombstone.bind(1, m_rahmat.meta.uuid);
    QVERIFY(tombstone.executeStep());
    QCOMPARE(tombstone.getColumn(0).getInt(), 1);
    QCOMPARE(tombstone.getColumn(1).getInt64(), m_rahmat.meta.revision + 1);
    QVERIFY(!testing::TestPeople(m_db->database()).find(m_rahmat.meta.uuid));
    QVERIFY(testing::TestRoles(m_db->database()).rolesOf(m_rahmat.meta.uuid).empty());
    const auto history = core::AuditLog(m_db->database()).history("person", m_rahmat.meta.uuid);
    QVERIFY(std::any_of(history.begin(), history.end(), [](const core::AuditEntry& entry) {
        return entry.action == "delete" && entry.actor == "panwascam.seibalai";
    }));
    QCOMPARE(countText(), QStringLiteral("20 orang"));

    // The cursor stays where it was, now on the person who followed him.
    QCOMPARE(m_screen->focusWidget(), table()); // the keyboard's place once the screen is active again
    QCOMPARE(table()->currentIndex().row(), row);
    QCOMPARE(currentUuid(), next);

    // Nor does a search find him.
    widget<QLineEdit>(m_screen.get(), "searchLineEdit")->setText(QStringLiteral("Batubara"));
    QTRY_COMPARE(countText(), QStringLiteral("0 orang"));
}

void PersonEditTest::answeringNoRemovesNobody()
{
    const int row = chooseRahmat();
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(table(), Qt::Key_Delete);
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Rahmat Batubara")), qPrintable(m_answerer.text()));
    QVERIFY(testing::TestPeople(m_db->database()).find(m_rahmat.meta.uuid));
    QCOMPARE(storedRahmat().meta.revision, m_rahmat.meta.revision);
    QCOMPARE(countText(), QStringLiteral("21 orang"));
    QCOMPARE(table()->currentIndex().row(), row);
    const auto history = core::AuditLog(m_db->database()).history("person", m_rahmat.meta.uuid);
    QVERIFY(std::none_of(history.begin(), history.end(),
                         [](const core::AuditEntry& entry) { return entry.action == "delete"; }));

    // Delete in the search box deletes a character, not a person: no question is asked.
    auto* search = widget<QLineEdit>(m_screen.get(), "searchLineEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Rahmat"));
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(search, Qt::Key_Home);
    QTest::keyClick(search, Qt::Key_Delete);
    QTest::qWait(50);
    QCOMPARE(m_answerer.text(), QString());
    QCOMPARE(search->text(), QStringLiteral("ahmat"));
}

void PersonEditTest::theButtonsLeaveTheWindowItsWidth_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << QStringLiteral("id");
    QTest::newRow("English") << QStringLiteral("en");
}

// Office laptops have 1280 or 1366 pixels across: the roster, with a person chosen and their NIK shown (the longest
// button text), must still fit a 1200-pixel window.
void PersonEditTest::theButtonsLeaveTheWindowItsWidth()
{
    QFETCH(QString, language);
    gui::installTranslations(*qApp, language);
    const auto restore = qScopeGuard([] { gui::installTranslations(*qApp, QStringLiteral("id")); });
    gui::MainWindow window(*m_session);
    window.show();
    window.showScreen(gui::MainWindow::ScreenId::Orang);
    auto* roster = window.peopleScreen()->findChild<QTableView*>(QStringLiteral("rosterTableView"));
    roster->setCurrentIndex(roster->model()->index(0, 0));
    window.peopleScreen()->model()->setNikRevealed(roster->currentIndex().data(RosterModel::UuidRole).toString(), true);
    QVERIFY(widget<QPushButton>(window.peopleScreen(), "editPushButton")->isVisible());
    QVERIFY2(window.minimumSizeHint().width() <= 1200, qPrintable(QString::number(window.minimumSizeHint().width())));
}

QTEST_MAIN(PersonEditTest)
#include "PersonEditTest.moc"

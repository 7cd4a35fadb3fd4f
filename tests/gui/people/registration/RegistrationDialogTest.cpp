// A Panwascam clerk of Sei Balai registers volunteers by keyboard only: NIK first, the form fills in what the NIK
// knows, Enter saves and starts the next person. Every step is checked in the database.
#include "people/registration/RegistrationDialog.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/storage/SettingsStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <SQLiteCpp/Database.h>

using namespace relawas;
using namespace std::chrono_literals;

class RegistrationDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aClerkRegistersTwoVolunteersInARow();
    void theSameNikTwiceIsRefused();
    void aSimilarNameBornTheSameDayAsksBeforeSaving();
    void warningsNeedOneMoreEnter();
    void aPkdTooYoungOnElectionDayIsRefused();
    void escapeAsksBeforeDiscardingWhatWasTyped();
    void theVillagesOfTheNiksKecamatanComeFirstAndAnotherOneWarns();
    void aFieldIsJudgedOnlyOnceTheClerkReachedIt();
    void aRefusedEnterLeavesNoStaleSavedNoteOrBorder();
    void datesNameTheirFieldAndTheDayThatDoesNotExist();
    void tabReachesTheTargetGroupsBeforeTheButtons();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        T* found = m_dialog->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no widget %s", name);
        }
        return found;
    }
    QLineEdit* edit(const char* name) const { return widget<QLineEdit>(name); }
    QWidget* focus() const { return QApplication::focusWidget(); }
    long long people() const { return core::PersonRepository(m_db->database()).countLiving(); }
    void typeVolunteer(const QString& nik, const QString& name, const QString& phone);

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::RegistrationDialog> m_dialog;
};

void RegistrationDialogTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void RegistrationDialogTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "panwascam.seibalai", "12.19"});
    // Ages are counted on the election day set in the database, not on the day of registration.
    core::SettingsStore(m_db->database()).setElectionDay(2029y / std::chrono::February / 14d);
    m_dialog = std::make_unique<gui::RegistrationDialog>(*m_session, QStringLiteral("12.19"));
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void RegistrationDialogTest::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_db.reset();
}

void RegistrationDialogTest::typeVolunteer(const QString& nik, const QString& name, const QString& phone)
{
    QCOMPARE(focus(), edit("nikLineEdit"));
    QTest::keyClicks(focus(), nik);
    QTest::keyClick(focus(), Qt::Key_Tab);
    QTest::keyClicks(focus(), name);
    if (!phone.isEmpty()) {
        edit("phoneLineEdit")->setFocus();
        QTest::keyClicks(focus(), phone);
    }
}

void RegistrationDialogTest::aClerkRegistersTwoVolunteersInARow()
{
    QSignalSpy saved(m_dialog.get(), &gui::RegistrationDialog::personSaved);

    // The NIK of a man born 12 May 1987 fills birth date and gender.
    QTest::keyClicks(edit("nikLineEdit"), QStringLiteral("1219071205870003"));
    QCOMPARE(edit("birthDateLineEdit")->text(), QStringLiteral("12/05/1987"));
    QCOMPARE(widget<QComboBox>("genderComboBox")->currentText(), QStringLiteral("Laki-laki"));
    QTest::keyClick(focus(), Qt::Key_Tab);
    QCOMPARE(focus(), edit("fullNameLineEdit"));
    QTest::keyClicks(focus(), QStringLiteral("Rahmat Ja'far Batubara"));

    // "Durian" alone is two villages in Batu Bara: not chosen until the kecamatan tells them apart.
    edit("villageLineEdit")->setFocus();
    QTest::keyClicks(focus(), QStringLiteral("Durian"));
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(saved.count(), 0);
    QVERIFY(widget<QLabel>("issuesLabel")->text().contains(QStringLiteral("Pilih desa atau kelurahan")));
    edit("villageLineEdit")->clear();
    QTest::keyClicks(edit("villageLineEdit"), QStringLiteral("12.19.07.2004"));

    edit("phoneLineEdit")->setFocus();
    QTest::keyClicks(focus(), QStringLiteral("0813-7777-0001"));
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(saved.count(), 1);

    const auto rahmat = core::PersonRepository(m_db->database()).findByNik("1219071205870003");
    QVERIFY(rahmat);
    QCOMPARE(rahmat->fullName, std::string("Rahmat Ja'far Batubara"));
    QCOMPARE(rahmat->villageCode, std::string("12.19.07.2004"));
    QCOMPARE(rahmat->phone, std::string("+6281377770001"));
    QCOMPARE(rahmat->gender, std::optional(core::Gender::Male));
    QCOMPARE(rahmat->birthDate, std::optional(core::Date{1987y / std::chrono::May / 12d}));
    const auto roles = core::RoleRepository(m_db->database()).rolesOf(rahmat->meta.uuid);
    QCOMPARE(roles.size(), std::size_t(1));
    QCOMPARE(roles[0].kind, core::RoleKind::Relawan);
    QCOMPARE(rahmat->meta.createdBy, std::string("panwascam.seibalai"));

    // The form is ready for the next person of the same village: the cursor is back in the NIK field.
    QCOMPARE(focus(), edit("nikLineEdit"));
    QVERIFY(edit("fullNameLineEdit")->text().isEmpty());
    QVERIFY(edit("villageLineEdit")->text().contains(QStringLiteral("12.19.07.2004")));

    typeVolunteer(QStringLiteral("1219075109950001"), QStringLiteral("Siti Aminah"), QString());
    QCOMPARE(widget<QComboBox>("genderComboBox")->currentText(), QStringLiteral("Perempuan"));
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(people(), 2LL);
    QVERIFY(widget<QLabel>("savedLabel")->text().contains(QStringLiteral("Siti Aminah")));
}

void RegistrationDialogTest::theSameNikTwiceIsRefused()
{
    m_dialog->setVillage(QStringLiteral("12.19.07.2004"));
    typeVolunteer(QStringLiteral("1219071205870003"), QStringLiteral("Rahmat"), QString());
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);

    typeVolunteer(QStringLiteral("1219071205870003"), QStringLiteral("Rahmat Batubara"), QString());
    // Not a mere possibility: an error on the NIK, in red, like every other that blocks saving.
    const QString issues = widget<QLabel>("issuesLabel")->text();
    QVERIFY2(issues.contains(QStringLiteral("sudah terdaftar untuk Rahmat")) &&
                 issues.contains(QStringLiteral("#b3261e")),
             qPrintable(issues));
    QVERIFY(widget<QLabel>("duplicatesLabel")->text().isEmpty());
    QTest::keyClick(focus(), Qt::Key_Return);
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);
    QCOMPARE(focus(), edit("nikLineEdit"));
}

void RegistrationDialogTest::aSimilarNameBornTheSameDayAsksBeforeSaving()
{
    m_dialog->setVillage(QStringLiteral("12.19.07.2004"));
    typeVolunteer(QStringLiteral("1219074409930032"), QStringLiteral("Siti Nurhaliza"), QString());
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);

    // The same woman typed again from another document: "St." for Siti, another serial, the same birth date.
    typeVolunteer(QStringLiteral("1219074409930033"), QStringLiteral("St. Nurhaliza"), QString());
    const QString duplicates = widget<QLabel>("duplicatesLabel")->text();
    QVERIFY2(duplicates.contains(QStringLiteral("Siti Nurhaliza")), qPrintable(duplicates));
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);
    QTest::keyClick(focus(), Qt::Key_Return); // the clerk knows better: two people after all
    QCOMPARE(people(), 2LL);
}

void RegistrationDialogTest::warningsNeedOneMoreEnter()
{
    m_dialog->setVillage(QStringLiteral("12.19.07.2004"));
    // Issued in Asahan (12.09) before Batu Bara was split off: a warning, not an error.
    typeVolunteer(QStringLiteral("1209011205870003"), QStringLiteral("Darwin Sitorus"), QStringLiteral("061-7654321"));
    QTest::keyClick(focus(), Qt::Key_Tab); // the phone is said once the clerk leaves it
    edit("phoneLineEdit")->setFocus();
    const QString issues = widget<QLabel>("issuesLabel")->text();
    QVERIFY2(issues.contains(QStringLiteral("di luar")), qPrintable(issues));
    QVERIFY2(issues.contains(QStringLiteral("Bukan nomor HP")), qPrintable(issues));
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 0LL);
    QVERIFY(widget<QLabel>("savedLabel")->text().contains(QStringLiteral("Enter sekali lagi")));
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);
}

void RegistrationDialogTest::aPkdTooYoungOnElectionDayIsRefused()
{
    m_dialog->setVillage(QStringLiteral("12.19.07.2004"));
    auto* role = widget<QComboBox>("roleComboBox");
    role->setCurrentIndex(role->findData(int(core::RoleKind::Pkd)));
    // Born 12 May 2010: 18 on election day (16 today), and a PKD must be 21; a volunteer must be 17 on that day.
    typeVolunteer(QStringLiteral("1219071205100003"), QStringLiteral("Fajar Pratama"), QString());
    QVERIFY(widget<QLabel>("issuesLabel")->text().contains(QStringLiteral("21")));
    QTest::keyClick(focus(), Qt::Key_Return);
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 0LL);

    role->setCurrentIndex(role->findData(int(core::RoleKind::Relawan)));
    edit("nikLineEdit")->setFocus();
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);
}

void RegistrationDialogTest::escapeAsksBeforeDiscardingWhatWasTyped()
{
    QTest::keyClicks(edit("nikLineEdit"), QStringLiteral("12190712"));
    // The clerk first answers Cancel: the form stays with what was typed.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(edit("nikLineEdit"), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(edit("nikLineEdit")->text(), QStringLiteral("12190712"));

    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Discard)->click();
    });
    QTest::keyClick(edit("nikLineEdit"), Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
}

QTEST_MAIN(RegistrationDialogTest)
#include "RegistrationDialogTest.moc"

// "sidom" matches Sidomulyo of Medang Deras and Sidomulio of Sei Balai: for a Sei Balai NIK, Sei Balai's comes first,
// whole (name, kecamatan, code); taking the other one warns with both kecamatan named, and still saves.
void RegistrationDialogTest::theVillagesOfTheNiksKecamatanComeFirstAndAnotherOneWarns()
{
    QSignalSpy saved(m_dialog.get(), &gui::RegistrationDialog::personSaved);
    typeVolunteer(QStringLiteral("1219071205870003"), QStringLiteral("Rahmat Ja'far Batubara"), QString());
    edit("villageLineEdit")->setFocus();
    QTest::keyClicks(focus(), QStringLiteral("sidom"));
    QCompleter* completer = edit("villageLineEdit")->completer();
    QCOMPARE(completer->completionCount(), 2);
    QCOMPARE(completer->completionModel()->index(0, 0).data().toString(),
             QStringLiteral("Sidomulio — Sei Balai (12.19.07.2015)"));
    QCOMPARE(completer->completionModel()->index(1, 0).data().toString(),
             QStringLiteral("Sidomulyo — Medang Deras (12.19.01.2012)"));
    const QFontMetrics metrics(completer->popup()->font());
    QVERIFY(completer->popup()->minimumWidth() >
            metrics.horizontalAdvance(QStringLiteral("Sidomulyo — Medang Deras (12.19.01.2012)")));

    edit("villageLineEdit")->setText(completer->completionModel()->index(1, 0).data().toString());
    const QString issues = widget<QLabel>("issuesLabel")->text();
    QVERIFY2(issues.contains(QStringLiteral("Kecamatan Medang Deras")) && issues.contains(QStringLiteral("Sei Balai")),
             qPrintable(issues));
    QTest::keyClick(focus(), Qt::Key_Return); // the warning is shown once
    QCOMPARE(saved.count(), 0);
    QTest::keyClick(focus(), Qt::Key_Return); // and saving anyway is the clerk's choice: people move
    QCOMPARE(saved.count(), 1);
    QCOMPARE(core::PersonRepository(m_db->database()).findByNik("1219071205870003")->villageCode,
             std::string("12.19.01.2012"));
}

void RegistrationDialogTest::aFieldIsJudgedOnlyOnceTheClerkReachedIt()
{
    QTest::keyClicks(edit("nikLineEdit"), QStringLiteral("12190712"));
    QVERIFY2(widget<QLabel>("issuesLabel")->text().isEmpty(), qPrintable(widget<QLabel>("issuesLabel")->text()));
    QTest::keyClick(focus(), Qt::Key_Tab); // leaves the NIK, half typed
    QString issues = widget<QLabel>("issuesLabel")->text();
    QVERIFY2(issues.contains(QStringLiteral("16")), qPrintable(issues));
    QVERIFY2(!issues.contains(QStringLiteral("Nama lengkap")), qPrintable(issues)); // the name is not reached yet
    QVERIFY(!issues.contains(QStringLiteral("desa atau kelurahan")));
    QTest::keyClick(focus(), Qt::Key_Tab); // leaves the name, empty
    issues = widget<QLabel>("issuesLabel")->text();
    QVERIFY2(issues.contains(QStringLiteral("Nama lengkap")), qPrintable(issues));
    QVERIFY(!issues.contains(QStringLiteral("desa atau kelurahan")));
    QTest::keyClick(focus(), Qt::Key_Return); // Enter shows all that blocks saving
    QVERIFY(widget<QLabel>("issuesLabel")->text().contains(QStringLiteral("desa atau kelurahan")));
}

void RegistrationDialogTest::aRefusedEnterLeavesNoStaleSavedNoteOrBorder()
{
    m_dialog->setVillage(QStringLiteral("12.19.07.2004"));
    typeVolunteer(QStringLiteral("1219071205870003"), QStringLiteral("Rahmat"), QString());
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);
    QVERIFY(widget<QLabel>("savedLabel")->text().contains(QStringLiteral("Rahmat")));
    const auto noBorders = [this] {
        for (QWidget* field : m_dialog->findChildren<QWidget*>()) {
            if (!field->styleSheet().isEmpty() && field != widget<QLabel>("savedLabel")) {
                qWarning("%s has a border: %s", qPrintable(field->objectName()), qPrintable(field->styleSheet()));
                return false;
            }
        }
        return true;
    };
    QVERIFY(noBorders());

    QTest::keyClicks(edit("nikLineEdit"), QStringLiteral("1219"));
    QTest::keyClick(focus(), Qt::Key_Return); // refused: the NIK is short, the name missing
    QCOMPARE(people(), 1LL);
    QVERIFY2(widget<QLabel>("savedLabel")->text().isEmpty(), qPrintable(widget<QLabel>("savedLabel")->text()));
    QVERIFY(!edit("nikLineEdit")->styleSheet().isEmpty());

    edit("nikLineEdit")->clear();
    edit("nikLineEdit")->setFocus();
    typeVolunteer(QStringLiteral("1219075109950001"), QStringLiteral("Siti Aminah"), QString());
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 2LL);
    QVERIFY(noBorders());
}

void RegistrationDialogTest::datesNameTheirFieldAndTheDayThatDoesNotExist()
{
    m_dialog->setVillage(QStringLiteral("12.19.07.2004"));
    typeVolunteer(QStringLiteral("1219071205870003"), QStringLiteral("Rahmat"), QString());
    edit("birthDateLineEdit")->selectAll(); // typed over what the NIK filled in
    QTest::keyClicks(edit("birthDateLineEdit"), QStringLiteral("29/02/2001"));
    QTest::keyClicks(edit("consentDateLineEdit"), QStringLiteral("3/12/26")); // two digits of the year: 2026
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 0LL);
    const QString issues = widget<QLabel>("issuesLabel")->text();
    QVERIFY2(issues.contains(QStringLiteral("Tanggal lahir: 29 Februari 2001 tidak ada")), qPrintable(issues));
    QVERIFY2(!issues.contains(QStringLiteral("Persetujuan")), qPrintable(issues));
    QCOMPARE(focus(), edit("birthDateLineEdit"));

    edit("birthDateLineEdit")->selectAll();
    QTest::keyClicks(edit("birthDateLineEdit"), QStringLiteral("12/05/87"));
    QTest::keyClick(focus(), Qt::Key_Return);
    QTest::keyClick(focus(), Qt::Key_Return);
    QCOMPARE(people(), 1LL);
    const auto rahmat = core::PersonRepository(m_db->database()).findByNik("1219071205870003");
    QCOMPARE(rahmat->birthDate, std::optional(core::Date{1987y / std::chrono::May / 12d}));
    QCOMPARE(rahmat->consentDate, std::optional(core::Date{2026y / std::chrono::December / 3d}));
}

void RegistrationDialogTest::tabReachesTheTargetGroupsBeforeTheButtons()
{
    edit("notesLineEdit")->setFocus();
    QTest::keyClick(focus(), Qt::Key_Tab);
    QVERIFY2(focus()->objectName().startsWith(QStringLiteral("targetGroup_")), qPrintable(focus()->objectName()));
}

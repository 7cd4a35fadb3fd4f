// The "kemungkinan duplikat" review as a district coordinator works through it by keyboard: the list of a
// kabupaten's probable duplicates, Enter on a pair, one field taken from the other record, merged; a record changed
// behind the form's back is refused and read again; the roster's button opens the review and shows the merge.
#include "people/duplicates/DuplicatesDialog.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleFixtures.h"
#include "PeopleForTests.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/people/checks/Phone.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "people/PeopleScreen.h"
#include "people/RosterModel.h"
#include "people/duplicates/DuplicatePairModel.h"
#include "people/duplicates/MergeDialog.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas;
using gui::DuplicatePairModel;
using gui::DuplicatesDialog;
using gui::MergeDialog;

namespace {

constexpr auto kSeiBalaiDurian = "12.19.07.2004";

core::Date date(int year, unsigned month, unsigned day)
{
    return core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

} // namespace

class DuplicatesDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheProbablePairsOfTheScopeMasked();
    void theThresholdNarrowsAndWidensTheList();
    void aVillageWithoutDuplicatesSaysSo();
    void enterOpensTheMergeAndTheChosenValueSurvives();
    void aRecordChangedMeanwhileIsReadAgainAndNothingIsMerged();
    void theRosterOpensTheReviewAndShowsTheMerge();

private:
    core::Person add(const std::string& name, core::Gender gender, core::Date born, const std::string& nik,
                     const std::string& phone, const std::string& occupation = {});
    std::unique_ptr<DuplicatesDialog> openDialog(const QString& scope);
    int rowOf(const QString& nameA) const;
    bool isTombstone(const std::string& uuid);

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    DuplicatePairModel* m_model = nullptr;
    // Two pairs at the top of the list, and one below the default threshold (boy and girl twins).
    core::Person m_rizky, m_mRizky, m_siti, m_sitiAgain, m_wahyuni, m_wahyudi;
    testing::MessageBoxAnswerer m_answerer;
};

void DuplicatesDialogTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void DuplicatesDialogTest::init()
{
    m_answerer.clearText();
    m_db = std::make_unique<testing::TestDatabase>();
    testing::addBatuBaraPeople(m_db->database(), 120);
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "tester", QStringLiteral("12.19")});
    // Registered twice: once from the KTP, once from a sign-up sheet that wrote "M." and another phone.
    m_rizky = add("Muhammad Rizky", core::Gender::Male, date(2001, 3, 4), "1219070403019001", "+6281234500001");
    m_mRizky = add("M. Rizky", core::Gender::Male, date(2001, 3, 4), "", "+6281234500002", "Petani");
    m_siti = add("Siti Nurhaliza", core::Gender::Female, date(1990, 7, 15), "1219075507909002", "+6281234500003");
    m_sitiAgain = add("Siti Nurhaliza", core::Gender::Female, date(1990, 7, 15), "", "");
    m_wahyuni = add("Sri Wahyuni", core::Gender::Female, date(1985, 1, 1), "", "");
    m_wahyudi = add("Sri Wahyudi", core::Gender::Male, date(1985, 1, 1), "", "");
}

void DuplicatesDialogTest::cleanup()
{
    m_answerer.stop();
    m_tester.reset();
    m_model = nullptr;
    m_session.reset();
    m_db.reset();
}

core::Person DuplicatesDialogTest::add(const std::string& name, core::Gender gender, core::Date born,
                                       const std::string& nik, const std::string& phone, const std::string& occupation)
{
    core::Person person;
    person.fullName = name;
    person.gender = gender;
    person.birthDate = born;
    person.nik = nik;
    person.phone = phone;
    person.occupation = occupation;
    person.villageCode = kSeiBalaiDurian;
    return testing::TestPeople(m_db->database()).save(person, "clerk");
}

// Opens the list over the scope as the clerk would, with Qt's model tester watching the model, and waits for it.
std::unique_ptr<DuplicatesDialog> DuplicatesDialogTest::openDialog(const QString& scope)
{
    auto dialog = std::make_unique<DuplicatesDialog>(*m_session, scope);
    m_model = dialog->model();
    m_tester =
        std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog->show();
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"));
    if (!QTest::qWaitFor([summary] { return !summary->text().isEmpty(); })) {
        qWarning("the list of probable duplicates was not worked out");
    }
    // The offscreen platform leaves no window active once the search's progress dialog closes.
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get())) {
        qWarning("the list of probable duplicates did not become active");
    }
    return dialog;
}

int DuplicatesDialogTest::rowOf(const QString& nameA) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, DuplicatePairModel::NameAColumn).data().toString() == nameA) {
            return row;
        }
    }
    return -1;
}

bool DuplicatesDialogTest::isTombstone(const std::string& uuid)
{
    SQLite::Statement query(m_db->database().connection(), "SELECT deleted_at IS NOT NULL FROM person WHERE uuid = ?");
    query.bind(1, uuid);
    return query.executeStep() && query.getColumn(0).getInt() == 1;
}

void DuplicatesDialogTest::listsTheProbablePairsOfTheScopeMasked()
{
    const auto dialog = openDialog(QStringLiteral("12.19"));
    QCOMPARE(m_model->rowCount(), 2); // the twins Sri Wahyuni and Sri Wahyudi stay below 80
    QCOMPARE(dialog->findChild<QStackedWidget*>(QStringLiteral("listStackedWidget"))->currentWidget()->objectName(),
             QStringLiteral("pairsPage"));
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("Batu Bara")));

    const int rizky = rowOf(QStringLiteral("Muhammad Rizky"));
    QVERIFY(rizky >= 0);
    const auto cell = [this, rizky](int column) { return m_model->index(rizky, column).data().toString(); };
    QCOMPARE(cell(DuplicatePairModel::NameBColumn), QStringLiteral("M. Rizky")); // a is the older record
    QCOMPARE(cell(DuplicatePairModel::BirthDateColumn), QStringLiteral("04/03/2001"));
    QCOMPARE(cell(DuplicatePairModel::VillageColumn), QStringLiteral("Durian (Sei Balai)"));
    QCOMPARE(cell(DuplicatePairModel::NikAColumn), QString(12, QChar(0x2022)) + QStringLiteral("9001"));
    QCOMPARE(cell(DuplicatePairModel::NikBColumn), QString());
    QVERIFY2(cell(DuplicatePairModel::ReasonsColumn).contains(QStringLiteral("tanggal lahir sama")),
             qPrintable(cell(DuplicatePairModel::ReasonsColumn)));
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Siti Nurhaliza")), DuplicatePairModel::NameBColumn).data(),
             QVariant(QStringLiteral("Siti Nurhaliza")));
    // Highest score first.
    QVERIFY(m_model->index(0, DuplicatePairModel::ScoreColumn).data().toInt() >=
            m_model->index(1, DuplicatePairModel::ScoreColumn).data().toInt());
    QVERIFY(m_model->cachedRowCount() <= DuplicatePairModel::kPageSize * DuplicatePairModel::kPagesKept);
}

void DuplicatesDialogTest::theThresholdNarrowsAndWidensTheList()
{
    const auto dialog = openDialog(QStringLiteral("12.19"));
    QCOMPARE(m_model->rowCount(), 2);
    auto* threshold = dialog->findChild<QSpinBox*>(QStringLiteral("thresholdSpinBox"));
    QCOMPARE(threshold->value(), DuplicatesDialog::kDefaultThreshold);
    threshold->setValue(40);
    QTRY_COMPARE(m_model->threshold(), 40);
    QTRY_COMPARE(m_model->rowCount(), 3);
    QVERIFY(rowOf(QStringLiteral("Sri Wahyuni")) >= 0);
    QVERIFY(m_model->index(rowOf(QStringLiteral("Sri Wahyuni")), DuplicatePairModel::ReasonsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("jenis kelamin berbeda")));
}

void DuplicatesDialogTest::aVillageWithoutDuplicatesSaysSo()
{
    const auto dialog = openDialog(QStringLiteral("12.19.01.2001"));
    QCOMPARE(m_model->rowCount(), 0);
    auto* stack = dialog->findChild<QStackedWidget*>(QStringLiteral("listStackedWidget"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("emptyLabel"))->text().isEmpty());
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("mergePushButton"))->isEnabled());
}

void DuplicatesDialogTest::enterOpensTheMergeAndTheChosenValueSurvives()
{
    const auto dialog = openDialog(QStringLiteral("12.19"));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("pairsTableView"));
    QCOMPARE(QApplication::focusWidget(), table);
    table->setCurrentIndex(m_model->index(rowOf(QStringLiteral("Muhammad Rizky")), DuplicatePairModel::NameAColumn));
    QTest::keyClick(table, Qt::Key_Return);
    MergeDialog* merge = nullptr;
    QTRY_VERIFY((merge = dialog->findChild<MergeDialog*>()) != nullptr);
    merge->activateWindow(); // the offscreen platform does not activate a window as it shows
    QVERIFY(QTest::qWaitForWindowActive(merge));
    QTRY_COMPARE(QApplication::activeWindow(), merge);
    QCOMPARE(merge->keptSide(), MergeDialog::A);

    const auto radio = [merge](const char* name) { return merge->findChild<QRadioButton*>(QString::fromLatin1(name)); };
    const auto result = [merge](const char* name) {
        return merge->findChild<QLabel*>(QString::fromLatin1(name))->text();
    };
    // Core's defaults: the kept record's value, the other's where the kept one is blank.
    QVERIFY(radio("phoneARadioButton")->isChecked());
    QVERIFY(radio("occupationBRadioButton")->isChecked());
    QCOMPARE(result("occupationResultLabel"), QStringLiteral("Petani"));
    QCOMPARE(result("full_nameResultLabel"), QStringLiteral("Muhammad Rizky"));
    QCOMPARE(result("nikResultLabel"), QString(12, QChar(0x2022)) + QStringLiteral("9001"));
    QVERIFY(!radio("genderARadioButton")->isEnabled()); // both alike: nothing to choose

    // Which NIK is right decides which record to keep: Alt+N shows both, once the clerk says yes, and the audit log
    // names who saw the one record that has a NIK.
    const auto reveals = [this](const core::Person& person) {
        const auto history = core::AuditLog(m_db->database()).history("person", person.meta.uuid);
        return std::count_if(history.begin(), history.end(), [](const auto& e) { return e.action == "reveal"; });
    };
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(merge, Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(m_answerer.text().contains(QStringLiteral("log audit")));
    QCOMPARE(result("nikResultLabel"), QString(12, QChar(0x2022)) + QStringLiteral("9001"));
    QCOMPARE(reveals(m_rizky), 0);
    merge->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(merge));
    m_answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(merge, Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(result("nikResultLabel"), QString::fromStdString(m_rizky.nik));
    QCOMPARE(testing::visibleText(radio("nikARadioButton")->text()), QString::fromStdString(m_rizky.nik));
    QCOMPARE(reveals(m_rizky), 1);
    QCOMPARE(reveals(m_mRizky), 0); // no NIK of its own: nothing shown, nothing logged
    auto* showNiks = merge->findChild<QPushButton*>(QStringLiteral("showNiksPushButton"));
    QCOMPARE(testing::visibleText(showNiks->text()), QStringLiteral("Sembunyikan NIK"));
    merge->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(merge));
    QTest::keyClick(merge, Qt::Key_N, Qt::AltModifier); // hidden again, without a question
    QTRY_COMPARE(result("nikResultLabel"), QString(12, QChar(0x2022)) + QStringLiteral("9001"));
    QCOMPARE(reveals(m_rizky), 1);

    // The phone of the sign-up sheet is the current one: taken from B by keyboard.
    radio("phoneBRadioButton")->setFocus();
    QTest::keyClick(radio("phoneBRadioButton"), Qt::Key_Space);
    QVERIFY(radio("phoneBRadioButton")->isChecked());
    const QString newPhone = QString::fromStdString(core::formatPhoneForDisplay(m_mRizky.phone));
    QCOMPARE(result("phoneResultLabel"), newPhone);
    QCOMPARE(merge->preview().phone, m_mRizky.phone);

    QSignalSpy merged(merge, &MergeDialog::merged);
    QTest::keyClick(merge, Qt::Key_G, Qt::AltModifier); // "&Gabungkan"
    QTRY_COMPARE(merged.count(), 1);

    QVERIFY(isTombstone(m_mRizky.meta.uuid));
    const auto kept = testing::TestPeople(m_db->database()).find(m_rizky.meta.uuid);
    QVERIFY(kept);
    QCOMPARE(kept->phone, m_mRizky.phone);
    QCOMPARE(kept->occupation, std::string("Petani"));
    QCOMPARE(kept->fullName, std::string("Muhammad Rizky"));
    QCOMPARE(kept->nik, m_rizky.nik);
    QCOMPARE(kept->meta.revision, m_rizky.meta.revision + 1);

    // The list is worked out again: the pair is gone, the other one waits, chosen for the clerk.
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, DuplicatePairModel::NameAColumn).data().toString(), QStringLiteral("Siti Nurhaliza"));
    QCOMPARE(table->currentIndex().row(), 0);
    QTRY_VERIFY(!dialog->findChild<MergeDialog*>());
}

void DuplicatesDialogTest::aRecordChangedMeanwhileIsReadAgainAndNothingIsMerged()
{
    const auto dialog = openDialog(QStringLiteral("12.19"));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("pairsTableView"));
    table->setCurrentIndex(m_model->index(rowOf(QStringLiteral("Siti Nurhaliza")), DuplicatePairModel::NameAColumn));
    QTest::keyClick(table, Qt::Key_Return);
    MergeDialog* merge = nullptr;
    QTRY_VERIFY((merge = dialog->findChild<MergeDialog*>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowActive(merge));
    auto* mergeButton = merge->findChild<QPushButton*>(QStringLiteral("mergePushButton"));

    // Another window saves Siti's occupation while the form is open.
    core::Person changed = m_siti;
    changed.occupation = "Guru";
    changed = testing::TestPeople(m_db->database()).save(changed, "other-clerk");

    QSignalSpy merged(merge, &MergeDialog::merged);
    m_answerer.answerNext(QMessageBox::Ok);
    mergeButton->click();
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Siti Nurhaliza")), qPrintable(m_answerer.text()));
    QCOMPARE(merged.count(), 0);
    QVERIFY(!isTombstone(m_sitiAgain.meta.uuid));
    const testing::TestPeople people(m_db->database());
    QCOMPARE(people.find(m_siti.meta.uuid)->meta.revision, changed.meta.revision);
    QCOMPARE(people.find(m_sitiAgain.meta.uuid)->meta.revision, m_sitiAgain.meta.revision);

    // The form shows the records as they are now, and merging them then succeeds.
    QCOMPARE(merge->findChild<QRadioButton*>(QStringLiteral("occupationARadioButton"))->text(), QStringLiteral("Guru"));
    QCOMPARE(merge->preview().occupation, std::string("Guru"));
    mergeButton->click();
    QCOMPARE(merged.count(), 1);
    QVERIFY(isTombstone(m_sitiAgain.meta.uuid));
    QCOMPARE(people.find(m_siti.meta.uuid)->occupation, std::string("Guru"));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, DuplicatePairModel::NameAColumn).data().toString(), QStringLiteral("Muhammad Rizky"));
}

void DuplicatesDialogTest::theRosterOpensTheReviewAndShowsTheMerge()
{
    gui::PeopleScreen screen(*m_session);
    screen.resize(1280, 700);
    screen.show();
    QVERIFY(QTest::qWaitForWindowActive(&screen));
    const qint64 before = screen.model()->totalCount();

    // exec() blocks: drive whatever modal window shows up, so the test cannot hang.
    bool mergeClicked = false;
    bool closed = false;
    QTimer driver;
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* merge = qobject_cast<MergeDialog*>(modal); merge && !mergeClicked) {
            mergeClicked = true;
            merge->findChild<QPushButton*>(QStringLiteral("mergePushButton"))->click();
        } else if (auto* list = qobject_cast<DuplicatesDialog*>(modal)) {
            const int rows = list->model()->rowCount();
            if (!mergeClicked && rows == 2) {
                list->openCurrentPair();
            } else if (mergeClicked && rows == 1 && !closed) {
                closed = true;
                QTest::keyClick(list, Qt::Key_Escape);
            }
        }
    });
    driver.start();
    QTest::keyClick(&screen, Qt::Key_G, Qt::AltModifier); // "Kemun&gkinan duplikat…"
    QTRY_VERIFY(closed); // a mnemonic clicks its button a moment later, as a click the eye can see
    driver.stop();
    QVERIFY(mergeClicked);
    QCOMPARE(screen.model()->totalCount(), before - 1);
}

QTEST_MAIN(DuplicatesDialogTest)
#include "DuplicatesDialogTest.moc"

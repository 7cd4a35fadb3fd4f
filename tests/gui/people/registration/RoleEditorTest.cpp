// The roles of a person change without an import: a Panwascam clerk of Sei Balai opens a person in the form and, by
// keyboard and in Indonesian, makes a relawan PKD of his village, ends a Panwascam member's term with its reason,
// moves a person to another village with or without the roles held there, and corrects the name of a PKD who is too
// young on a newly set election day. Each step is checked in the database and its audit log.
#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleForTests.h"
#include "TestDatabase.h"
#include "common/DateText.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SettingsStore.h"
#include "people/registration/AddRoleDialog.h"
#include "people/registration/EndRoleDialog.h"
#include "people/registration/PersonRolesModel.h"
#include "people/registration/RegistrationDialog.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <string_view>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace relawas;
using gui::AddRoleDialog;
using gui::EndRoleDialog;
using gui::PersonRolesModel;
using gui::RegistrationDialog;

namespace {

core::Date date(int y, unsigned m, unsigned d)
{
    return core::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

constexpr const char* kDurian = "12.19.07.2004";
constexpr const char* kKwalaSikasim = "12.19.07.2001";
constexpr const char* kSeiBalai = "12.19.07"; // the kecamatan
constexpr const char* kActor = "panwascam.seibalai";

} // namespace

class RoleEditorTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aRelawanBecomesPkdByKeyboard();
    void aPersonTooYoungForARoleIsNotGivenIt();
    void aPanwascamTermEndsWithItsReason();
    void movingAPersonTakesTheRolesHeldThereOnYes();
    void movingAPersonLeavesTheRolesOnNo();
    void cancellingTheMoveQuestionSavesNothing();
    void aPersonTooYoungOnANewElectionDayCanStillBeCorrected();
    void theRolesModelPassesQtsModelTester();
    void mnemonicsAreUniqueInEachWindow_data();
    void mnemonicsAreUniqueInEachWindow();

private:
    core::Person addPerson(const char* name, const char* nik, const core::Date& birth,
                           const std::vector<std::pair<core::RoleKind, std::string>>& roles);
    std::vector<core::PersonRole> rolesOf(const core::Person& person) const
    {
        return testing::TestRoles(m_db->database()).rolesOf(person.meta.uuid);
    }
    core::Person stored(const core::Person& person) const
    {
        return *testing::TestPeople(m_db->database()).find(person.meta.uuid);
    }
    std::vector<core::AuditEntry> roleHistory(const core::PersonRole& role) const
    {
        return core::AuditLog(m_db->database()).history("person_role", role.meta.uuid);
    }
    // The person form in edit mode, shown and active, as Enter on the roster opens it.
    std::unique_ptr<RegistrationDialog> openForm(const core::Person& person);
    static void activate(QWidget& window);
    // exec() of a small dialog blocks the key press that opens it: `steps` run in the next one of type T once it is
    // open. A dialog the steps leave open is cancelled, and m_dialogLeftOpen tells.
    template<typename T>
    void onNextDialog(std::function<void(T&)> steps);
    // Alt+`key` on a button of the form: the button clicks a moment later, as it shows itself pressed.
    void pressToOpen(QWidget& form, Qt::Key key);
    static QTableView* rolesTable(QWidget& form) { return form.findChild<QTableView*>("rolesTableView"); }
    static QString cell(QWidget& form, int row, int column)
    {
        return rolesTable(form)->model()->index(row, column).data().toString();
    }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    testing::MessageBoxAnswerer m_answerer;
    bool m_dialogOpened = false;
    bool m_dialogLeftOpen = false;
};

void RoleEditorTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void RoleEditorTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), kActor, QStringLiteral("12.19")});
    m_dialogOpened = false;
    m_dialogLeftOpen = false;
    m_answerer.clearText();
}

void RoleEditorTest::cleanup()
{
    m_answerer.stop();
    m_session.reset();
    m_db.reset();
}

core::Person RoleEditorTest::addPerson(const char* name, const char* nik, const core::Date& birth,
                                       const std::vector<std::pair<core::RoleKind, std::string>>& roles)
{
    core::Person person;
    person.nik = nik;
    person.fullName = name;
    person.gender = std::string_view(nik).substr(6, 2) > "40" ? core::Gender::Female : core::Gender::Male;
    person.birthDate = birth;
    person.villageCode = kDurian;
    person = testing::TestPeople(m_db->database()).save(person, "bawaslu.batubara");
    for (const auto& [kind, scope] : roles) {
        core::PersonRole role;
        role.personUuid = person.meta.uuid;
        role.kind = kind;
        role.scopeCode = scope;
        role.startDate = date(2023, 1, 2);
        testing::TestRoles(m_db->database()).save(role, "bawaslu.batubara");
    }
    return person;
}

std::unique_ptr<RegistrationDialog> RoleEditorTest::openForm(const core::Person& person)
{
    auto form = std::make_unique<RegistrationDialog>(*m_session, stored(person));
    form->resize(980, 900);
    form->show();
    activate(*form);
    return form;
}

void RoleEditorTest::activate(QWidget& window)
{
    window.activateWindow(); // as a window manager does; the offscreen platform leaves it to the program
    if (!QTest::qWaitFor([&window] { return window.isActiveWindow(); })) {
        qWarning("the window did not become active");
    }
}

void RoleEditorTest::pressToOpen(QWidget& form, Qt::Key key)
{
    m_dialogOpened = false;
    m_dialogLeftOpen = false;
    QTest::keyClick(&form, key, Qt::AltModifier);
    QTRY_VERIFY(m_dialogOpened);
}

template<typename T>
void RoleEditorTest::onNextDialog(std::function<void(T&)> steps)
{
    auto* poll = new QTimer(this);
    poll->setInterval(10);
    connect(poll, &QTimer::timeout, this, [this, poll, steps] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        m_dialogOpened = true;
        activate(*dialog);
        steps(*dialog);
        if (dialog->isVisible()) {
            m_dialogLeftOpen = true;
            dialog->reject();
        }
    });
    poll->start();
}

void RoleEditorTest::aRelawanBecomesPkdByKeyboard()
{
    const core::Person rahmat =
        addPerson("Rahmat Batubara", "1219071205870003", date(1987, 5, 12), {{core::RoleKind::Relawan, kDurian}});
    const auto form = openForm(rahmat);
    QCOMPARE(rolesTable(*form)->model()->rowCount(), 1);
    QCOMPARE(cell(*form, 0, PersonRolesModel::KindColumn), QStringLiteral("Relawan"));
    QCOMPARE(cell(*form, 0, PersonRolesModel::ScopeColumn), QStringLiteral("Durian (12.19.07.2004)"));
    QCOMPARE(cell(*form, 0, PersonRolesModel::StartColumn), QStringLiteral("02/01/2023"));
    QCOMPARE(rolesTable(*form)->model()->headerData(PersonRolesModel::ScopeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Wilayah"));

    // Esc leaves the new role unsaved.
    QString title;
    onNextDialog<AddRoleDialog>([&title](AddRoleDialog& dialog) {
        title = dialog.windowTitle();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    pressToOpen(*form, Qt::Key_A); // "T&ambah peran…"
    QVERIFY(m_dialogOpened);
    QVERIFY(!m_dialogLeftOpen);
    QCOMPARE(title, QStringLiteral("Tambah peran"));
    QCOMPARE(rolesOf(rahmat).size(), std::size_t(1));

    // Alt+A, Down twice (Relawan, Koordinator kampung, PKD), Enter: PKD of his village from today.
    QString scope, start, kind;
    activate(*form);
    onNextDialog<AddRoleDialog>([&](AddRoleDialog& dialog) {
        auto* kinds = dialog.findChild<QComboBox*>("kindComboBox");
        QCOMPARE(QApplication::focusWidget(), kinds);
        QTest::keyClick(kinds, Qt::Key_Down);
        QTest::keyClick(kinds, Qt::Key_Down);
        kind = kinds->currentText();
        scope = dialog.findChild<QComboBox*>("scopeComboBox")->currentText();
        start = dialog.findChild<QLineEdit*>("startDateLineEdit")->text();
        QTest::keyClick(kinds, Qt::Key_Return);
    });
    pressToOpen(*form, Qt::Key_A);
    QVERIFY(!m_dialogLeftOpen);
    QCOMPARE(kind, QStringLiteral("PKD"));
    QCOMPARE(scope, QStringLiteral("Durian — Sei Balai (12.19.07.2004)"));
    QCOMPARE(start, gui::formatUserDate(core::todayUtc()));

    const auto roles = rolesOf(rahmat);
    QCOMPARE(roles.size(), std::size_t(2));
    const auto pkd = std::find_if(roles.begin(), roles.end(),
                                  [](const core::PersonRole& role) { return role.kind == core::RoleKind::Pkd; });
    QVERIFY(pkd != roles.end());
    QCOMPARE(pkd->scopeCode, std::string(kDurian));
    QCOMPARE(pkd->startDate, std::optional(core::todayUtc()));
    QVERIFY(!pkd->endDate);
    QCOMPARE(pkd->meta.createdBy, std::string(kActor));
    const auto history = roleHistory(*pkd);
    QCOMPARE(history.size(), std::size_t(1));
    QCOMPARE(history.front().action, std::string("create"));
    QCOMPARE(history.front().actor, std::string(kActor));

    // The list shows both, the cursor on the new one; the person's own record did not change.
    QCOMPARE(rolesTable(*form)->model()->rowCount(), 2);
    const int row = rolesTable(*form)->currentIndex().row();
    QCOMPARE(cell(*form, row, PersonRolesModel::KindColumn), QStringLiteral("PKD"));
    QVERIFY2(form->findChild<QLabel*>("roleStatusLabel")->text().contains(QStringLiteral("PKD")),
             qPrintable(form->findChild<QLabel*>("roleStatusLabel")->text()));
    QCOMPARE(stored(rahmat).meta.revision, rahmat.meta.revision);

    // A PTPS elsewhere: Alt+W ("&Wilayah"), part of the village's name, Enter.
    activate(*form);
    QString otherScope;
    onNextDialog<AddRoleDialog>([&otherScope](AddRoleDialog& dialog) {
        auto* kinds = dialog.findChild<QComboBox*>("kindComboBox");
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(kinds, Qt::Key_Down); // PTPS
        }
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("kwala sika"));
        otherScope = dialog.findChild<QComboBox*>("scopeComboBox")->currentText();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    pressToOpen(*form, Qt::Key_A);
    QVERIFY(!m_dialogLeftOpen);
    QCOMPARE(otherScope, QStringLiteral("kwala sika"));
    const auto afterPtps = rolesOf(rahmat);
    QCOMPARE(afterPtps.size(), std::size_t(3));
    QVERIFY(std::any_of(afterPtps.begin(), afterPtps.end(), [](const core::PersonRole& role) {
        return role.kind == core::RoleKind::Ptps && role.scopeCode == kKwalaSikasim;
    }));

    // The same role twice is refused in the dialog, which stays open.
    QString refusal;
    activate(*form);
    onNextDialog<AddRoleDialog>([&refusal](AddRoleDialog& dialog) {
        auto* kinds = dialog.findChild<QComboBox*>("kindComboBox");
        QTest::keyClick(kinds, Qt::Key_Down);
        QTest::keyClick(kinds, Qt::Key_Down);
        QTest::keyClick(kinds, Qt::Key_Return);
        refusal = dialog.findChild<QLabel*>("issueLabel")->text();
    });
    pressToOpen(*form, Qt::Key_A);
    QVERIFY(m_dialogLeftOpen);
    QVERIFY2(refusal.contains(QStringLiteral("Rahmat Batubara")), qPrintable(refusal));
    QCOMPARE(rolesOf(rahmat).size(), std::size_t(3));

    // Nothing in the form itself changed: Esc closes without a question.
    activate(*form);
    m_answerer.answerNext(QMessageBox::Cancel);
    QTest::keyClick(form.get(), Qt::Key_Escape);
    QVERIFY(!form->isVisible());
    QCOMPARE(m_answerer.text(), QString());
}

void RoleEditorTest::aPersonTooYoungForARoleIsNotGivenIt()
{
    // 19 on the election day of 14 February 2024: old enough for a relawan (17), not for a PTPS (21).
    core::SettingsStore(m_db->database()).setElectionDay(date(2024, 2, 14));
    const core::Person dimas =
        addPerson("Dimas Saragih", "1219070106040004", date(2004, 6, 1), {{core::RoleKind::Relawan, kDurian}});
    const auto form = openForm(dimas);
    QString refusal;
    onNextDialog<AddRoleDialog>([&refusal](AddRoleDialog& dialog) {
        auto* kinds = dialog.findChild<QComboBox*>("kindComboBox");
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(kinds, Qt::Key_Down); // PTPS
        }
        QTest::keyClick(kinds, Qt::Key_Return);
        refusal = dialog.findChild<QLabel*>("issueLabel")->text();
    });
    pressToOpen(*form, Qt::Key_A);
    QVERIFY(m_dialogLeftOpen);
    QVERIFY2(refusal.contains(QStringLiteral("21")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("PTPS")), qPrintable(refusal));
    QCOMPARE(rolesOf(dimas).size(), std::size_t(1));
}

void RoleEditorTest::aPanwascamTermEndsWithItsReason()
{
    const core::Person sari =
        addPerson("Sari Lubis", "1219075503850002", date(1985, 3, 15), {{core::RoleKind::AnggotaPanwascam, kSeiBalai}});
    const core::PersonRole panwascam = rolesOf(sari).front();
    const auto form = openForm(sari);
    QCOMPARE(cell(*form, 0, PersonRolesModel::KindColumn), QStringLiteral("Anggota Panwascam"));
    QCOMPARE(cell(*form, 0, PersonRolesModel::ScopeColumn), QStringLiteral("Sei Balai (12.19.07)"));
    auto* end = form->findChild<QPushButton*>("endRolePushButton");
    QVERIFY(end->isEnabled()); // the cursor waits on her current role

    // Tab to the list, then Alt+R ("Akhiri pe&ran…"). An end before the start and a missing reason are refused in the
    // dialog; then today, "Masa jabatan berakhir", Enter.
    QTest::keyClick(form.get(), Qt::Key_E, Qt::AltModifier); // "P&endidikan", the field before the roles
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), rolesTable(*form));
    QStringList refusals;
    QString intro, endDate;
    onNextDialog<EndRoleDialog>([&](EndRoleDialog& dialog) {
        intro = dialog.findChild<QLabel*>("introLabel")->text();
        auto* date = dialog.findChild<QLineEdit*>("endDateLineEdit");
        auto* reason = dialog.findChild<QComboBox*>("reasonComboBox");
        auto* issue = dialog.findChild<QLabel*>("issueLabel");
        QCOMPARE(QApplication::focusWidget(), date);
        endDate = date->text();
        QTest::keyClick(date, Qt::Key_Return);
        refusals << issue->text(); // no reason yet
        QVERIFY(reason->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Masa jabatan berakhir"));
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier); // "Tanggal &selesai"
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, QStringLiteral("31/12/2022"));
        QTest::keyClick(date, Qt::Key_Return);
        refusals << issue->text(); // core: an end before the start
        QVERIFY(dialog.isVisible());
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, gui::formatUserDate(core::todayUtc()));
        QTest::keyClick(date, Qt::Key_Return);
    });
    pressToOpen(*form, Qt::Key_R);
    QVERIFY(m_dialogOpened);
    QVERIFY(!m_dialogLeftOpen);
    QVERIFY2(intro.contains(QStringLiteral("Anggota Panwascam")), qPrintable(intro));
    QCOMPARE(endDate, gui::formatUserDate(core::todayUtc()));
    QCOMPARE(refusals.size(), 2);
    QVERIFY2(refusals[0].contains(QStringLiteral("alasan")), qPrintable(refusals[0]));
    QVERIFY2(refusals[1].contains(QStringLiteral("sebelum")), qPrintable(refusals[1]));

    // Ended, not removed: the role keeps its history, with its end date, reason and who ended it.
    const auto roles = rolesOf(sari);
    QCOMPARE(roles.size(), std::size_t(1));
    QCOMPARE(roles.front().endDate, std::optional(core::todayUtc()));
    QCOMPARE(roles.front().endReason, std::string("Masa jabatan berakhir"));
    QCOMPARE(roles.front().meta.revision, panwascam.meta.revision + 1);
    QCOMPARE(roles.front().meta.updatedBy, std::string(kActor));
    const auto history = roleHistory(panwascam);
    QVERIFY(std::any_of(history.begin(), history.end(), [](const core::AuditEntry& entry) {
        return entry.action == "update" && entry.actor == kActor && entry.before &&
               entry.before->at("end_date").is_null() && entry.after &&
               entry.after->at("end_reason") == "Masa jabatan berakhir";
    }));

    // The list shows the end; an ended role cannot be ended again.
    QCOMPARE(cell(*form, 0, PersonRolesModel::EndColumn), gui::formatUserDate(core::todayUtc()));
    QCOMPARE(cell(*form, 0, PersonRolesModel::ReasonColumn), QStringLiteral("Masa jabatan berakhir"));
    QVERIFY(!end->isEnabled());
}

void RoleEditorTest::movingAPersonTakesTheRolesHeldThereOnYes()
{
    const core::Person rahmat =
        addPerson("Rahmat Batubara", "1219071205870003", date(1987, 5, 12),
                  {{core::RoleKind::Relawan, kDurian}, {core::RoleKind::StafSekretariat, kSeiBalai}});
    const auto form = openForm(rahmat);
    auto* village = form->findChild<QLineEdit*>("villageLineEdit");
    QTest::keyClick(form.get(), Qt::Key_D, Qt::AltModifier); // "&Desa/Kelurahan"
    QCOMPARE(QApplication::focusWidget(), village);
    QTest::keyClick(village, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(village, QStringLiteral("Kwala Sikasim"));
    m_answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(village, Qt::Key_Return);
    QVERIFY(!form->isVisible()); // saved and closed
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Durian (12.19.07.2004)")), qPrintable(m_answerer.text()));
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Kwala Sikasim (12.19.07.2001)")),
             qPrintable(m_answerer.text()));
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Relawan")), qPrintable(m_answerer.text()));
    QVERIFY2(m_answerer.text().contains(QStringLiteral("ikut pindah")), qPrintable(m_answerer.text()));
    QVERIFY2(!m_answerer.text().contains(QStringLiteral("Staf sekretariat")), qPrintable(m_answerer.text()));

    QCOMPARE(stored(rahmat).villageCode, std::string(kKwalaSikasim));
    QCOMPARE(stored(rahmat).meta.revision, rahmat.meta.revision + 1);
    for (const core::PersonRole& role : rolesOf(rahmat)) {
        if (role.kind == core::RoleKind::Relawan) {
            QCOMPARE(role.scopeCode, std::string(kKwalaSikasim)); // the village role moved with him
            QCOMPARE(role.meta.revision, 2LL);
            const auto history = roleHistory(role);
            QVERIFY(std::any_of(history.begin(), history.end(), [](const core::AuditEntry& entry) {
                return entry.action == "update" && entry.actor == kActor && entry.before->at("scope_code") == kDurian &&
                       entry.after->at("scope_code") == kKwalaSikasim;
            }));
        } else {
            QCOMPARE(role.scopeCode, std::string(kSeiBalai)); // the kecamatan role was not at his village
            QCOMPARE(role.meta.revision, 1LL);
        }
    }
}

void RoleEditorTest::movingAPersonLeavesTheRolesOnNo()
{
    const core::Person rahmat =
        addPerson("Rahmat Batubara", "1219071205870003", date(1987, 5, 12), {{core::RoleKind::Relawan, kDurian}});
    const auto form = openForm(rahmat);
    auto* village = form->findChild<QLineEdit*>("villageLineEdit");
    QTest::keyClick(form.get(), Qt::Key_D, Qt::AltModifier);
    QTest::keyClick(village, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(village, QStringLiteral("Kwala Sikasim"));
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(village, Qt::Key_Return);
    QVERIFY(!form->isVisible());
    QVERIFY2(m_answerer.text().contains(QStringLiteral("Relawan")), qPrintable(m_answerer.text()));

    QCOMPARE(stored(rahmat).villageCode, std::string(kKwalaSikasim));
    const auto roles = rolesOf(rahmat);
    QCOMPARE(roles.size(), std::size_t(1));
    QCOMPARE(roles.front().scopeCode, std::string(kDurian));
    QCOMPARE(roles.front().meta.revision, 1LL);
    const auto history = roleHistory(roles.front());
    QVERIFY(std::none_of(history.begin(), history.end(),
                         [](const core::AuditEntry& entry) { return entry.action == "update"; }));
}

void RoleEditorTest::cancellingTheMoveQuestionSavesNothing()
{
    const core::Person rahmat =
        addPerson("Rahmat Batubara", "1219071205870003", date(1987, 5, 12), {{core::RoleKind::Relawan, kDurian}});
    const auto form = openForm(rahmat);
    auto* village = form->findChild<QLineEdit*>("villageLineEdit");
    QTest::keyClick(form.get(), Qt::Key_D, Qt::AltModifier);
    QTest::keyClick(village, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(village, QStringLiteral("Kwala Sikasim"));
    m_answerer.answerNext(QMessageBox::Cancel);
    QTest::keyClick(village, Qt::Key_Return);
    QVERIFY(form->isVisible()); // back in the form, the change still typed
    QVERIFY(!m_answerer.text().isEmpty());
    QCOMPARE(stored(rahmat).villageCode, std::string(kDurian));
    QCOMPARE(stored(rahmat).meta.revision, rahmat.meta.revision);
    QCOMPARE(rolesOf(rahmat).front().scopeCode, std::string(kDurian));
    QCOMPARE(village->text(), QStringLiteral("Kwala Sikasim"));
}

void RoleEditorTest::aPersonTooYoungOnANewElectionDayCanStillBeCorrected()
{
    // Registered as PKD (21+) while no election day was set; the district then sets 14 February 2024, when he is 19.
    const core::Person dimas =
        addPerson("Dimas Saragi", "1219070106040004", date(2004, 6, 1), {{core::RoleKind::Pkd, kDurian}});
    core::SettingsStore(m_db->database()).setElectionDay(date(2024, 2, 14));
    const auto form = openForm(dimas);
    const auto tooYoung = [](const std::vector<core::FieldIssue>& issues) {
        return std::any_of(issues.begin(), issues.end(),
                           [](const core::FieldIssue& found) { return found.issue.code == "eligibility.too_young"; });
    };
    QVERIFY(!tooYoung(form->currentCheck().errors));
    QVERIFY(tooYoung(form->currentCheck().warnings)); // shown, in the warning colour
    QVERIFY2(form->findChild<QLabel*>("issuesLabel")->text().contains(QStringLiteral("21")),
             qPrintable(form->findChild<QLabel*>("issuesLabel")->text()));

    // The hard rules stay errors: a NIK one digit short blocks the save.
    auto* nik = form->findChild<QLineEdit*>("nikLineEdit");
    QTest::keyClick(form.get(), Qt::Key_N, Qt::AltModifier);
    QTest::keyClick(nik, Qt::Key_End);
    QTest::keyClick(nik, Qt::Key_Backspace);
    QVERIFY(form->currentCheck().blocked());
    QTest::keyClick(nik, Qt::Key_Return);
    QVERIFY(form->isVisible());
    QCOMPARE(stored(dimas).meta.revision, dimas.meta.revision);
    QTest::keyClick(nik, Qt::Key_4);
    QVERIFY(!form->currentCheck().blocked());

    // His name corrected: one Enter saves, the age warning having been there when the record was stored.
    auto* name = form->findChild<QLineEdit*>("fullNameLineEdit");
    QTest::keyClick(form.get(), Qt::Key_M, Qt::AltModifier); // "Na&ma lengkap"
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, QStringLiteral("k"));
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!form->isVisible());
    QCOMPARE(stored(dimas).fullName, std::string("Dimas Saragik"));
    QCOMPARE(stored(dimas).meta.revision, dimas.meta.revision + 1);
    QCOMPARE(rolesOf(dimas).size(), std::size_t(1)); // the role is left as it was, to be ended apart if need be
    const auto history = core::AuditLog(m_db->database()).history("person", dimas.meta.uuid);
    QVERIFY(std::any_of(history.begin(), history.end(), [](const core::AuditEntry& entry) {
        return entry.action == "update" && entry.actor == kActor && entry.after->at("full_name") == "Dimas Saragik";
    }));

    // Registering someone that young as PKD is still refused.
    RegistrationDialog registration(*m_session, QStringLiteral("12.19"));
    registration.setVillage(QString::fromLatin1(kDurian));
    registration.findChild<QLineEdit*>("nikLineEdit")->setText(QStringLiteral("1219070106040005"));
    registration.findChild<QLineEdit*>("fullNameLineEdit")->setText(QStringLiteral("Dimas Saragih"));
    auto* role = registration.findChild<QComboBox*>("roleComboBox");
    role->setCurrentIndex(role->findData(int(core::RoleKind::Pkd)));
    QVERIFY(tooYoung(registration.currentCheck().errors));
}

void RoleEditorTest::theRolesModelPassesQtsModelTester()
{
    PersonRolesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::PersonRole current;
    current.meta.uuid = "a";
    current.kind = core::RoleKind::Pkd;
    current.scopeCode = kDurian;
    current.startDate = date(2024, 1, 2);
    core::PersonRole ended = current;
    ended.meta.uuid = "b";
    ended.kind = core::RoleKind::AnggotaPanwascam;
    ended.endDate = date(2024, 12, 31);
    ended.endReason = "Masa jabatan berakhir";
    model.setRows({{current, QStringLiteral("Durian (12.19.07.2004)")}, {ended, QStringLiteral("Sei Balai")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PersonRolesModel::ColumnCount));
    QCOMPARE(model.rowOf("b"), 1);
    QCOMPARE(model.rowOf("c"), -1);
    QCOMPARE(model.index(0, PersonRolesModel::StartColumn).data().toString(), QStringLiteral("02/01/2024"));
    QCOMPARE(model.index(1, PersonRolesModel::ReasonColumn).data().toString(), QStringLiteral("Masa jabatan berakhir"));
    QVERIFY(model.index(1, 0).data(PersonRolesModel::EndedRole).toBool());
    QVERIFY(!model.index(0, 0).data(PersonRolesModel::EndedRole).toBool());
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void RoleEditorTest::mnemonicsAreUniqueInEachWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << QStringLiteral("id");
    QTest::newRow("English") << QStringLiteral("en");
}

namespace {

// The Alt keys of a window, as its visible labels (with a buddy) and buttons offer them.
QStringList mnemonics(QWidget& window)
{
    QStringList keys;
    const auto add = [&keys](const QString& text) {
        if (const QKeySequence key = QKeySequence::mnemonic(text); !key.isEmpty()) {
            keys << key.toString();
        }
    };
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window) && label->buddy()) {
            add(label->text());
        }
    }
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(&window)) {
            add(button->text());
        }
    }
    return keys;
}

QStringList repeated(QStringList letters)
{
    letters.sort();
    QStringList twice;
    for (qsizetype i = 1; i < letters.size(); ++i) {
        if (letters[i] == letters[i - 1]) {
            twice << letters[i];
        }
    }
    return twice;
}

} // namespace

void RoleEditorTest::mnemonicsAreUniqueInEachWindow()
{
    QFETCH(QString, language);
    gui::installTranslations(*qApp, language);
    const auto restore = qScopeGuard([] { gui::installTranslations(*qApp, QStringLiteral("id")); });
    const core::Person rahmat =
        addPerson("Rahmat Batubara", "1219071205870003", date(1987, 5, 12), {{core::RoleKind::Relawan, kDurian}});
    const auto form = openForm(rahmat);
    const QStringList inForm = mnemonics(*form);
    QVERIFY2(inForm.size() >= 15, qPrintable(inForm.join(QLatin1Char(' '))));
    QVERIFY2(repeated(inForm).isEmpty(), qPrintable(repeated(inForm).join(QLatin1Char(' '))));

    AddRoleDialog add(*m_session, stored(rahmat), core::todayUtc());
    QCOMPARE(mnemonics(add).size(), 3);
    QVERIFY2(repeated(mnemonics(add)).isEmpty(), qPrintable(mnemonics(add).join(QLatin1Char(' '))));
    EndRoleDialog end(*m_session, rolesOf(rahmat).front(), QStringLiteral("Relawan"));
    QCOMPARE(mnemonics(end).size(), 2);
    QVERIFY2(repeated(mnemonics(end)).isEmpty(), qPrintable(mnemonics(end).join(QLatin1Char(' '))));
}

QTEST_MAIN(RoleEditorTest)
#include "RoleEditorTest.moc"

// The "Orang/Relawan" screen as a district coordinator uses it, in Indonesian, by keyboard: searching as they type,
// narrowing by village, role, gender and age, showing one NIK on purpose, exporting what the filter shows, and
// arriving from the Wilayah screen at the people of one village.
#include "people/PeopleScreen.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "core/roster/RosterExport.h"
#include "core/storage/AuditLog.h"
#include "core/storage/SettingsStore.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/TrainingRepository.h"
#include "people/RosterModel.h"
#include "shell/MainWindow.h"
#include "shell/ScopeSelector.h"
#include "wilayah/WilayahScreen.h"

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas;
using namespace std::chrono_literals;
using gui::PeopleScreen;
using gui::RosterModel;

namespace {

QString masked(const std::string& nik)
{
    return QString(12, QChar(0x2022)) + QString::fromStdString(nik).right(4);
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class PeopleScreenTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsEveryoneOfTheKabupatenCountedAndMasked();
    void villagesAreNamedWithTheirKecamatan();
    void searchRunsAsTheClerkTypes();
    void filtersNarrowTheRoster();
    void clearFiltersShowsEveryoneAgain();
    void trainedAndNotYetTrainedAreFilteredAndCounted();
    void anEmptyRosterSaysWhy();
    void agesAreCountedOnTheElectionDay();
    void showingANikIsConfirmedAndAudited();
    void exportCsvWritesTheFilterWithNikMasked();
    void exportWithFullNikAsksAndIsAudited();
    void exportXlsxWritesAWorkbook();
    void aCancelledExportLeavesNoFile();
    void wilayahOpensTheRosterOfOneVillage();
    void theScopeSelectorNarrowsTheRoster();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        auto* found = m_screen->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no widget %s", name);
        }
        return found;
    }
    QString countText() const { return widget<QLabel>("countLabel")->text(); }
    template<typename Keep>
    int count(Keep keep) const
    {
        return int(std::count_if(m_people.begin(), m_people.end(), keep));
    }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::vector<testing::RosterPerson> m_people;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<PeopleScreen> m_screen;
    testing::MessageBoxAnswerer m_answerer;
    QTemporaryDir m_files;
};

void PeopleScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    m_db = std::make_unique<testing::TestDatabase>();
    m_people = testing::addBatuBaraPeople(m_db->database(), 300);
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "tester", QStringLiteral("12.19")});
}

void PeopleScreenTest::init()
{
    m_answerer.clearText();
    m_screen = std::make_unique<PeopleScreen>(*m_session);
    m_screen->resize(1280, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void PeopleScreenTest::cleanup()
{
    m_answerer.stop();
    m_screen.reset();
}

void PeopleScreenTest::showsEveryoneOfTheKabupatenCountedAndMasked()
{
    QCOMPARE(countText(), QStringLiteral("300 orang"));
    auto* table = widget<QTableView>("rosterTableView");
    QCOMPARE(table->model()->rowCount(), 300);
    QCOMPARE(table->model()->headerData(RosterModel::NikColumn, Qt::Horizontal).toString(), QStringLiteral("NIK"));
    for (int row = 0; row < 20; ++row) {
        const QString nik = table->model()->index(row, RosterModel::NikColumn).data().toString();
        QVERIFY2(nik.isEmpty() || (nik.size() == 16 && nik.startsWith(QString(12, QChar(0x2022)))), qPrintable(nik));
    }
    QVERIFY(!widget<QPushButton>("revealNikPushButton")->isEnabled()); // nobody chosen yet
    QVERIFY(!m_screen->findChild<QAction*>(QStringLiteral("fullNikAction"))->isChecked());
    QCOMPARE(widget<QComboBox>("trainedComboBox")->currentText(), QStringLiteral("Berapa pun"));
}

void PeopleScreenTest::villagesAreNamedWithTheirKecamatan()
{
    auto* villages = widget<QComboBox>("villageComboBox");
    QCOMPARE(villages->count(), 1 + 12 + 151); // everyone, each kecamatan whole, each village
    QCOMPARE(villages->itemText(0), QStringLiteral("Semua desa/kelurahan"));
    const int kecamatan = villages->findData(QStringLiteral("12.19.07"));
    QVERIFY(kecamatan > 0);
    QCOMPARE(villages->itemText(kecamatan), QStringLiteral("Kecamatan Sei Balai (semua desa)"));
    // Batu Bara has two Durian: each names its kecamatan, each keeps its own code.
    const int seiBalai = villages->findData(QStringLiteral("12.19.07.2004"));
    QVERIFY(seiBalai > 0);
    QCOMPARE(villages->itemText(seiBalai), QStringLiteral("Durian (Sei Balai)"));
    QCOMPARE(villages->findText(QStringLiteral("Durian"), Qt::MatchStartsWith) > 0, true);
    int durian = 0;
    for (int i = 1; i < villages->count(); ++i) {
        durian += villages->itemText(i).startsWith(QStringLiteral("Durian (")) ? 1 : 0;
    }
    QCOMPARE(durian, 2);
}

void PeopleScreenTest::searchRunsAsTheClerkTypes()
{
    auto* search = widget<QLineEdit>("searchLineEdit");
    QTest::keyClick(m_screen.get(), Qt::Key_A, Qt::AltModifier); // "C&ari"
    QCOMPARE(QApplication::focusWidget(), search);

    // Typing does not query per key: the search runs once the clerk pauses.
    QTest::keyClicks(search, QStringLiteral("nasution"));
    QCOMPARE(m_screen->model()->filter().search, std::string());
    const int nasution = count(
        [](const auto& p) { return QString::fromStdString(p.person.fullName).contains(QStringLiteral("Nasution")); });
    QVERIFY(nasution > 0 && nasution < 300);
    QTRY_COMPARE(countText(), QStringLiteral("%1 orang").arg(nasution));
    QCOMPARE(m_screen->model()->filter().search, std::string("nasution"));

    // A NIK fragment.
    const std::string& nik = m_people[42].person.nik;
    search->clear();
    QTest::keyClicks(search, QString::fromStdString(nik.substr(6)));
    QTRY_COMPARE(m_screen->model()->filter().search, nik.substr(6));
    QCOMPARE(countText(), QStringLiteral("1 orang"));
    QCOMPARE(m_screen->model()->index(0, 0).data(RosterModel::UuidRole).toString(),
             QString::fromStdString(m_people[42].person.meta.uuid));

    // A phone as people say it, 0812..., finds the number stored as +62812...; Enter goes to the person at once.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("081270000101"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(countText(), QStringLiteral("1 orang"));
    auto* table = widget<QTableView>("rosterTableView");
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(table->currentIndex().siblingAtColumn(RosterModel::PhoneColumn).data().toString(),
             QStringLiteral("0812-7000-0101"));
    QCOMPARE(table->currentIndex().data().toString(), QString::fromStdString(m_people[100].person.fullName));
    QVERIFY(widget<QPushButton>("revealNikPushButton")->isEnabled());

    search->clear();
    QTest::keyClicks(search, QStringLiteral("tidak ada orang bernama ini"));
    QTRY_COMPARE(countText(), QStringLiteral("0 orang"));
}

void PeopleScreenTest::filtersNarrowTheRoster()
{
    const auto has = [](const testing::RosterPerson& p, core::RoleKind kind) {
        return std::find(p.roles.begin(), p.roles.end(), kind) != p.roles.end();
    };
    // Alt+P ("&Peran") to the role, then PKD.
    auto* role = widget<QComboBox>("roleComboBox");
    QTest::keyClick(m_screen.get(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), role);
    role->setCurrentIndex(role->findText(QStringLiteral("PKD")));
    const int pkd = count([&has](const auto& p) { return has(p, core::RoleKind::Pkd); });
    QCOMPARE(countText(), QStringLiteral("%1 orang").arg(pkd));

    // Alt+J ("&Jenis kelamin"): only the women among them.
    auto* gender = widget<QComboBox>("genderComboBox");
    QTest::keyClick(m_screen.get(), Qt::Key_J, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), gender);
    gender->setCurrentIndex(gender->findText(QStringLiteral("Perempuan")));
    const int womenPkd =
        count([&has](const auto& p) { return has(p, core::RoleKind::Pkd) && p.person.gender == core::Gender::Female; });
    QCOMPARE(countText(), QStringLiteral("%1 orang").arg(womenPkd));

    // Everyone again, then an age range typed into the spin boxes: Alt+I ("Us&ia dari"), 21, Tab, 30.
    role->setCurrentIndex(0);
    gender->setCurrentIndex(0);
    QCOMPARE(countText(), QStringLiteral("300 orang"));
    auto* minimum = widget<QSpinBox>("minimumAgeSpinBox");
    auto* maximum = widget<QSpinBox>("maximumAgeSpinBox");
    QCOMPARE(minimum->text(), QStringLiteral("semua"));
    QTest::keyClick(m_screen.get(), Qt::Key_I, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), minimum);
    QTest::keyClicks(minimum, QStringLiteral("21"));
    QTest::keyClick(minimum, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), maximum);
    QTest::keyClicks(maximum, QStringLiteral("30"));
    QCOMPARE(minimum->value(), 21);
    QCOMPARE(maximum->value(), 30);
    const core::Date today = core::todayUtc();
    const int twenties = count([&today](const auto& p) {
        const core::Date& birth = *p.person.birthDate;
        int age = int(today.year()) - int(birth.year());
        if (today.month() < birth.month() || (today.month() == birth.month() && today.day() < birth.day())) {
            --age;
        }
        return age >= 21 && age <= 30;
    });
    QTRY_COMPARE(countText(), QStringLiteral("%1 orang").arg(twenties));
    for (int row = 0; row < m_screen->model()->rowCount(); ++row) {
        const int age = m_screen->model()->index(row, RosterModel::AgeColumn).data().toInt();
        QVERIFY2(age >= 21 && age <= 30, qPrintable(QString::number(age)));
    }

    // Target group on top of it.
    auto* group = widget<QComboBox>("targetGroupComboBox");
    group->setCurrentIndex(group->findText(QStringLiteral("Perempuan")));
    QVERIFY(m_screen->model()->filter().targetGroup == core::TargetGroup::Perempuan);
    QVERIFY(m_screen->model()->rowCount() < twenties);
    for (int row = 0; row < m_screen->model()->rowCount(); ++row) {
        QCOMPARE(m_screen->model()->index(row, RosterModel::GenderColumn).data().toString(),
                 QStringLiteral("Perempuan"));
    }

    // A village of the kabupaten.
    auto* village = widget<QComboBox>("villageComboBox");
    group->setCurrentIndex(0);
    minimum->setValue(0);
    maximum->setValue(0);
    village->setCurrentIndex(village->findData(QStringLiteral("12.19.07.2004")));
    const int durian = count([](const auto& p) { return p.person.villageCode == "12.19.07.2004"; });
    QTRY_COMPARE(countText(), QStringLiteral("%1 orang").arg(durian));
    QCOMPARE(m_screen->model()->index(0, RosterModel::VillageColumn).data().toString(), QStringLiteral("Durian"));
    QCOMPARE(m_screen->model()->index(0, RosterModel::KecamatanColumn).data().toString(), QStringLiteral("Sei Balai"));
}

void PeopleScreenTest::clearFiltersShowsEveryoneAgain()
{
    widget<QLineEdit>("searchLineEdit")->setText(QStringLiteral("Siregar"));
    widget<QComboBox>("genderComboBox")->setCurrentIndex(1);
    widget<QComboBox>("roleComboBox")->setCurrentIndex(1);
    QTRY_VERIFY(countText() != QStringLiteral("300 orang"));
    QTest::keyClick(m_screen.get(), Qt::Key_H, Qt::AltModifier); // "&Hapus filter" (a button clicks after a moment)
    QTRY_COMPARE(countText(), QStringLiteral("300 orang"));
    QCOMPARE(widget<QLineEdit>("searchLineEdit")->text(), QString());
    QCOMPARE(widget<QComboBox>("genderComboBox")->currentIndex(), 0);
    QCOMPARE(widget<QComboBox>("roleComboBox")->currentIndex(), 0);
}

void PeopleScreenTest::trainedAndNotYetTrainedAreFilteredAndCounted()
{
    // Three people attended the Rakernis; the first of them also both days of a bimtek.
    core::TrainingRepository trainings(m_db->database());
    core::AttendanceRepository attendance(m_db->database());
    const auto plan = [&trainings](core::TrainingKind kind, const char* title, core::Date first, core::Date last) {
        core::Training training;
        training.kind = kind;
        training.title = title;
        training.scopeCode = "12.19";
        training.startDate = first;
        training.endDate = last;
        return trainings.save(training, "tester");
    };
    const auto rakernis = plan(core::TrainingKind::Rakernis, "Rakernis Kampung Pengawasan",
                               2024y / std::chrono::September / 15d, 2024y / std::chrono::September / 15d);
    const auto bimtek = plan(core::TrainingKind::Bimtek, "Bimtek PTPS", 2024y / std::chrono::October / 1d,
                             2024y / std::chrono::October / 2d);
    for (int i = 0; i < 3; ++i) {
        attendance.record(rakernis.meta.uuid, m_people[std::size_t(i)].person.meta.uuid, rakernis.startDate, "tester");
    }
    attendance.record(bimtek.meta.uuid, m_people[0].person.meta.uuid, bimtek.startDate, "tester");
    attendance.record(bimtek.meta.uuid, m_people[0].person.meta.uuid, bimtek.endDate, "tester");
    m_screen->refresh();

    // Alt+L ("Pe&latihan diikuti"), then "Minimal satu".
    auto* trained = widget<QComboBox>("trainedComboBox");
    QTest::keyClick(m_screen.get(), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), trained);
    QTest::keyClick(trained, Qt::Key_Down);
    QCOMPARE(trained->currentText(), QStringLiteral("Minimal satu"));
    QTRY_COMPARE(countText(), QStringLiteral("3 orang"));
    QMap<QString, int> shown;
    for (int row = 0; row < m_screen->model()->rowCount(); ++row) {
        shown[m_screen->model()->index(row, RosterModel::NameColumn).data().toString()] =
            m_screen->model()->index(row, RosterModel::TrainingsColumn).data().toInt();
    }
    QCOMPARE(shown.value(QString::fromStdString(m_people[0].person.fullName)), 2); // two days of one bimtek: one
    QCOMPARE(shown.value(QString::fromStdString(m_people[1].person.fullName)), 1);
    QCOMPARE(shown.value(QString::fromStdString(m_people[2].person.fullName)), 1);

    QTest::keyClick(trained, Qt::Key_Down);
    QCOMPARE(trained->currentText(), QStringLiteral("Belum ada"));
    QTRY_COMPARE(countText(), QStringLiteral("297 orang"));

    core::TrainingService(m_db->database(), "tester").remove(rakernis.meta.uuid);
    core::TrainingService(m_db->database(), "tester").remove(bimtek.meta.uuid);
}

void PeopleScreenTest::anEmptyRosterSaysWhy()
{
    auto* empty = widget<QLabel>("emptyLabel");
    QVERIFY(!empty->isVisible());
    QTest::keyClicks(widget<QLineEdit>("searchLineEdit"), QStringLiteral("Zzyzx Qwerty"));
    QTRY_COMPARE(countText(), QStringLiteral("0 orang"));
    QVERIFY(empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Hapus filter")), qPrintable(empty->text()));

    // A kecamatan where nobody is registered yet: the way to register is shown instead.
    QTest::keyClick(m_screen.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE(countText(), QStringLiteral("300 orang"));
    QVERIFY(!empty->isVisible());
    PeopleScreen elsewhere(*m_session);
    elsewhere.setScope(QStringLiteral("12.07")); // Deli Serdang: outside the people of this database
    elsewhere.show();
    auto* nobody = elsewhere.findChild<QLabel*>(QStringLiteral("emptyLabel"));
    QTRY_VERIFY(nobody->isVisible());
    QVERIFY2(nobody->text().contains(QStringLiteral("Ctrl+N")), qPrintable(nobody->text()));
}

void PeopleScreenTest::agesAreCountedOnTheElectionDay()
{
    auto* table = widget<QTableView>("rosterTableView");
    const QString name = table->model()->index(0, RosterModel::NameColumn).data().toString();
    const int ageToday = table->model()->index(0, RosterModel::AgeColumn).data().toInt();
    const core::Date today = core::todayUtc();
    core::Date inTenYears{today.year() + std::chrono::years{10}, today.month(), today.day()};
    if (!inTenYears.ok()) {
        inTenYears = core::Date{inTenYears.year(), std::chrono::March, std::chrono::day{1}};
    }
    core::SettingsStore(m_db->database()).setElectionDay(inTenYears);
    m_screen->refresh();
    QCOMPARE(table->model()->index(0, RosterModel::NameColumn).data().toString(), name);
    QCOMPARE(table->model()->index(0, RosterModel::AgeColumn).data().toInt(), ageToday + 10);
    core::SettingsStore(m_db->database()).setElectionDay(std::nullopt);
}

void PeopleScreenTest::showingANikIsConfirmedAndAudited()
{
    const auto& person = m_people[7].person;
    widget<QLineEdit>("searchLineEdit")->setText(QString::fromStdString(person.nik));
    QTRY_COMPARE(countText(), QStringLiteral("1 orang"));
    auto* table = widget<QTableView>("rosterTableView");
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    auto* reveal = widget<QPushButton>("revealNikPushButton");
    QVERIFY(reveal->isEnabled());
    QCOMPARE(testing::visibleText(reveal->text()), QStringLiteral("Tampilkan NIK"));
    const QModelIndex nik = table->model()->index(0, RosterModel::NikColumn);
    QCOMPARE(nik.data().toString(), masked(person.nik));
    const auto reveals = [this, &person] {
        const auto history = core::AuditLog(m_db->database()).history("person", person.meta.uuid);
        return std::count_if(history.begin(), history.end(), [](const auto& e) { return e.action == "reveal"; });
    };
    QCOMPARE(reveals(), 0);

    // Alt+N ("Tampilkan &NIK"), and the clerk thinks better of it: nothing shown, nothing logged.
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(m_screen.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_VERIFY(!m_answerer.text().isEmpty());
    QVERIFY2(m_answerer.text().contains(QString::fromStdString(person.fullName)), qPrintable(m_answerer.text()));
    QVERIFY(m_answerer.text().contains(QStringLiteral("log audit")));
    QCOMPARE(nik.data().toString(), masked(person.nik));
    QCOMPARE(reveals(), 0);

    // Again, and yes: the NIK shows and the audit log names who saw it.
    m_screen->activateWindow(); // what the window manager does when the question closes
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(m_screen.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(nik.data().toString(), QString::fromStdString(person.nik));
    QCOMPARE(reveals(), 1);
    const auto history = core::AuditLog(m_db->database()).history("person", person.meta.uuid);
    QCOMPARE(history.back().action, std::string("reveal"));
    QCOMPARE(history.back().actor, std::string("tester"));
    QCOMPARE(testing::visibleText(reveal->text()), QStringLiteral("Sembunyikan NIK"));

    // Hiding needs no question.
    m_screen->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    QTest::keyClick(m_screen.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(nik.data().toString(), masked(person.nik));
    QCOMPARE(testing::visibleText(reveal->text()), QStringLiteral("Tampilkan NIK"));
    QCOMPARE(reveals(), 1);
}

void PeopleScreenTest::exportCsvWritesTheFilterWithNikMasked()
{
    QVERIFY(m_screen->showVillage(QStringLiteral("12.19.07.2004")));
    std::vector<const core::Person*> durian;
    for (const auto& p : m_people) {
        if (p.person.villageCode == "12.19.07.2004") {
            durian.push_back(&p.person);
        }
    }
    QVERIFY(durian.size() >= 2);

    const QString path = m_files.filePath(QStringLiteral("durian.csv"));
    QSignalSpy exported(m_screen.get(), &PeopleScreen::exported);
    QVERIFY(m_screen->exportTo(path, PeopleScreen::ExportFormat::Csv));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().at(1).toLongLong(), qint64(durian.size()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(raw.readAll().startsWith("\xEF\xBB\xBF")); // the byte-order mark, so that Excel reads UTF-8
    QStringList lines = readLines(path);
    QCOMPARE(lines.size(), int(durian.size()) + 1);
    if (lines.front().startsWith(QChar(0xFEFF))) {
        lines.front().remove(0, 1);
    }
    QCOMPARE(lines.front(), QStringLiteral("Nama,NIK,Jenis kelamin,Tanggal lahir,Usia,Kode desa,Desa/Kelurahan,"
                                           "Kecamatan,Peran,Telepon,Pelatihan"));
    for (const core::Person* person : durian) {
        const auto line = std::find_if(lines.begin(), lines.end(), [person](const QString& l) {
            return l.startsWith(QString::fromStdString(person->fullName) + QLatin1Char(','));
        });
        QVERIFY2(line != lines.end(), person->fullName.c_str());
        QVERIFY2(line->contains(masked(person->nik)), qPrintable(*line));
        QVERIFY(!line->contains(QString::fromStdString(person->nik)));
        QVERIFY(line->contains(QStringLiteral(",12.19.07.2004,Durian,Sei Balai,")));
        QVERIFY(line->contains(QString::fromStdString(core::formatIsoDate(*person->birthDate))));
        QVERIFY(line->contains(person->gender == core::Gender::Female ? QStringLiteral(",Perempuan,")
                                                                      : QStringLiteral(",Laki-laki,")));
    }
}

void PeopleScreenTest::exportWithFullNikAsksAndIsAudited()
{
    QVERIFY(m_screen->showVillage(QStringLiteral("12.19.07.2004")));
    const auto& first = *std::find_if(m_people.begin(), m_people.end(),
                                      [](const auto& p) { return p.person.villageCode == "12.19.07.2004"; });
    // Ctrl+E opens the export menu; L ("Sertakan NIK &lengkap di ekspor") ticks the full NIK.
    auto* fullNik = m_screen->findChild<QAction*>(QStringLiteral("fullNikAction"));
    QTimer::singleShot(0, this, [] {
        QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_L);
    });
    QTest::keyClick(m_screen.get(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(fullNik->isChecked());

    // Declined: no file.
    const QString path = m_files.filePath(QStringLiteral("durian-full.csv"));
    m_answerer.answerNext(QMessageBox::No);
    QVERIFY(!m_screen->exportTo(path, PeopleScreen::ExportFormat::Csv));
    QVERIFY(m_answerer.text().contains(QStringLiteral("NIK lengkap")));
    QVERIFY(!QFile::exists(path));

    m_answerer.answerNext(QMessageBox::Yes);
    QVERIFY(m_screen->exportTo(path, PeopleScreen::ExportFormat::Csv));
    const QStringList lines = readLines(path);
    QVERIFY(lines.size() >= 3);
    const auto line = std::find_if(lines.begin(), lines.end(), [&first](const QString& l) {
        return l.startsWith(QString::fromStdString(first.person.fullName) + QLatin1Char(','));
    });
    QVERIFY(line != lines.end());
    QVERIFY2(line->contains(QLatin1Char(',') + QString::fromStdString(first.person.nik) + QLatin1Char(',')),
             qPrintable(*line));
    QVERIFY(!lines.join(QLatin1Char('\n')).contains(QChar(0x2022)));

    // The audit log keeps who took full NIKs, of which filter and how many.
    SQLite::Statement query(m_db->database().connection(),
                            "SELECT actor, after_json FROM audit_log WHERE entity = 'roster_export' ORDER BY id DESC");
    QVERIFY(query.executeStep());
    QCOMPARE(query.getColumn(0).getString(), std::string("tester"));
    const auto logged = nlohmann::json::parse(query.getColumn(1).getString());
    QCOMPARE(logged.at("rows").get<int>(), lines.size() - 1);
    QCOMPARE(logged.at("filter").at("scope").get<std::string>(), std::string("12.19.07.2004"));
    QCOMPARE(logged.at("to").get<std::string>(), std::string("durian-full.csv"));
}

void PeopleScreenTest::exportXlsxWritesAWorkbook()
{
    widget<QComboBox>("roleComboBox")
        ->setCurrentIndex(widget<QComboBox>("roleComboBox")->findText(QStringLiteral("PKD")));
    const QString path = m_files.filePath(QStringLiteral("pkd.xlsx"));
    QVERIFY(m_screen->exportTo(path, PeopleScreen::ExportFormat::Xlsx));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith("PK")); // a zip container, as every .xlsx is
    QVERIFY(bytes.contains("xl/worksheets/sheet1.xml"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

    // A folder that cannot be written: a clear message, no file.
    const QString nowhere = m_files.filePath(QStringLiteral("no-such-folder/pkd.xlsx"));
    m_answerer.answerNext(QMessageBox::Ok);
    QVERIFY(!m_screen->exportTo(nowhere, PeopleScreen::ExportFormat::Xlsx));
    QVERIFY2(m_answerer.text().contains(QStringLiteral("tidak dapat ditulis")), qPrintable(m_answerer.text()));
    QVERIFY(!QFile::exists(nowhere));
}

// Cancel in the progress dialog stops the worker at its next step: no file, not even a partial one, and an older
// file of that name is kept.
void PeopleScreenTest::aCancelledExportLeavesNoFile()
{
    const QString path = m_files.filePath(QStringLiteral("cancelled.csv"));
    {
        QFile older(path);
        QVERIFY(older.open(QIODevice::WriteOnly));
        older.write("older export\n");
    }
    for (const bool xlsx : {false, true}) {
        int steps = 0;
        core::Progress progress;
        progress.cancelled = [&steps] { return ++steps > 1; }; // the user cancels after the first 256 rows
        const std::filesystem::path target = (path + (xlsx ? QStringLiteral(".xlsx") : QString())).toStdString();
        bool cancelled = false;
        try {
            if (xlsx) {
                core::exportRosterXlsx(target, m_db->database(), {}, {}, {}, progress);
            } else {
                core::exportRosterCsv(target, m_db->database(), {}, {}, {}, progress);
            }
        } catch (const core::Error& e) {
            cancelled = e.kind() == core::ErrorKind::Cancelled;
        }
        QVERIFY(cancelled);
        QVERIFY(!std::filesystem::exists(std::filesystem::path(target).concat(".part")));
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".xlsx")));
    QCOMPARE(readLines(path), QStringList{QStringLiteral("older export")});
}

void PeopleScreenTest::wilayahOpensTheRosterOfOneVillage()
{
    m_screen.reset();
    gui::MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showScreen(gui::MainWindow::ScreenId::Wilayah);
    auto* button = window.wilayahScreen()->findChild<QPushButton*>(QStringLiteral("peoplePushButton"));
    QVERIFY(button);
    QVERIFY(!button->isVisible()); // nothing chosen yet
    QVERIFY(window.wilayahScreen()->selectRegion(QStringLiteral("12.19.07")));
    QVERIFY(!button->isVisible()); // a kecamatan is not a village
    QVERIFY(window.wilayahScreen()->selectRegion(QStringLiteral("12.19.07.2004")));
    QVERIFY(button->isVisible());
    QCOMPARE(testing::visibleText(button->text()), QStringLiteral("Lihat daftar orang desa ini"));

    QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier); // "Lihat &daftar orang desa ini"
    QTRY_COMPARE(window.currentScreen(), gui::MainWindow::ScreenId::Orang);
    auto* people = window.peopleScreen();
    QCOMPARE(people->findChild<QComboBox*>(QStringLiteral("villageComboBox"))->currentText(),
             QStringLiteral("Durian (Sei Balai)"));
    const int durian = count([](const auto& p) { return p.person.villageCode == "12.19.07.2004"; });
    QCOMPARE(people->model()->rowCount(), durian);
    QCOMPARE(people->findChild<QLabel*>(QStringLiteral("countLabel"))->text(), QStringLiteral("%1 orang").arg(durian));
}

void PeopleScreenTest::theScopeSelectorNarrowsTheRoster()
{
    m_screen.reset();
    gui::MainWindow window(*m_session);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showScreen(gui::MainWindow::ScreenId::Orang);
    auto* people = window.peopleScreen();
    QCOMPARE(people->model()->rowCount(), 300);

    QComboBox* kecamatan = window.scopeSelector()->kecamatanComboBox();
    kecamatan->setCurrentIndex(kecamatan->findText(QStringLiteral("Sei Balai")));
    const int seiBalai = count([](const auto& p) { return p.person.villageCode.rfind("12.19.07.", 0) == 0; });
    QCOMPARE(people->model()->rowCount(), seiBalai);
    auto* villages = people->findChild<QComboBox*>(QStringLiteral("villageComboBox"));
    QCOMPARE(villages->count(), 1 + 14);
    for (int i = 1; i < villages->count(); ++i) {
        QVERIFY2(villages->itemText(i).endsWith(QStringLiteral("(Sei Balai)")), qPrintable(villages->itemText(i)));
    }
    kecamatan->setCurrentIndex(0);
    QCOMPARE(people->model()->rowCount(), 300);
}

QTEST_MAIN(PeopleScreenTest)
#include "PeopleScreenTest.moc"

// The roster's model over 1,100 Batu Bara people: Qt's model tester, and proof that it pages — it counts everyone
// but holds only a few pages — while search, filters and sort run in SQL and agree with the people as made.
#include "people/RosterModel.h"

#include "GuiTestSupport.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "common/Translations.h"

#include <algorithm>
#include <functional>
#include <memory>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace relawas;
using gui::RosterModel;

namespace {

int ageOn(const core::Date& birth, const core::Date& reference)
{
    int years = int(reference.year()) - int(birth.year());
    if (reference.month() < birth.month() || (reference.month() == birth.month() && reference.day() < birth.day())) {
        --years;
    }
    return years;
}

bool contains(const std::string& text, const std::string& part)
{
    return !part.empty() && QString::fromStdString(text).contains(QString::fromStdString(part), Qt::CaseInsensitive);
}

bool byName(const testing::RosterPerson& a, const testing::RosterPerson& b)
{
    return QString::fromStdString(a.person.fullName)
               .compare(QString::fromStdString(b.person.fullName), Qt::CaseInsensitive) < 0;
}

using Keep = std::function<bool(const testing::RosterPerson&)>;

} // namespace

Q_DECLARE_METATYPE(relawas::core::RosterFilter)
Q_DECLARE_METATYPE(Keep)

class RosterModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void passesTheModelTesterThroughFiltersAndSorts();
    void countsEveryoneButHoldsOnlyAFewPages();
    void sortsByNameThenByAgeInSql();
    void columnsWithoutAnOrderInSqlLeaveTheOrderAlone();
    void filtersAgreeWithThePeopleAsMade_data();
    void filtersAgreeWithThePeopleAsMade();
    void searchFindsNameNikAndPhone_data();
    void searchFindsNameNikAndPhone();
    void nikIsMaskedUntilRevealed();
    void rowsReadInIndonesian();

private:
    // The uuids of the people `keep` accepts, in the order `before` puts them (ties: the order they were made).
    QStringList
    expected(const Keep& keep,
             const std::function<bool(const testing::RosterPerson&, const testing::RosterPerson&)>& before) const;
    static QStringList uuidsShown(const RosterModel& model);

    std::unique_ptr<testing::TestDatabase> m_db;
    std::vector<testing::RosterPerson> m_people;
};

void RosterModelTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    m_db = std::make_unique<testing::TestDatabase>();
    m_people = testing::addBatuBaraPeople(m_db->database(), 1100);
}

void RosterModelTest::cleanupTestCase()
{
    m_db.reset();
}

QStringList RosterModelTest::expected(
    const Keep& keep,
    const std::function<bool(const testing::RosterPerson&, const testing::RosterPerson&)>& before) const
{
    std::vector<const testing::RosterPerson*> kept;
    for (const auto& person : m_people) {
        if (keep(person)) {
            kept.push_back(&person);
        }
    }
    std::stable_sort(kept.begin(), kept.end(), [&before](const auto* a, const auto* b) { return before(*a, *b); });
    QStringList uuids;
    for (const auto* person : kept) {
        uuids << QString::fromStdString(person->person.meta.uuid);
    }
    return uuids;
}

QStringList RosterModelTest::uuidsShown(const RosterModel& model)
{
    QStringList uuids;
    for (int row = 0; row < model.rowCount(); ++row) {
        uuids << model.index(row, 0).data(RosterModel::UuidRole).toString();
    }
    return uuids;
}

void RosterModelTest::passesTheModelTesterThroughFiltersAndSorts()
{
    RosterModel model(m_db->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 1100);
    QCOMPARE(model.columnCount(), int(RosterModel::ColumnCount));

    core::RosterFilter filter;
    filter.scopeCode = "12.19.07";
    model.setFilter(filter);
    filter.search = "Nasution";
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    model.sort(RosterModel::AgeColumn, Qt::DescendingOrder);
    model.sort(RosterModel::KecamatanColumn, Qt::AscendingOrder);
    filter.search = "no one is called this";
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    model.setFilter({});
    QCOMPARE(model.rowCount(), 1100);
    model.setNikRevealed(model.index(5, 0).data(RosterModel::UuidRole).toString(), true);
    model.refresh();
}

void RosterModelTest::countsEveryoneButHoldsOnlyAFewPages()
{
    RosterModel model(m_db->database());
    QCOMPARE(model.totalCount(), 1100);
    QCOMPARE(model.rowCount(), 1100);
    QCOMPARE(model.cachedRowCount(), 0); // counted, nothing read yet

    QVERIFY(!model.index(0, RosterModel::NameColumn).data().toString().isEmpty());
    QCOMPARE(model.cachedRowCount(), RosterModel::kPageSize);

    // A view scrolling from top to bottom: every row is read once, a page at a time, and old pages are let go.
    int most = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, RosterModel::NameColumn).data().toString().isEmpty());
        most = std::max(most, model.cachedRowCount());
    }
    QCOMPARE(most, RosterModel::kPageSize * RosterModel::kPagesKept);
    QVERIFY(most < 1100);

    // Jumping back to the top reads the first page again, from the database.
    QCOMPARE(model.index(0, 0).data(RosterModel::UuidRole).toString(),
             expected([](const auto&) { return true; }, byName).front());
    QVERIFY(model.cachedRowCount() <= RosterModel::kPageSize * RosterModel::kPagesKept);

    // A new filter forgets every page.
    core::RosterFilter women;
    women.gender = core::Gender::Female;
    model.setFilter(women);
    QCOMPARE(model.cachedRowCount(), 0);
    QCOMPARE(model.rowCount(), 550);
}

void RosterModelTest::sortsByNameThenByAgeInSql()
{
    RosterModel model(m_db->database());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Keep everyone = [](const auto&) { return true; };
    QCOMPARE(uuidsShown(model), expected(everyone, byName));

    model.sort(RosterModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.sortColumn(), int(RosterModel::NameColumn));
    QCOMPARE(model.rosterSort().ascending, false);
    // Descending by name is the ascending order exactly reversed, people of one name included (the name index
    // answers it backwards).
    auto descending = expected(everyone, byName);
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(uuidsShown(model), descending);

    // Youngest first: the latest birth date on top.
    model.sort(RosterModel::AgeColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(RosterModel::AgeColumn));
    QCOMPARE(uuidsShown(model), expected(everyone, [](const auto& a, const auto& b) {
                 return *a.person.birthDate > *b.person.birthDate;
             }));
    int youngest = 200;
    int oldest = 0;
    for (const auto& person : m_people) {
        youngest = std::min(youngest, ageOn(*person.person.birthDate, core::todayUtc()));
        oldest = std::max(oldest, ageOn(*person.person.birthDate, core::todayUtc()));
    }
    QCOMPARE(model.index(0, RosterModel::AgeColumn).data().toInt(), youngest);
    QCOMPARE(model.index(model.rowCount() - 1, RosterModel::AgeColumn).data().toInt(), oldest);

    model.sort(RosterModel::AgeColumn, Qt::DescendingOrder);
    QCOMPARE(uuidsShown(model), expected(everyone, [](const auto& a, const auto& b) {
                 return *a.person.birthDate < *b.person.birthDate;
             }));
    QCOMPARE(model.index(0, RosterModel::AgeColumn).data().toInt(), oldest);
}

void RosterModelTest::columnsWithoutAnOrderInSqlLeaveTheOrderAlone()
{
    RosterModel model(m_db->database());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(!RosterModel::isSortable(RosterModel::RolesColumn));
    QVERIFY(!RosterModel::isSortable(RosterModel::TrainingsColumn));
    model.sort(RosterModel::RolesColumn, Qt::DescendingOrder);
    model.sort(RosterModel::TrainingsColumn, Qt::AscendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.sortColumn(), int(RosterModel::NameColumn));
    for (const int column :
         {RosterModel::NameColumn, RosterModel::NikColumn, RosterModel::GenderColumn, RosterModel::AgeColumn,
          RosterModel::VillageColumn, RosterModel::KecamatanColumn, RosterModel::PhoneColumn}) {
        QVERIFY(RosterModel::isSortable(column));
    }
}

void RosterModelTest::filtersAgreeWithThePeopleAsMade_data()
{
    QTest::addColumn<core::RosterFilter>("filter");
    QTest::addColumn<Keep>("keep");
    const core::Date today = core::todayUtc();
    const auto has = [](core::RoleKind kind) {
        return Keep([kind](const testing::RosterPerson& p) {
            return std::find(p.roles.begin(), p.roles.end(), kind) != p.roles.end();
        });
    };

    core::RosterFilter f;
    f.role = core::RoleKind::Pkd;
    QTest::newRow("PKD") << f << has(core::RoleKind::Pkd);
    f = {};
    f.role = core::RoleKind::Narasumber;
    QTest::newRow("speakers") << f << has(core::RoleKind::Narasumber);
    f = {};
    f.gender = core::Gender::Male;
    QTest::newRow("men") << f << Keep([](const auto& p) { return p.person.gender == core::Gender::Male; });
    f = {};
    f.targetGroup = core::TargetGroup::Disabilitas;
    QTest::newRow("with disabilities") << f << Keep([](const auto& p) {
        return p.person.targetGroups.count(core::TargetGroup::Disabilitas) > 0;
    });
    f = {};
    f.minimumAge = 21;
    f.maximumAge = 30;
    QTest::newRow("21 to 30") << f << Keep([today](const auto& p) {
        const int age = ageOn(*p.person.birthDate, today);
        return age >= 21 && age <= 30;
    });
    f = {};
    f.maximumAge = 20;
    QTest::newRow("up to 20") << f << Keep([today](const auto& p) { return ageOn(*p.person.birthDate, today) <= 20; });
    f = {};
    f.scopeCode = "12.19.07.2004"; // Durian, Sei Balai
    QTest::newRow("Durian of Sei Balai") << f
                                         << Keep([](const auto& p) { return p.person.villageCode == "12.19.07.2004"; });
    f = {};
    f.scopeCode = "12.19.07";
    f.gender = core::Gender::Female;
    f.role = core::RoleKind::Relawan;
    QTest::newRow("women volunteers of Sei Balai") << f << Keep([has](const auto& p) {
        return p.person.villageCode.rfind("12.19.07.", 0) == 0 && p.person.gender == core::Gender::Female &&
               has(core::RoleKind::Relawan)(p);
    });
}

void RosterModelTest::filtersAgreeWithThePeopleAsMade()
{
    QFETCH(core::RosterFilter, filter);
    QFETCH(Keep, keep);
    RosterModel model(m_db->database());
    model.setFilter(filter);
    const QStringList wanted = expected(keep, byName);
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(model.rowCount(), wanted.size());
    QCOMPARE(uuidsShown(model), wanted);
}

void RosterModelTest::searchFindsNameNikAndPhone_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("lookFor"); // what the stored name, NIK or phone must contain
    QTest::newRow("family name") << QStringLiteral("siregar") << QStringLiteral("siregar");
    QTest::newRow("part of a first name") << QStringLiteral("haliz") << QStringLiteral("haliz");
    const QString nikMiddle = QString::fromStdString(m_people[123].person.nik.substr(4, 8)); // CC DD MM YY
    QTest::newRow("NIK fragment") << nikMiddle << nikMiddle;
    QTest::newRow("phone as typed nationally") << QStringLiteral("081270000124") << QStringLiteral("81270000124");
    QTest::newRow("phone in E.164") << QStringLiteral("+6281270000124") << QStringLiteral("+6281270000124");
}

void RosterModelTest::searchFindsNameNikAndPhone()
{
    QFETCH(QString, typed);
    QFETCH(QString, lookFor);
    RosterModel model(m_db->database());
    core::RosterFilter filter;
    filter.search = typed.toStdString();
    model.setFilter(filter);
    const std::string part = lookFor.toStdString();
    const QStringList wanted = expected(
        [&part](const auto& p) {
            return contains(p.person.fullName, part) || contains(p.person.nik, part) || contains(p.person.phone, part);
        },
        byName);
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(uuidsShown(model), wanted);
}

void RosterModelTest::nikIsMaskedUntilRevealed()
{
    RosterModel model(m_db->database());
    core::RosterFilter filter;
    filter.search = m_people[10].person.nik;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex nik = model.index(0, RosterModel::NikColumn);
    const QString full = QString::fromStdString(m_people[10].person.nik);
    const QString masked = QString(12, QChar(0x2022)) + full.right(4);
    QCOMPARE(nik.data().toString(), masked);
    QCOMPARE(nik.data(RosterModel::NikRevealedRole).toBool(), false);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QString uuid = QString::fromStdString(m_people[10].person.meta.uuid);
    model.setNikRevealed(uuid, true);
    QCOMPARE(changed.count(), 1);
    model.setNikRevealed(uuid, true); // already shown: nothing changes
    QCOMPARE(changed.count(), 1);
    QCOMPARE(nik.data().toString(), full);
    QCOMPARE(nik.data(RosterModel::NikRevealedRole).toBool(), true);

    // Revealed stays revealed while the same person is on screen under another filter; no one else is revealed.
    filter.search = m_people[10].person.fullName;
    model.setFilter(filter);
    bool seen = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex other = model.index(row, RosterModel::NikColumn);
        if (other.data(RosterModel::UuidRole).toString() == uuid) {
            QCOMPARE(other.data().toString(), full);
            model.setNikRevealed(uuid, false);
            QCOMPARE(other.data().toString(), masked);
            seen = true;
        } else if (!other.data(RosterModel::FullNikRole).toString().isEmpty()) {
            QVERIFY(other.data().toString().startsWith(QChar(0x2022)));
        }
    }
    QVERIFY(seen);

    // An outside speaker has no NIK: nothing to mask or show.
    filter = {};
    filter.role = core::RoleKind::Narasumber;
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, RosterModel::NikColumn).data().toString(), QString());
}

void RosterModelTest::rowsReadInIndonesian()
{
    RosterModel model(m_db->database());
    core::RosterFilter filter;
    filter.search = m_people[30].person.nik; // the 31st person made: a man, volunteer and PKD, with a phone
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    const auto& person = m_people[30].person;
    QCOMPARE(model.index(0, RosterModel::NameColumn).data().toString(), QString::fromStdString(person.fullName));
    QCOMPARE(model.index(0, RosterModel::GenderColumn).data().toString(), QStringLiteral("Laki-laki"));
    QCOMPARE(model.index(0, RosterModel::AgeColumn).data().toInt(), ageOn(*person.birthDate, core::todayUtc()));
    QCOMPARE(model.index(0, RosterModel::RolesColumn).data().toString(), QStringLiteral("PKD, Relawan"));
    QCOMPARE(model.index(0, RosterModel::PhoneColumn).data().toString(), QStringLiteral("0812-7000-0031"));
    QCOMPARE(model.index(0, RosterModel::TrainingsColumn).data().toInt(), 0);
    QCOMPARE(model.headerData(RosterModel::KecamatanColumn, Qt::Horizontal).toString(), QStringLiteral("Kecamatan"));
    QCOMPARE(model.headerData(RosterModel::GenderColumn, Qt::Horizontal).toString(), QStringLiteral("Jenis kelamin"));
}

QTEST_MAIN(RosterModelTest)
#include "RosterModelTest.moc"

// The Wilayah tree's model over the real Batu Bara list: Qt's model tester, the counts the district knows by heart,
// and the two villages called Durian.
#include "wilayah/RegionTreeModel.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/DomainText.h"
#include "common/Session.h"
#include "core/programme/KampungRepository.h"
#include "wilayah/WilayahScreen.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace relawas;
using gui::RegionTreeModel;

class RegionTreeModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void passesTheModelTesterForTheKabupaten();
    void passesTheModelTesterForOneKecamatan();
    void theFilterProxyPassesTheModelTesterWhileFiltering();
    void batuBaraHasItsKecamatanAndVillages();
    void refreshVillageReportsTheChangedRow();
    void theTwoDurianAreDifferentRowsUnderDifferentKecamatan();

private:
    int countLevel(const RegionTreeModel& model, core::RegionLevel level) const;

    std::unique_ptr<testing::TestDatabase> m_db;
};

void RegionTreeModelTest::initTestCase()
{
    testing::useEmptyTestSettings();
}

void RegionTreeModelTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
}

void RegionTreeModelTest::cleanup()
{
    m_db.reset();
}

int RegionTreeModelTest::countLevel(const RegionTreeModel& model, core::RegionLevel level) const
{
    const QString wanted = gui::DomainText::level(level);
    int count = 0;
    for (int k = 0; k < model.rowCount(); ++k) {
        const QModelIndex kecamatan = model.index(k, 0);
        for (int v = 0; v < model.rowCount(kecamatan); ++v) {
            count += model.index(v, RegionTreeModel::LevelColumn, kecamatan).data().toString() == wanted ? 1 : 0;
        }
    }
    return count;
}

void RegionTreeModelTest::passesTheModelTesterForTheKabupaten()
{
    RegionTreeModel model(m_db->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(QStringLiteral("12.19"));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(RegionTreeModel::ColumnCount));

    // A village entering the programme, and a scope change back and forth, under the tester's eye.
    core::KampungProgramme candidate;
    candidate.villageCode = "12.19.03.1001";
    core::KampungRepository(m_db->database()).save(candidate, "tester", core::todayUtc());
    model.refreshVillage(QStringLiteral("12.19.03.1001")); // kelurahan Indrapura
    model.setScope(QStringLiteral("12.19.03"));
    model.setScope(QStringLiteral("12.19"));
    QCOMPARE(model.rowCount(), 12);
}

void RegionTreeModelTest::passesTheModelTesterForOneKecamatan()
{
    RegionTreeModel model(m_db->database());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScope(QStringLiteral("12.19.07"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RegionTreeModel::CodeColumn).data().toString(), QStringLiteral("12.19.07"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 14);
    QCOMPARE(model.villageCount(), 14);
    // Only the first column has children.
    QCOMPARE(model.rowCount(model.index(0, RegionTreeModel::CodeColumn)), 0);
    QVERIFY(!model.hasChildren(model.index(0, 0, model.index(0, 0))));
}

void RegionTreeModelTest::theFilterProxyPassesTheModelTesterWhileFiltering()
{
    // The proxy of the real screen, with its recursive filtering, watched while the clerk types.
    gui::Session session{m_db->database(), "tester", QStringLiteral("12.19")};
    gui::WilayahScreen screen(session);
    auto* view = screen.findChild<QTreeView*>(QStringLiteral("regionTreeView"));
    auto* filter = screen.findChild<QLineEdit*>(QStringLiteral("filterLineEdit"));
    QVERIFY(view);
    QVERIFY(filter);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QTest::keyClicks(filter, QStringLiteral("Sei Ba"));
    QCOMPARE(view->model()->rowCount(), 1); // only kecamatan Sei Balai holds a "Sei Ba..."
    QTest::keyClicks(filter, QStringLiteral("lai"));
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTest::keyClicks(filter, QStringLiteral("xyz"));
    QCOMPARE(view->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 12);
    QTest::keyClicks(filter, QStringLiteral("12.19.01"));
    QCOMPARE(view->model()->rowCount(), 1);
    screen.setScope(QStringLiteral("12.19.07")); // a reset under an active filter
    QCOMPARE(view->model()->rowCount(), 0);
    filter->clear();
    QCOMPARE(view->model()->rowCount(), 1);
}

void RegionTreeModelTest::batuBaraHasItsKecamatanAndVillages()
{
    RegionTreeModel model(m_db->database());
    model.setScope(QStringLiteral("12.19"));
    QCOMPARE(model.scope(), QStringLiteral("12.19"));
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.villageCount(), 151);
    QCOMPARE(countLevel(model, core::RegionLevel::Kelurahan), 10);
    QCOMPARE(countLevel(model, core::RegionLevel::Desa), 141);

    int villages = 0;
    for (int k = 0; k < model.rowCount(); ++k) {
        const QModelIndex kecamatan = model.index(k, 0);
        QCOMPARE(kecamatan.data(RegionTreeModel::IsVillageRole).toBool(), false);
        QCOMPARE(kecamatan.siblingAtColumn(RegionTreeModel::LevelColumn).data().toString(),
                 gui::DomainText::level(core::RegionLevel::Kecamatan));
        villages += model.rowCount(kecamatan);
    }
    QCOMPARE(villages, 151);
    QCOMPARE(model.index(0, RegionTreeModel::NameColumn).data().toString(), QStringLiteral("Medang Deras"));
    QCOMPARE(model.index(11, RegionTreeModel::CodeColumn).data().toString(), QStringLiteral("12.19.12"));
}

void RegionTreeModelTest::refreshVillageReportsTheChangedRow()
{
    RegionTreeModel model(m_db->database());
    model.setScope(QStringLiteral("12.19"));
    const QString code = QStringLiteral("12.19.07.2002");
    const QModelIndex village = model.indexOfCode(code);
    QVERIFY(village.isValid());
    QVERIFY(village.siblingAtColumn(RegionTreeModel::StatusColumn).data().toString().isEmpty());

    core::KampungProgramme candidate;
    candidate.villageCode = code.toStdString();
    core::KampungRepository(m_db->database()).save(candidate, "tester", core::todayUtc());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshVillage(code);
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).toModelIndex();
    const auto bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft, village.siblingAtColumn(RegionTreeModel::NameColumn));
    QCOMPARE(bottomRight, village.siblingAtColumn(RegionTreeModel::StatusColumn));
    QCOMPARE(village.siblingAtColumn(RegionTreeModel::StatusColumn).data().toString(),
             gui::DomainText::stage(core::KampungStage::Candidate));

    // A removal is reported the same way; a kecamatan or an unknown code is not a village to refresh.
    core::KampungRepository(m_db->database()).remove(code.toStdString(), "tester");
    model.refreshVillage(code);
    QCOMPARE(changed.count(), 2);
    QVERIFY(village.siblingAtColumn(RegionTreeModel::StatusColumn).data().toString().isEmpty());
    model.refreshVillage(QStringLiteral("12.19.07"));
    model.refreshVillage(QStringLiteral("99.99.99.9999"));
    QCOMPARE(changed.count(), 2);
}

void RegionTreeModelTest::theTwoDurianAreDifferentRowsUnderDifferentKecamatan()
{
    RegionTreeModel model(m_db->database());
    model.setScope(QStringLiteral("12.19"));
    const QModelIndex medangDeras = model.indexOfCode(QStringLiteral("12.19.01.2004"));
    const QModelIndex seiBalai = model.indexOfCode(QStringLiteral("12.19.07.2004"));
    QVERIFY(medangDeras.isValid());
    QVERIFY(seiBalai.isValid());
    QCOMPARE(medangDeras.data().toString(), QStringLiteral("Durian"));
    QCOMPARE(seiBalai.data().toString(), QStringLiteral("Durian"));
    QVERIFY(medangDeras != seiBalai);
    QVERIFY(medangDeras.parent() != seiBalai.parent());
    QCOMPARE(medangDeras.parent().data(RegionTreeModel::CodeRole).toString(), QStringLiteral("12.19.01"));
    QCOMPARE(seiBalai.parent().data(RegionTreeModel::CodeRole).toString(), QStringLiteral("12.19.07"));
    QCOMPARE(medangDeras.data(RegionTreeModel::CodeRole).toString(), QStringLiteral("12.19.01.2004"));
    QCOMPARE(seiBalai.data(RegionTreeModel::CodeRole).toString(), QStringLiteral("12.19.07.2004"));

    // Within one kecamatan scope only its own Durian exists.
    model.setScope(QStringLiteral("12.19.07"));
    QVERIFY(!model.indexOfCode(QStringLiteral("12.19.01.2004")).isValid());
    QCOMPARE(model.indexOfCode(QStringLiteral("12.19.07.2004")).parent(), model.index(0, 0));
}

QTEST_MAIN(RegionTreeModelTest)
#include "RegionTreeModelTest.moc"

// A Panwascam clerk of Sei Balai keeps the Kampung Pengawasan status of her villages on the Wilayah screen, by
// keyboard only, in Indonesian. Every step is checked in the database, not only on screen.
#include "wilayah/WilayahScreen.h"

#include "GuiTestSupport.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "common/PrintoutPreview.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/programme/KampungRepository.h"
#include "wilayah/RegionTreeModel.h"
#include "wilayah/VillageReviewDialog.h"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace relawas;
using gui::RegionTreeModel;

namespace {
constexpr const char* kSeiBalaiKecamatan = "12.19.07";
constexpr const char* kSeiBalaiDesa = "12.19.07.2002";

// Every code the tree shows, walking the (filtered) model the view shows.
std::set<QString> shownCodes(const QAbstractItemModel& model, const QModelIndex& parent = {})
{
    std::set<QString> codes;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        codes.insert(index.data(RegionTreeModel::CodeRole).toString());
        codes.merge(shownCodes(model, index));
    }
    return codes;
}
} // namespace

class WilayahScreenTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aClerkSetsTheStatusOfSeiBalaiByKeyboard();
    void undoFromAnotherVillageGoesBackToTheVillageItChanged();
    void notesAreSavedWhenTheClerkTabsAway();
    void aPreciseScoreSurvivesAnEditOfAnotherField();
    void findingByCodeTellsTheTwoDurianApart();
    void findingByNameShowsBothDurianUnderTheirKecamatan();
    void aKecamatanScopeShowsOnlyThatKecamatan();
    void aVillageIsReviewedOnOnePageAndItsRosterPrinted();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        T* found = m_screen->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no widget %s", name);
        }
        return found;
    }
    QTreeView* tree() const { return widget<QTreeView>("regionTreeView"); }
    QLineEdit* filter() const { return widget<QLineEdit>("filterLineEdit"); }
    QComboBox* status() const { return widget<QComboBox>("statusComboBox"); }
    QLabel* problem() const { return widget<QLabel>("problemLabel"); }
    QString currentCode() const { return tree()->currentIndex().data(RegionTreeModel::CodeRole).toString(); }
    QWidget* focus() const { return QApplication::focusWidget(); }
    std::optional<core::KampungProgramme> stored(const char* code) const
    {
        return core::KampungRepository(m_db->database()).find(code);
    }
    // The clerk finds a region: Alt+A ("C&ari") to the find box, types, Enter to the tree.
    void find(const QString& text);
    // Arrow keys in the tree until `code` is current; fails after `limit` presses.
    void arrowTo(const QString& code, int limit = 20);
    // The status column of the tree for `code`, as the clerk reads it.
    QString statusShownFor(const QString& code) const;
    void clearField(QLineEdit* edit);
    // Tab (or Shift+Tab) from the focused widget; the focus must land on `target`.
    void tabTo(QWidget* target, Qt::Key key = Qt::Key_Tab);

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::WilayahScreen> m_screen;
};

void WilayahScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void WilayahScreenTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "tester", QStringLiteral("12.19")});
    m_screen = std::make_unique<gui::WilayahScreen>(*m_session);
    m_screen->resize(1000, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void WilayahScreenTest::cleanup()
{
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

void WilayahScreenTest::find(const QString& text)
{
    QTest::keyClick(m_screen.get(), Qt::Key_A, Qt::AltModifier);
    QCOMPARE(focus(), filter());
    QTest::keyClicks(filter(), text);
    QTest::keyClick(filter(), Qt::Key_Return);
    QCOMPARE(focus(), tree());
}

void WilayahScreenTest::arrowTo(const QString& code, int limit)
{
    for (int press = 0; press < limit && currentCode() != code; ++press) {
        QTest::keyClick(tree(), Qt::Key_Down);
    }
    QCOMPARE(currentCode(), code);
}

QString WilayahScreenTest::statusShownFor(const QString& code) const
{
    const QModelIndex source = m_screen->treeModel()->indexOfCode(code);
    return source.siblingAtColumn(RegionTreeModel::StatusColumn).data().toString();
}

void WilayahScreenTest::clearField(QLineEdit* edit)
{
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(edit->text().isEmpty());
}

void WilayahScreenTest::tabTo(QWidget* target, Qt::Key key)
{
    // One key press, never two: no invisible stop (such as the scroll area around the panel) between the fields.
    QTest::keyClick(focus(), key);
    QCOMPARE(focus(), target);
}

void WilayahScreenTest::aClerkSetsTheStatusOfSeiBalaiByKeyboard()
{
    QSignalSpy changed(m_screen.get(), &gui::WilayahScreen::programmeChanged);
    auto* score = widget<QLineEdit>("scoreLineEdit");
    auto* vulnerability = widget<QComboBox>("vulnerabilityComboBox");
    auto* skNumber = widget<QLineEdit>("skNumberLineEdit");
    auto* skDate = widget<QLineEdit>("skDateLineEdit");
    auto* saved = widget<QLabel>("savedLabel");

    // "Sei Balai" is a kecamatan and one of its desa: Enter lands on the kecamatan, which has no status.
    find(QStringLiteral("Sei Balai"));
    QCOMPARE(tree()->model()->rowCount(), 1);
    QCOMPARE(currentCode(), QString::fromLatin1(kSeiBalaiKecamatan));
    QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Sei Balai"));
    QVERIFY(!widget<QGroupBox>("programmeGroupBox")->isEnabled());

    // Down past Kwala Sikasim (2001) to the desa Sei Balai: same name, its own code.
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(currentCode(), QStringLiteral("12.19.07.2001"));
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(currentCode(), QString::fromLatin1(kSeiBalaiDesa));
    QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Sei Balai"));
    QCOMPARE(tree()->currentIndex().data(RegionTreeModel::IsVillageRole).toBool(), true);
    QCOMPARE(widget<QLabel>("titleLabel")->text(), QStringLiteral("Sei Balai"));
    QVERIFY(widget<QLabel>("subtitleLabel")->text().contains(QString::fromLatin1(kSeiBalaiDesa)));
    QCOMPARE(saved->text(), QStringLiteral("Desa ini belum ikut program."));
    QVERIFY(!stored(kSeiBalaiDesa));

    // Tab to the status and type "Calon": saved at once as revision 1.
    tabTo(status());
    QTest::keyClicks(status(), QStringLiteral("Calon"));
    QCOMPARE(status()->currentText(), QStringLiteral("Calon"));
    auto record = stored(kSeiBalaiDesa);
    QVERIFY(record);
    QCOMPARE(record->stage, core::KampungStage::Candidate);
    QCOMPARE(record->meta.revision, 1LL);
    QCOMPARE(record->meta.updatedBy, std::string("tester"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(statusShownFor(QString::fromLatin1(kSeiBalaiDesa)), QStringLiteral("Calon"));
    QVERIFY(saved->text().startsWith(QStringLiteral("Tersimpan: revisi 1,")));
    // When, as a person reads it: the month by its Indonesian name, never the stored "2026-12-03T17:11:32.359Z".
    const QString month = QLocale(QLocale::Indonesian).standaloneMonthName(QDate::currentDate().month());
    QVERIFY2(saved->text().contains(month) && !saved->text().contains(QLatin1Char('Z')), qPrintable(saved->text()));

    // "Sudah dinilai" without a score is refused: the database keeps Candidate, the label names the score.
    QTest::keyClick(status(), Qt::Key_Down);
    QCOMPARE(status()->currentText(), QStringLiteral("Sudah dinilai"));
    QCOMPARE(stored(kSeiBalaiDesa)->stage, core::KampungStage::Candidate);
    QCOMPARE(stored(kSeiBalaiDesa)->meta.revision, 1LL);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(
        problem()->text().contains(QStringLiteral("Skor asesmen: Desa yang sudah dinilai memerlukan skor asesmen.")),
        qPrintable(problem()->text()));

    // A score with a decimal comma, then the vulnerability: now it is saved as Assessed.
    QTest::keyClick(status(), Qt::Key_Tab);
    QCOMPARE(focus(), score);
    QTest::keyClicks(score, QStringLiteral("72,5"));
    QTest::keyClick(score, Qt::Key_Tab);
    QCOMPARE(stored(kSeiBalaiDesa)->stage, core::KampungStage::Candidate); // the vulnerability is still missing
    QVERIFY2(!problem()->text().contains(QStringLiteral("skor asesmen")), qPrintable(problem()->text()));
    QVERIFY2(problem()->text().contains(QStringLiteral("tingkat kerawanan")), qPrintable(problem()->text()));
    QCOMPARE(focus(), vulnerability);
    QTest::keyClicks(vulnerability, QStringLiteral("Sedang"));
    record = stored(kSeiBalaiDesa);
    QCOMPARE(record->stage, core::KampungStage::Assessed);
    QVERIFY(record->assessmentScore);
    QCOMPARE(*record->assessmentScore, 72.5);
    QCOMPARE(record->vulnerability, std::optional(core::Vulnerability::Sedang));
    QCOMPARE(record->meta.revision, 2LL);
    QCOMPARE(changed.count(), 2);
    QVERIFY(problem()->text().isEmpty());
    QCOMPARE(score->text(), QStringLiteral("72,5")); // read back in the Indonesian way
    QCOMPARE(statusShownFor(QString::fromLatin1(kSeiBalaiDesa)), QStringLiteral("Sudah dinilai"));

    // An SK number with '#' is refused; what was typed stays for correcting.
    QTest::keyClick(vulnerability, Qt::Key_Tab);
    QCOMPARE(focus(), skNumber);
    QTest::keyClicks(skNumber, QStringLiteral("12#3"));
    QTest::keyClick(skNumber, Qt::Key_Tab);
    QVERIFY2(problem()->text().startsWith(QStringLiteral("Nomor SK: ")), qPrintable(problem()->text()));
    QCOMPARE(skNumber->text(), QStringLiteral("12#3"));
    QCOMPARE(stored(kSeiBalaiDesa)->skNumber, std::string());
    QCOMPARE(stored(kSeiBalaiDesa)->meta.revision, 2LL);

    // 31 February is no date.
    QCOMPARE(focus(), skDate);
    QTest::keyClicks(skDate, QStringLiteral("31/02/2024"));
    QTest::keyClick(skDate, Qt::Key_Tab);
    QVERIFY2(problem()->text().contains(QStringLiteral("Tanggal SK tidak valid")), qPrintable(problem()->text()));
    QCOMPARE(skDate->text(), QStringLiteral("31/02/2024"));
    QCOMPARE(skNumber->text(), QStringLiteral("12#3"));
    QVERIFY(!stored(kSeiBalaiDesa)->skDate);
    QCOMPARE(stored(kSeiBalaiDesa)->meta.revision, 2LL);
    QCOMPARE(changed.count(), 2);
    // The unreadable date does not hide that the SK number is still wrong.
    QVERIFY2(problem()->text().contains(QStringLiteral("Nomor SK: ")), qPrintable(problem()->text()));

    // Clearing both again stores nothing new: the record already holds what the form shows.
    QTest::keyClick(focus(), Qt::Key_Backtab);
    QCOMPARE(focus(), skDate);
    clearField(skDate);
    QTest::keyClick(skDate, Qt::Key_Backtab);
    QCOMPARE(focus(), skNumber);
    clearField(skNumber);
    QTest::keyClick(skNumber, Qt::Key_Tab);
    QVERIFY2(problem()->text().isEmpty(), qPrintable(problem()->text()));
    QCOMPARE(stored(kSeiBalaiDesa)->meta.revision, 2LL);
    QCOMPARE(m_screen->undoStack()->count(), 2);

    // Ctrl+Z, with the focus on the status: back to Candidate, stored as a new revision.
    QTest::keyClick(m_screen.get(), Qt::Key_S, Qt::AltModifier); // "&Status"
    QCOMPARE(focus(), status());
    QTest::keyClick(status(), Qt::Key_Z, Qt::ControlModifier);
    record = stored(kSeiBalaiDesa);
    QCOMPARE(record->stage, core::KampungStage::Candidate);
    QVERIFY(!record->assessmentScore);
    QVERIFY(!record->vulnerability);
    QCOMPARE(record->meta.revision, 3LL);
    QCOMPARE(status()->currentText(), QStringLiteral("Calon"));
    QVERIFY(score->text().isEmpty());
    QCOMPARE(statusShownFor(QString::fromLatin1(kSeiBalaiDesa)), QStringLiteral("Calon"));

    // Ctrl+Shift+Z redoes it, again as a new revision.
    QTest::keyClick(status(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(stored(kSeiBalaiDesa)->meta.revision, 4LL);
    record = stored(kSeiBalaiDesa);
    QCOMPARE(record->stage, core::KampungStage::Assessed);
    QCOMPARE(record->assessmentScore, std::optional(72.5));
    QCOMPARE(record->vulnerability, std::optional(core::Vulnerability::Sedang));
    QCOMPARE(record->meta.revision, 4LL);
    QCOMPARE(status()->currentText(), QStringLiteral("Sudah dinilai"));

    // "Tidak ikut program" takes the village out of the programme.
    QTest::keyClick(status(), Qt::Key_Home);
    QCOMPARE(status()->currentText(), QStringLiteral("Tidak ikut program"));
    QVERIFY(!stored(kSeiBalaiDesa));
    QVERIFY(statusShownFor(QString::fromLatin1(kSeiBalaiDesa)).isEmpty());
    QCOMPARE(saved->text(), QStringLiteral("Desa ini belum ikut program."));

    // ... and Ctrl+Z, from the tree this time, brings it back with everything it held.
    QTest::keyClick(m_screen.get(), Qt::Key_A, Qt::AltModifier);
    QTest::keyClick(filter(), Qt::Key_Return);
    QCOMPARE(focus(), tree());
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    record = stored(kSeiBalaiDesa);
    QVERIFY(record);
    QCOMPARE(record->stage, core::KampungStage::Assessed);
    QCOMPARE(record->assessmentScore, std::optional(72.5));
    QCOMPARE(record->vulnerability, std::optional(core::Vulnerability::Sedang));
    QVERIFY2(record->meta.revision > 4, qPrintable(QString::number(record->meta.revision)));
    QCOMPARE(statusShownFor(QString::fromLatin1(kSeiBalaiDesa)), QStringLiteral("Sudah dinilai"));
    QCOMPARE(status()->currentText(), QStringLiteral("Sudah dinilai"));
}

void WilayahScreenTest::undoFromAnotherVillageGoesBackToTheVillageItChanged()
{
    find(QStringLiteral("Sei Balai"));
    arrowTo(QString::fromLatin1(kSeiBalaiDesa));
    tabTo(status());
    QTest::keyClick(status(), Qt::Key_Down); // "Calon"
    QCOMPARE(stored(kSeiBalaiDesa)->stage, core::KampungStage::Candidate);

    // On to Durian (12.19.07.2004) before changing her mind.
    tabTo(tree(), Qt::Key_Backtab);
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(currentCode(), QStringLiteral("12.19.07.2004"));
    QCOMPARE(status()->currentText(), QStringLiteral("Tidak ikut program"));

    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!stored(kSeiBalaiDesa));
    QVERIFY(!stored("12.19.07.2004"));
    QCOMPARE(currentCode(), QString::fromLatin1(kSeiBalaiDesa)); // the tree shows what the undo changed
    QCOMPARE(widget<QLabel>("titleLabel")->text(), QStringLiteral("Sei Balai"));
    QCOMPARE(status()->currentText(), QStringLiteral("Tidak ikut program"));
}

void WilayahScreenTest::notesAreSavedWhenTheClerkTabsAway()
{
    find(QStringLiteral("12.19.07.2005"));
    arrowTo(QStringLiteral("12.19.07.2005")); // Perkebunan Sei Balai
    tabTo(status());
    QTest::keyClick(status(), Qt::Key_Down);
    QCOMPARE(stored("12.19.07.2005")->meta.revision, 1LL);

    auto* notes = widget<QPlainTextEdit>("notesPlainTextEdit");
    QTest::keyClick(m_screen.get(), Qt::Key_C, Qt::AltModifier); // "&Catatan"
    QCOMPARE(focus(), notes);
    QTest::keyClicks(notes, QStringLiteral("Kepala desa setuju; rapat 12/10."));
    QCOMPARE(stored("12.19.07.2005")->notes, std::string()); // not yet: the clerk is still typing
    QTest::keyClick(notes, Qt::Key_Tab);
    QVERIFY(focus() != notes);
    const auto record = stored("12.19.07.2005");
    QCOMPARE(record->notes, std::string("Kepala desa setuju; rapat 12/10."));
    QCOMPARE(record->meta.revision, 2LL);
}

void WilayahScreenTest::aPreciseScoreSurvivesAnEditOfAnotherField()
{
    // A weighted assessment easily has three decimals: 72.125 typed by the clerk is stored as typed.
    find(QStringLiteral("12.19.07.2007"));
    arrowTo(QStringLiteral("12.19.07.2007")); // Suka Ramai of Sei Balai
    tabTo(status());
    QTest::keyClick(status(), Qt::Key_Down); // "Calon"
    auto* score = widget<QLineEdit>("scoreLineEdit");
    tabTo(score);
    QTest::keyClicks(score, QStringLiteral("72,125"));
    QTest::keyClick(score, Qt::Key_Return);
    QCOMPARE(stored("12.19.07.2007")->assessmentScore, std::optional(72.125));

    // Later she only sets the vulnerability; the score must not change on the way.
    auto* vulnerability = widget<QComboBox>("vulnerabilityComboBox");
    tabTo(vulnerability);
    QTest::keyClicks(vulnerability, QStringLiteral("Tinggi"));
    const auto record = stored("12.19.07.2007");
    QCOMPARE(record->vulnerability, std::optional(core::Vulnerability::Tinggi));
    QVERIFY(record->assessmentScore);
    QCOMPARE(*record->assessmentScore, 72.125);
}

void WilayahScreenTest::findingByCodeTellsTheTwoDurianApart()
{
    find(QStringLiteral("12.19.07.2004"));
    const std::set<QString> expected{QStringLiteral("12.19.07"), QStringLiteral("12.19.07.2004")};
    QCOMPARE(shownCodes(*tree()->model()), expected);

    QCOMPARE(currentCode(), QStringLiteral("12.19.07"));
    QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(currentCode(), QStringLiteral("12.19.07.2004"));
    QCOMPARE(tree()->currentIndex().data().toString(), QStringLiteral("Durian"));
    QVERIFY(widget<QLabel>("subtitleLabel")->text().contains(QStringLiteral("kecamatan Sei Balai (12.19.07)")));

    // Setting its status touches this Durian only.
    tabTo(status());
    QTest::keyClick(status(), Qt::Key_Down);
    QCOMPARE(stored("12.19.07.2004")->stage, core::KampungStage::Candidate);
    QVERIFY(!stored("12.19.01.2004"));
}

void WilayahScreenTest::findingByNameShowsBothDurianUnderTheirKecamatan()
{
    find(QStringLiteral("durian"));
    const std::set<QString> expected{QStringLiteral("12.19.01"), QStringLiteral("12.19.01.2004"),
                                     QStringLiteral("12.19.07"), QStringLiteral("12.19.07.2004")};
    QCOMPARE(shownCodes(*tree()->model()), expected);
    QVERIFY(tree()->isExpanded(tree()->model()->index(0, 0)));
    QVERIFY(tree()->isExpanded(tree()->model()->index(1, 0)));
    QCOMPARE(widget<QLabel>("summaryLabel")->text(),
             QStringLiteral("2 desa/kelurahan cocok, dari 12 kecamatan, 151 desa/kelurahan"));
}

void WilayahScreenTest::aKecamatanScopeShowsOnlyThatKecamatan()
{
    auto* summary = widget<QLabel>("summaryLabel");
    QCOMPARE(summary->text(), QStringLiteral("12 kecamatan, 151 desa/kelurahan"));

    m_screen->setScope(QString::fromLatin1(kSeiBalaiKecamatan));
    QCOMPARE(tree()->model()->rowCount(), 1);
    const QModelIndex kecamatan = tree()->model()->index(0, 0);
    QCOMPARE(kecamatan.data(RegionTreeModel::CodeRole).toString(), QString::fromLatin1(kSeiBalaiKecamatan));
    QCOMPARE(tree()->model()->rowCount(kecamatan), 14);
    QVERIFY(tree()->isExpanded(kecamatan));
    QCOMPARE(summary->text(), QStringLiteral("1 kecamatan, 14 desa/kelurahan"));
    const auto codes = shownCodes(*tree()->model());
    QVERIFY(std::all_of(codes.begin(), codes.end(),
                        [](const QString& code) { return code.startsWith(QLatin1String(kSeiBalaiKecamatan)); }));

    // A village outside the scope cannot be selected.
    QVERIFY(!m_screen->selectRegion(QStringLiteral("12.19.01.2004")));
    QVERIFY(m_screen->selectRegion(QStringLiteral("12.19.07.2004")));

    m_screen->setScope(QStringLiteral("12.19"));
    QCOMPARE(tree()->model()->rowCount(), 12);
    QCOMPARE(summary->text(), QStringLiteral("12 kecamatan, 151 desa/kelurahan"));
}

void WilayahScreenTest::aVillageIsReviewedOnOnePageAndItsRosterPrinted()
{
    const std::vector<testing::RosterPerson> people = testing::addBatuBaraPeople(m_db->database(), 400);
    const std::string code = people.front().person.villageCode;
    std::vector<const testing::RosterPerson*> living;
    for (const testing::RosterPerson& person : people) {
        if (person.person.villageCode == code) {
            living.push_back(&person);
        }
    }
    find(QString::fromStdString(code));
    arrowTo(QString::fromStdString(code));
    auto* review = widget<QPushButton>("reviewPushButton");
    QVERIFY(review->isVisible());
    QVERIFY(m_screen->reviewCurrent());
    gui::VillageReviewDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_screen->findChild<gui::VillageReviewDialog*>()) != nullptr);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("peopleTableWidget"));
    QCOMPARE(table->rowCount(), int(living.size()));
    // Every person of the village, the NIK masked: its last four digits only, never the whole.
    for (const testing::RosterPerson* person : living) {
        const QString name = QString::fromStdString(person->person.fullName);
        const auto found = table->findItems(name, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        if (!person->person.nik.empty()) {
            const QString nik = QString::fromStdString(person->person.nik);
            QVERIFY(table->findItems(nik, Qt::MatchContains).isEmpty());
            QVERIFY(table->item(found.first()->row(), 4)->text().endsWith(nik.right(4)));
        }
    }
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("programmeLabel"))->text().contains(QStringLiteral("Bukan")));

    // Print: the preview of the Daftar Relawan Desa opens with its pages.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("printVillagePushButton")), Qt::LeftButton);
    gui::PrintoutPreview* preview = nullptr;
    QTRY_VERIFY((preview = dialog->findChild<gui::PrintoutPreview*>()) != nullptr);
    QTRY_VERIFY(preview->pageCount() >= 1);
    preview->close();
    dialog->close();

    // A kecamatan: the rosters of all its villages at once.
    QVERIFY(m_screen->selectRegion(QString::fromStdString(code.substr(0, 8))));
    QVERIFY(review->isVisible());
    QVERIFY(m_screen->reviewCurrent());
    QTRY_VERIFY((preview = m_screen->findChild<gui::PrintoutPreview*>()) != nullptr);
    QTRY_VERIFY(preview->pageCount() >= 2);
    preview->close();
}

QTEST_MAIN(WilayahScreenTest)
#include "WilayahScreenTest.moc"

// The synchronisation screen driven as the district's coordinator drives it: a kecamatan laptop's report is read,
// previewed and merged once its sender is trusted; a tampered copy is refused in the preview and nothing of it is
// written; conflicts are decided field by field, by keyboard.
#include "sync/SyncScreen.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/sync/ConflictQueue.h"
#include "core/sync/ImportHistory.h"
#include "core/sync/ReportExport.h"
#include "core/sync/ReportImport.h"
#include "core/sync/TrustedInstallations.h"
#include "sync/ConflictPanel.h"
#include "sync/ExportDialog.h"
#include "sync/ImportPreviewDialog.h"
#include "sync/SendersPanel.h"

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace relawas;

namespace {

// Runs `act` on the dialog of type Dialog as soon as it is open (the progress dialogs before it are modal too), then
// closes it if a failed check left it open.
template<typename Dialog>
void whenDialog(QObject* owner, std::function<void(Dialog*)> act)
{
    auto* poll = new QTimer(owner);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, act = std::move(act)] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog || QApplication::activeWindow() != dialog) {
            return;
        }
        poll->stop();
        poll->deleteLater();
        act(dialog);
        if (dialog->isVisible()) {
            dialog->reject();
        }
    });
    poll->start();
}

// The widget Tab moves to from `from`: the next in the focus chain that takes focus by Tab and can have it now.
QWidget* nextByTab(QWidget* from)
{
    for (QWidget* next = from->nextInFocusChain(); next && next != from; next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() && next->isVisibleTo(from->window())) {
            return next;
        }
    }
    return nullptr;
}

void whenPreview(QObject* owner, std::function<void(gui::ImportPreviewDialog*)> act)
{
    whenDialog<gui::ImportPreviewDialog>(owner, std::move(act));
}

core::Person registered(core::Database& db, const std::string& name, const std::string& nik)
{
    core::Person person;
    person.fullName = name;
    person.nik = nik;
    person.villageCode = "12.19.07.2001";
    person.phone = "+6281234567001";
    core::PersonRole role;
    role.kind = core::RoleKind::Relawan;
    role.scopeCode = "12.19.07.2001";
    return core::PeopleService(db, "panwascam.seibalai").registerPerson(person, {role});
}

} // namespace

class SyncScreenTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aReportIsMergedOnlyOnceItsSenderIsTrusted();
    void aTamperedCopyIsRefusedInThePreviewAndNothingOfItIsWritten();
    void conflictsAreDecidedFieldByField();
    void aSecondReportMergedFromTheScreenQueuesItsConflict();
    void aPublicSummaryIsExportedByKeyboardWithoutPersonalData();

private:
    std::filesystem::path exportFrom(core::Database& db, const std::string& name)
    {
        const std::filesystem::path file = std::filesystem::path(m_files.path().toStdString()) / name;
        core::exportReport(
            db, {"12.19.07", file, "Panwascam Sei Balai", "0.1.0", core::ReportKind::Full, "", "panwascam.seibalai"});
        return file;
    }
    long long peopleAtDistrict() const { return core::PersonRepository(m_district->database()).countLiving(); }

    QTemporaryDir m_files;
    std::unique_ptr<testing::TestDatabase> m_kecamatan;
    std::unique_ptr<testing::TestDatabase> m_district;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::SyncScreen> m_screen;
    core::Person m_siti;
};

void SyncScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void SyncScreenTest::init()
{
    // Each case offers a folder of its own reports only.
    for (const auto& file : std::filesystem::directory_iterator(m_files.path().toStdString())) {
        std::filesystem::remove(file.path());
    }
    m_kecamatan = std::make_unique<testing::TestDatabase>();
    m_district = std::make_unique<testing::TestDatabase>();
    m_siti = registered(m_kecamatan->database(), "Siti Aminah Nasution", "1219074409930032");
    registered(m_kecamatan->database(), "Budi Santoso", "1219070203850001");
    registered(m_kecamatan->database(), "Rahmat Hidayat", "1219070101880004");
    m_session = std::make_unique<gui::Session>(gui::Session{m_district->database(), "koordinator.kabupaten", "12.19"});
    m_screen = std::make_unique<gui::SyncScreen>(*m_session);
    m_screen->resize(1280, 720);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void SyncScreenTest::cleanup()
{
    m_screen.reset();
    m_session.reset();
    m_district.reset();
    m_kecamatan.reset();
}

void SyncScreenTest::aReportIsMergedOnlyOnceItsSenderIsTrusted()
{
    const auto report = exportFrom(m_kecamatan->database(), "relawas-12.19.07-0001.relawas.json");
    QSignalSpy changed(m_screen.get(), &gui::SyncScreen::dataChanged);
    bool seen = false;
    whenPreview(this, [&](gui::ImportPreviewDialog* dialog) {
        seen = true;
        QCOMPARE(dialog->table()->rowCount(), 1);
        // Three people, their three roles and the village's programme record: all new here.
        QVERIFY2(dialog->table()->item(0, 3)->text().contains(QStringLiteral("baru")),
                 qPrintable(dialog->table()->item(0, 3)->text()));
        QCOMPARE(dialog->trustBoxes().size(), std::size_t(1));
        QCheckBox* trust = dialog->trustBoxes().front();
        QVERIFY(trust->text().contains(QStringLiteral("Panwascam Sei Balai")));
        QVERIFY(!dialog->mergeButton()->isEnabled()); // nothing from an untrusted sender
        // Tab goes down the dialog: from the reports to the sender to trust, then to the buttons.
        QCOMPARE(nextByTab(dialog->table()), static_cast<QWidget*>(trust));
        trust->setFocus();
        QTest::keyClick(trust, Qt::Key_Space);
        QVERIFY(trust->isChecked());
        QVERIFY(dialog->mergeButton()->isEnabled());
        QCOMPARE(nextByTab(trust), static_cast<QWidget*>(dialog->mergeButton()));
        QTest::keyClick(dialog->mergeButton(), Qt::Key_Space);
    });
    m_screen->offerReports({report.parent_path()});
    QVERIFY(seen);
    QCOMPARE(peopleAtDistrict(), 3);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_screen->historyTable()->rowCount(), 1);
    QVERIFY(m_screen->historyTable()->item(0, 1)->text().contains(QStringLiteral("Panwascam Sei Balai")));
    QCOMPARE(m_screen->sendersPanel()->table()->rowCount(), 1);
    QCOMPARE(core::TrustedInstallations(m_district->database()).all().size(), std::size_t(1));

    // The same folder again: the preview says it was merged before, and there is nothing to merge.
    seen = false;
    whenPreview(this, [&](gui::ImportPreviewDialog* dialog) {
        seen = true;
        QVERIFY(dialog->trustBoxes().empty());
        QVERIFY(!dialog->mergeButton()->isEnabled());
        QVERIFY(dialog->table()->item(0, 3)->text().contains(QStringLiteral("sebelumnya")));
    });
    m_screen->offerReports({report.parent_path()});
    QVERIFY(seen);
    QCOMPARE(peopleAtDistrict(), 3);
    QCOMPARE(core::ImportHistory(m_district->database()).all().size(), std::size_t(1));
}

void SyncScreenTest::aTamperedCopyIsRefusedInThePreviewAndNothingOfItIsWritten()
{
    const auto good = exportFrom(m_kecamatan->database(), "relawas-12.19.07-0001.relawas.json");
    registered(m_kecamatan->database(), "Nur Aisyah", "1219075506950002");
    const auto second = exportFrom(m_kecamatan->database(), "relawas-12.19.07-0002.relawas.json");
    // One byte of a name changed in the second: its digest no longer holds.
    std::string bytes;
    {
        std::ifstream in(second, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    const auto at = bytes.find("Nur Aisyah");
    QVERIFY(at != std::string::npos);
    bytes[at] = 'M';
    std::ofstream(second, std::ios::binary | std::ios::trunc) << bytes;

    whenPreview(this, [&](gui::ImportPreviewDialog* dialog) {
        QCOMPARE(dialog->table()->rowCount(), 2);
        QVERIFY(!dialog->table()->item(0, 3)->text().isEmpty());
        const QString refusal = dialog->table()->item(1, 3)->text();
        QVERIFY2(refusal.contains(QStringLiteral("SHA-256")) || refusal.contains(QStringLiteral("diubah")),
                 qPrintable(refusal));
        dialog->trustBoxes().front()->setChecked(true);
        QVERIFY(dialog->mergeButton()->text().contains(QStringLiteral("1")));
        dialog->mergeButton()->click();
    });
    m_screen->offerReports({good, second});
    QCOMPARE(peopleAtDistrict(), 3); // the first report's people; nobody of the tampered one
    QVERIFY(!core::PersonRepository(m_district->database()).findByNik("1219075506950002"));
    QCOMPARE(m_screen->historyTable()->rowCount(), 1);
}

void SyncScreenTest::conflictsAreDecidedFieldByField()
{
    core::ReportImportOptions trusting;
    trusting.actor = "koordinator.kabupaten";
    trusting.trustNew = true;
    core::importReport(m_district->database(), exportFrom(m_kecamatan->database(), "first.relawas.json"), trusting);
    // Both sides change Siti's phone and name since; the district also changes nothing else.
    core::Person there = *core::PersonRepository(m_kecamatan->database()).find(m_siti.meta.uuid);
    there.phone = "+6281311112222";
    there.fullName = "Siti Aminah Nasution, S.Pd";
    core::PeopleService(m_kecamatan->database(), "panwascam.seibalai").correct(there);
    core::Person here = *core::PersonRepository(m_district->database()).find(m_siti.meta.uuid);
    here.phone = "+6281399998888";
    here.fullName = "Siti Aminah Nst";
    core::PeopleService(m_district->database(), "koordinator.kabupaten").correct(here);
    const auto result = core::importReport(m_district->database(),
                                           exportFrom(m_kecamatan->database(), "second.relawas.json"), trusting);
    QCOMPARE(result.counts.conflicts, std::size_t(2));

    m_screen->reload();
    gui::ConflictPanel* panel = m_screen->conflictPanel();
    QCOMPARE(panel->table()->rowCount(), 2);
    QVERIFY(m_screen->tabs()->tabText(0).contains(QStringLiteral("2")));
    QSignalSpy decided(panel, &gui::ConflictPanel::decided);

    // The full name: base, ours and theirs side by side; the report's value taken with Alt+T.
    for (int row = 0; row < panel->table()->rowCount(); ++row) {
        if (panel->table()->item(row, 1)->text() == QStringLiteral("Nama lengkap")) {
            panel->table()->selectRow(row);
        }
    }
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("baseValueLabel"))->text(),
             QStringLiteral("Siti Aminah Nasution"));
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("oursValueLabel"))->text(), QStringLiteral("Siti Aminah Nst"));
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("theirsValueLabel"))->text(),
             QStringLiteral("Siti Aminah Nasution, S.Pd"));
    panel->theirsButton()->setFocus();
    QTest::keyClick(panel->theirsButton(), Qt::Key_Space);
    QCOMPARE(decided.count(), 1);
    QCOMPARE(panel->table()->rowCount(), 1);

    // The phone: neither side's number, a third typed by the coordinator after a call.
    QCOMPARE(panel->table()->item(0, 1)->text(), QStringLiteral("No. HP/WhatsApp"));
    panel->valueEdit()->clear();
    QTest::keyClicks(panel->valueEdit(), QStringLiteral("+6281277776666"));
    QTest::keyClick(panel->valueEdit(), Qt::Key_Return);
    QCOMPARE(decided.count(), 2);
    QCOMPARE(panel->openCount(), 0);
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("noConflictLabel"))->isVisible());

    const core::Person decidedOne = *core::PersonRepository(m_district->database()).find(m_siti.meta.uuid);
    QCOMPARE(QString::fromStdString(decidedOne.fullName), QStringLiteral("Siti Aminah Nasution, S.Pd"));
    QCOMPARE(QString::fromStdString(decidedOne.phone), QStringLiteral("+6281277776666"));
    QCOMPARE(core::ConflictQueue(m_district->database()).countOpen(), 0);
}

void SyncScreenTest::aSecondReportMergedFromTheScreenQueuesItsConflict()
{
    const auto first = exportFrom(m_kecamatan->database(), "relawas-12.19.07-0001.relawas.json");
    whenPreview(this, [](gui::ImportPreviewDialog* dialog) {
        dialog->trustBoxes().front()->setChecked(true);
        dialog->mergeButton()->click();
    });
    m_screen->offerReports({first});
    QCOMPARE(peopleAtDistrict(), 3);

    core::Person there = *core::PersonRepository(m_kecamatan->database()).find(m_siti.meta.uuid);
    there.phone = "+6281311112222";
    core::PeopleService(m_kecamatan->database(), "panwascam.seibalai").correct(there);
    core::Person here = *core::PersonRepository(m_district->database()).find(m_siti.meta.uuid);
    here.phone = "+6281399998888";
    core::PeopleService(m_district->database(), "koordinator.kabupaten").correct(here);
    const auto second = exportFrom(m_kecamatan->database(), "relawas-12.19.07-0002.relawas.json");

    bool seen = false;
    whenPreview(this, [&](gui::ImportPreviewDialog* dialog) {
        seen = true;
        QCOMPARE(dialog->table()->rowCount(), 2);
        QVERIFY(dialog->mergeButton()->isEnabled());
        dialog->mergeButton()->click();
    });
    m_screen->offerReports({first.parent_path()});
    QVERIFY(seen);
    QCOMPARE(m_screen->openConflicts(), 1);
    QCOMPARE(m_screen->tabs()->currentIndex(), 0); // the conflicts, since one waits
    QCOMPARE(m_screen->historyTable()->rowCount(), 2);
}

void SyncScreenTest::aPublicSummaryIsExportedByKeyboardWithoutPersonalData()
{
    gui::Session kecamatan{m_kecamatan->database(), "panwascam.seibalai", "12.19"};
    gui::SyncScreen screen(kecamatan);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    const QString file = m_files.filePath(QStringLiteral("ringkasan.relawas.json"));
    QSignalSpy written(&screen, &gui::SyncScreen::statusMessage);
    bool seen = false;
    whenDialog<gui::ExportDialog>(this, [&](gui::ExportDialog* dialog) {
        seen = true;
        // The region first, Sei Balai; then the public summary, the file, and Enter.
        dialog->scopeCombo()->setCurrentIndex(dialog->scopeCombo()->findData(QStringLiteral("12.19.07")));
        QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier);
        QTRY_VERIFY(dialog->publicRadio()->isChecked()); // a mnemonic clicks after a moment
        QVERIFY(!dialog->receiverCombo()->isEnabled());
        QVERIFY(dialog->fileEdit()->text().endsWith(QStringLiteral(".relawas.json")));
        QVERIFY(dialog->fileEdit()->text().contains(QStringLiteral("12.19.07")));
        dialog->fileEdit()->setFocus();
        dialog->fileEdit()->selectAll();
        QTest::keyClicks(dialog->fileEdit(), file);
        QTest::keyClick(dialog->fileEdit(), Qt::Key_Return);
    });
    QTest::keyClick(&screen, Qt::Key_E, Qt::ControlModifier);
    QVERIFY(seen);
    QCOMPARE(written.count(), 1);
    std::ifstream in(file.toStdString(), std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    QVERIFY(bytes.find("\"public\"") != std::string::npos);
    for (const char* personal : {"1219074409930032", "Siti Aminah", "+6281234567001"}) {
        QVERIFY2(bytes.find(personal) == std::string::npos, personal);
    }
}

QTEST_MAIN(SyncScreenTest)
#include "SyncScreenTest.moc"

// The papers and scores of a training on the "Pelatihan" screen, in Indonesian as a trainer meets them: Ctrl+P asks
// for the day and prints the daftar hadir in a preview that also saves it as PDF (read back with pdftotext); the
// cards issue the missing codes and fill eight to a page; Ctrl+G opens the score sheet of a P2P class, typed by
// keyboard, the result and pass or fail following each score; the certificates of those who earned one, and their
// numbers looked up as typed off the paper.
#include "GuiTestSupport.h"
#include "ModalPoll.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "TrainingFixtures.h"
#include "common/PrintoutPreview.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/ScoreSheet.h"
#include "core/organising/TrainingService.h"
#include "core/trainings/CardCodeRepository.h"
#include "trainings/CertificateLookupDialog.h"
#include "trainings/ComponentWeightsDialog.h"
#include "trainings/ScoreSheetDialog.h"
#include "trainings/ScoreSheetModel.h"
#include "trainings/SheetOptionsDialog.h"
#include "trainings/TrainingsScreen.h"

#include <functional>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace relawas;

namespace {

constexpr core::Date kRakernisDay{std::chrono::year{2024}, std::chrono::September, std::chrono::day{15}};

// The text of a PDF as pdftotext reads it.
QString pdfText(const QString& path)
{
    QProcess tool;
    tool.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!tool.waitForFinished(60000) || tool.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(tool.readAllStandardOutput());
}

// Typed as a keyboard types: each key goes to whatever has the focus at that moment (the first digit in a cell opens
// its editor, the next ones go into it).
void type(const QString& keys)
{
    for (const QChar key : keys) {
        QTest::keyClicks(QApplication::focusWidget(), QString(key));
    }
}

} // namespace

class TrainingPapersTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theDaftarHadirOfADayIsPreviewedAndSavedWithItsTimes();
    void cardsAreIssuedAndPrintedEightToAPage();
    void scoresAreTypedByKeyboardAndTheResultFollows();
    void theWeightsAreChangedAndTheResultsFollow();
    void certificatesAreNumberedOnceAndLookedUp();

private:
    void whenModal(std::function<void(QWidget*)> act) { testing::whenModal(this, std::move(act)); }
    core::Training training(core::TrainingKind kind, int days) const;
    void choose(const core::Training& training);
    QAction* action(const char* name) const { return m_screen->findChild<QAction*>(QString::fromLatin1(name)); }

    std::unique_ptr<testing::TestDatabase> m_db;
    testing::RakernisPeople m_people;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::TrainingsScreen> m_screen;
    QTemporaryDir m_folder;
};

void TrainingPapersTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    gui::Theme::apply(*qApp);
    QVERIFY(m_folder.isValid());
}

void TrainingPapersTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_people = testing::addRakernisPeople(m_db->database(), 3, 2, 2);
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "panitia", QStringLiteral("12.19")});
    m_screen = std::make_unique<gui::TrainingsScreen>(*m_session);
    m_screen->resize(1300, 700);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TrainingPapersTest::cleanup()
{
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

// A training of Batu Bara starting on the founding day, the Panwascam and secretariat invited as participants.
core::Training TrainingPapersTest::training(core::TrainingKind kind, int days) const
{
    core::TrainingService service(m_db->database(), "panitia");
    core::Training training;
    training.kind = kind;
    training.title = kind == core::TrainingKind::P2p ? "Pendidikan Pengawas Partisipatif"
                                                     : "Rakernis Kampung Pengawasan Partisipatif";
    training.scopeCode = "12.19";
    training.venue = "Singapore City Hotel";
    training.startDate = kRakernisDay;
    training.endDate = core::Date(std::chrono::sys_days(kRakernisDay) + std::chrono::days(days - 1));
    training = service.save(training);
    service.inviteWhere(training.meta.uuid,
                        {{core::RoleKind::AnggotaPanwascam, core::RoleKind::StafSekretariat}, "12.19"},
                        core::InvitationPart::Peserta);
    return training;
}

void TrainingPapersTest::choose(const core::Training& training)
{
    m_screen->refresh();
    QVERIFY(m_screen->selectTraining(QString::fromStdString(training.meta.uuid)));
    m_screen->findChild<QTableView*>(QStringLiteral("trainingTableView"))->setFocus();
}

void TrainingPapersTest::theDaftarHadirOfADayIsPreviewedAndSavedWithItsTimes()
{
    const core::Training rakernis = training(core::TrainingKind::Rakernis, 2);
    core::CheckInDesk desk(m_db->database(), "meja", rakernis.meta.uuid, rakernis.day(1));
    QCOMPARE(desk.submit(m_people.members[0].nik).result, core::CheckInResult::CheckedIn);
    QCOMPARE(desk.submit(m_people.staff[0].nik).result, core::CheckInResult::CheckedIn);
    choose(rakernis);

    const QString path = m_folder.filePath(QStringLiteral("daftar-hadir.pdf"));
    int previewPages = 0;
    int savedPages = 0;
    whenModal([&](QWidget* modal) {
        auto* options = qobject_cast<gui::SheetOptionsDialog*>(modal);
        QVERIFY(options);
        QCOMPARE(options->dayComboBox()->count(), 2); // a day per day of the training
        QCOMPARE(QApplication::focusWidget(), options->dayComboBox());
        QTest::keyClick(options->dayComboBox(), Qt::Key_Home); // the first day
        QTest::keyClick(options, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), options->timesCheckBox());
        QTest::keyClick(options->timesCheckBox(), Qt::Key_Space);
        QTest::keyClick(options, Qt::Key_Tab);
        QTest::keyClick(options->spareSpinBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(options->spareSpinBox(), QStringLiteral("3"));
        whenModal([&](QWidget* next) {
            auto* preview = qobject_cast<gui::PrintoutPreview*>(next);
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            previewPages = preview->pageCount();
            QVERIFY(preview->savePdf(path));
            savedPages = previewPages;
        });
        QTest::keyClick(options->spareSpinBox(), Qt::Key_Return);
    });
    QTest::keyClick(m_screen->findChild<QTableView*>(QStringLiteral("trainingTableView")), Qt::Key_P,
                    Qt::ControlModifier);
    QTRY_VERIFY(savedPages > 0);

    // 60 participants and 3 spare rows: 22 on the first page, 27 on the second, 14 and the signature on the third.
    QCOMPARE(previewPages, 3);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("DAFTAR HADIR")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM")));
    QVERIFY(text.contains(QStringLiteral("Minggu, 15 September 2024")));
    QVERIFY(text.contains(QStringLiteral("Anggota Panwascam")));
    QVERIFY(text.contains(QStringLiteral("Staf Sekretariat")));
    QVERIFY(text.contains(QString::fromStdString(m_people.members[0].fullName)));
    QCOMPARE(text.count(QRegularExpression(QStringLiteral("Hadir \\d\\d[:.]\\d\\d"))), 2);
    QVERIFY(text.contains(QStringLiteral("63."))); // 60 people and 3 spare rows, numbered
    QVERIFY(!text.contains(QStringLiteral("64.")));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TrainingPapersTest::cardsAreIssuedAndPrintedEightToAPage()
{
    const core::Training rakernis = training(core::TrainingKind::Rakernis, 1);
    choose(rakernis);
    int pages = 0;
    whenModal([&pages](QWidget* modal) {
        auto* preview = qobject_cast<gui::PrintoutPreview*>(modal);
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        pages = preview->pageCount();
    });
    action("printCardsAction")->trigger();
    QTRY_COMPARE(pages, 8); // 60 cards, 8 to a page
    core::CardCodeRepository codes(m_db->database());
    for (const core::Person& person : m_people.members) {
        QVERIFY(codes.currentOf(person.meta.uuid));
    }
}

void TrainingPapersTest::scoresAreTypedByKeyboardAndTheResultFollows()
{
    const core::Training p2p = training(core::TrainingKind::P2p, 1);
    choose(p2p);
    auto* scores = m_screen->findChild<QPushButton*>(QStringLiteral("scoresPushButton"));
    QVERIFY(scores->isEnabled());

    QString firstResult;
    QString firstVerdict;
    QString refused;
    QString cleared;
    whenModal([&](QWidget* modal) {
        auto* dialog = qobject_cast<gui::ScoreSheetDialog*>(modal);
        QVERIFY(dialog);
        QTableView* table = dialog->table();
        gui::ScoreSheetModel* model = dialog->model();
        QCOMPARE(model->columnCount(), gui::ScoreSheetModel::FirstComponentColumn + 5 + 2); // 5 components
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(table->currentIndex().column(), int(gui::ScoreSheetModel::FirstComponentColumn));
        // 60, 80, 90, 85, 75 along the row: 9 + 24 + 4.5 + 25.5 + 15 = 78.
        for (const char* score : {"60", "80", "90", "85"}) {
            type(QString::fromLatin1(score));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        type(QStringLiteral("75"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(table->currentIndex().row(), 1); // Enter goes down, as on the paper
        firstResult = model->index(0, model->resultColumn()).data().toString();
        firstVerdict = model->index(0, model->verdictColumn()).data().toString();

        // 150 is no score: said, and nothing saved.
        type(QStringLiteral("150"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog->problemLabel()->text().isEmpty()); // the editor commits a moment after Enter
        refused = dialog->problemLabel()->text();
        QCOMPARE(table->currentIndex().row(), 1); // stays on the refused cell

        // Back up and clear the posttest: the result is incomplete again.
        table->setFocus();
        table->setCurrentIndex(model->index(0, gui::ScoreSheetModel::FirstComponentColumn + 4));
        QTest::keyClick(table, Qt::Key_Delete);
        cleared = model->index(0, model->verdictColumn()).data().toString();
        QVERIFY2(dialog->countsLabel()->text().startsWith(QStringLiteral("60 ")),
                 qPrintable(dialog->countsLabel()->text()));
    });
    QTest::keyClick(m_screen->findChild<QTableView*>(QStringLiteral("trainingTableView")), Qt::Key_G,
                    Qt::ControlModifier);
    QTRY_VERIFY(!cleared.isEmpty());

    QCOMPARE(firstResult, QStringLiteral("78,0")); // Indonesian: a decimal comma
    QCOMPARE(firstVerdict, QStringLiteral("Lulus"));
    QVERIFY2(refused.contains(QStringLiteral("150")), qPrintable(refused));
    QCOMPARE(cleared, QStringLiteral("belum lengkap"));

    const auto rows = core::ScoreSheet(m_db->database(), "test", p2p.meta.uuid).rows();
    QCOMPARE(rows[0].scores[0], std::optional<double>(60));
    QCOMPARE(rows[0].scores[3], std::optional<double>(85));
    QVERIFY(!rows[0].scores[4]); // cleared
    QVERIFY(!rows[1].scores[0]); // 150 refused
}

void TrainingPapersTest::theWeightsAreChangedAndTheResultsFollow()
{
    const core::Training p2p = training(core::TrainingKind::P2p, 1);
    {
        core::ScoreSheet sheet(m_db->database(), "pelatih", p2p.meta.uuid);
        const std::vector<double> scores{60, 80, 90, 85, 75}; // 78 with the default weights
        for (std::size_t i = 0; i < scores.size(); ++i) {
            sheet.set(sheet.rows()[0].participant.invitation.personUuid, i, scores[i]);
        }
    }
    choose(p2p);
    QString before;
    QString after;
    QString refusedSum;
    bool refusedSave = true;
    whenModal([&](QWidget* modal) {
        auto* sheet = qobject_cast<gui::ScoreSheetDialog*>(modal);
        QVERIFY(sheet);
        before = sheet->model()->index(0, sheet->model()->resultColumn()).data().toString();
        whenModal([&](QWidget* next) {
            auto* weights = qobject_cast<gui::ComponentWeightsDialog*>(next);
            QVERIFY(weights);
            // Audio visual 30 → 20: the total is 90 and the form cannot be saved.
            QDoubleSpinBox* audio = weights->weightSpinBoxes()[1];
            audio->setFocus();
            audio->selectAll();
            QTest::keyClicks(audio, QStringLiteral("20"));
            refusedSum = weights->sumLabel()->text();
            refusedSave = weights->saveButton()->isEnabled();
            // Posttest 20 → 30: 100 again.
            QDoubleSpinBox* posttest = weights->weightSpinBoxes()[4];
            posttest->setFocus();
            posttest->selectAll();
            QTest::keyClicks(posttest, QStringLiteral("30"));
            QVERIFY(weights->saveButton()->isEnabled());
            QTest::keyClick(posttest, Qt::Key_Return);
        });
        sheet->findChild<QPushButton*>(QStringLiteral("componentsPushButton"))->click();
        after = sheet->model()->index(0, sheet->model()->resultColumn()).data().toString();
        QCOMPARE(sheet->model()
                     ->headerData(gui::ScoreSheetModel::FirstComponentColumn + 4, Qt::Horizontal, Qt::DisplayRole)
                     .toString(),
                 QStringLiteral("Posttest\n30%"));
    });
    QTest::keyClick(m_screen->findChild<QTableView*>(QStringLiteral("trainingTableView")), Qt::Key_G,
                    Qt::ControlModifier);
    QTRY_VERIFY(!after.isEmpty());
    QCOMPARE(before, QStringLiteral("78,0"));
    QVERIFY2(refusedSum.contains(QStringLiteral("90")), qPrintable(refusedSum));
    QVERIFY(!refusedSave);
    // 60x0.15 + 80x0.20 + 90x0.05 + 85x0.30 + 75x0.30 = 9 + 16 + 4.5 + 25.5 + 22.5 = 77.5
    QCOMPARE(after, QStringLiteral("77,5"));
    QCOMPARE(core::ScoreSheet(m_db->database(), "test", p2p.meta.uuid).components()[1].weight, 20.0);
}

void TrainingPapersTest::certificatesAreNumberedOnceAndLookedUp()
{
    const core::Training p2p = training(core::TrainingKind::P2p, 1);
    core::ScoreSheet sheet(m_db->database(), "pelatih", p2p.meta.uuid);
    const auto rows = sheet.rows();
    const std::vector<double> passing{60, 80, 90, 85, 75}; // 78
    const std::vector<double> failing{40, 60, 50, 65, 70}; // 60
    for (std::size_t i = 0; i < 5; ++i) {
        sheet.set(rows[0].participant.invitation.personUuid, i, passing[i]);
        sheet.set(rows[1].participant.invitation.personUuid, i, failing[i]);
    }
    core::CheckInDesk desk(m_db->database(), "meja", p2p.meta.uuid, p2p.day(1));
    for (std::size_t i = 0; i < 2; ++i) {
        QCOMPARE(desk.submit(rows[i].participant.nik).result, core::CheckInResult::CheckedIn);
    }
    choose(p2p);

    const QString path = m_folder.filePath(QStringLiteral("sertifikat.pdf"));
    int pages = 0;
    whenModal([&](QWidget* modal) {
        auto* preview = qobject_cast<gui::PrintoutPreview*>(modal);
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        pages = preview->pageCount();
        QVERIFY(preview->savePdf(path));
    });
    action("printCertificatesAction")->trigger();
    QTRY_COMPARE(pages, 1); // present and passed: one; present and failed: none
    const QString text = pdfText(path);
    const QString holder = QString::fromStdString(rows[0].participant.fullName);
    QVERIFY(text.contains(holder));
    QVERIFY(!text.contains(QString::fromStdString(rows[1].participant.fullName)));
    QVERIFY(text.contains(QStringLiteral("0001/SERT/12.19/IX/2024")));

    QString answer;
    whenModal([&answer](QWidget* modal) {
        auto* dialog = qobject_cast<gui::CertificateLookupDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(QApplication::focusWidget(), dialog->numberEdit());
        QTest::keyClicks(dialog->numberEdit(), QStringLiteral("1/sert/12.19/ix/2024"));
        QTest::keyClick(dialog->numberEdit(), Qt::Key_Return);
        answer = dialog->answerLabel()->text();
        QTest::keyClick(dialog->numberEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->numberEdit(), QStringLiteral("0002/SERT/12.19/IX/2024"));
        QTest::keyClick(dialog->numberEdit(), Qt::Key_Return);
        QVERIFY(!dialog->answerLabel()->text().contains(QStringLiteral("78")));
        QVERIFY(dialog->answerLabel()->text().contains(QStringLiteral("0002/SERT/12.19/IX/2024")));
    });
    action("checkCertificateAction")->trigger();
    QTRY_VERIFY(!answer.isEmpty());
    QVERIFY2(answer.contains(holder.toHtmlEscaped()), qPrintable(answer));
    QVERIFY(answer.contains(QStringLiteral("78,0")));
    QVERIFY(answer.contains(QStringLiteral("0001/SERT/12.19/IX/2024")));
}

QTEST_MAIN(TrainingPapersTest)
#include "TrainingPapersTest.moc"

// Laporan in Indonesian over 300 people of Batu Bara: the report opens in the print preview, the workbook is written
// on its worker thread (the full NIK only after the user confirms), the public summary holds no personal data.
#include "laporan/LaporanScreen.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "common/PrintoutPreview.h"
#include "common/Session.h"
#include "common/Translations.h"

#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relawas;

class LaporanScreenTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theReportOpensInThePrintPreview();
    void theWorkbookIsWrittenPrivately();
    void theFullNikNeedsAConfirmation();
    void thePublicSummaryHoldsNoPersonalData();

private:
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::LaporanScreen> m_screen;
    std::vector<testing::RosterPerson> m_people;
    QTemporaryDir m_out;
};

void LaporanScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void LaporanScreenTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_people = testing::addBatuBaraPeople(m_db->database(), 300);
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "tester", QStringLiteral("12.19")});
    m_screen = std::make_unique<gui::LaporanScreen>(*m_session);
    m_screen->resize(1000, 700);
    m_screen->show();
}

void LaporanScreenTest::cleanup()
{
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

void LaporanScreenTest::theReportOpensInThePrintPreview()
{
    gui::PrintoutPreview* preview = m_screen->previewReport();
    QVERIFY(preview != nullptr);
    QTRY_VERIFY(preview->pageCount() >= 2); // the cover, then the figures
    QVERIFY(preview->windowTitle().contains(QStringLiteral("Batu Bara")));
    const QString pdf = m_out.filePath(QStringLiteral("laporan.pdf"));
    QVERIFY(preview->savePdf(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    preview->close();
}

void LaporanScreenTest::theWorkbookIsWrittenPrivately()
{
    const QString path = m_out.filePath(QStringLiteral("laporan.xlsx"));
    QSignalSpy status(m_screen.get(), &gui::LaporanScreen::statusMessage);
    QVERIFY(m_screen->writeWorkbook(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK")); // a zip: the XLSX package
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QCOMPARE(status.count(), 1);
    QVERIFY(status.first().first().toString().contains(path));
}

void LaporanScreenTest::theFullNikNeedsAConfirmation()
{
    m_screen->findChild<QCheckBox*>(QStringLiteral("fullNikCheckBox"))->setChecked(true);
    const QString path = m_out.filePath(QStringLiteral("dengan-nik.xlsx"));
    testing::MessageBoxAnswerer answer;
    answer.answerNext(QMessageBox::Cancel);
    QVERIFY(!m_screen->writeWorkbook(path));
    QVERIFY(answer.text().contains(QStringLiteral("NIK lengkap")));
    QVERIFY(!QFileInfo::exists(path));
    answer.answerNext(QMessageBox::Yes);
    QVERIFY(m_screen->writeWorkbook(path));
    QVERIFY(QFileInfo::exists(path));
}

void LaporanScreenTest::thePublicSummaryHoldsNoPersonalData()
{
    const QString path = m_out.filePath(QStringLiteral("ringkasan.json"));
    QVERIFY(m_screen->writePublicSummary(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(QJsonDocument::fromJson(text).isObject());
    for (const testing::RosterPerson& person : m_people) {
        QVERIFY(!text.contains(QByteArray::fromStdString(person.person.fullName)));
        if (!person.person.nik.empty()) {
            QVERIFY(!text.contains(QByteArray::fromStdString(person.person.nik)));
        }
    }
}

QTEST_MAIN(LaporanScreenTest)
#include "LaporanScreenTest.moc"

// A Panwascam clerk gets the volunteers of Sei Balai as a spreadsheet saved from Excel: semicolons, a BOM, one NIK
// that Excel turned into 1.21907E+15 and a village nobody knows. The wizard reads it, maps its columns, shows in a
// dry run what would happen without writing anything, imports the good row and keeps the refused ones to fix.
#include "importwizard/ImportWizard.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/PersonRepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace relawas;

class ImportWizardTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void aClerkChecksThenImportsASpreadsheetFromExcel();
    void aMappingWithoutTheFullNameDoesNotGoOn();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        T* found = m_wizard->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no widget %s", name);
        }
        return found;
    }
    long long people() const { return core::PersonRepository(m_db->database()).countLiving(); }
    void next() { QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton); }
    void commit() { QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton); }
    QString writeSpreadsheet();

    QTemporaryDir m_dir;
    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<gui::ImportWizard> m_wizard;
};

void ImportWizardTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    QVERIFY(m_dir.isValid());
}

void ImportWizardTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "panwascam.seibalai", "12.19"});
    m_wizard = std::make_unique<gui::ImportWizard>(*m_session, QStringLiteral("12.19"));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void ImportWizardTest::cleanup()
{
    m_wizard.reset();
    m_session.reset();
    m_db.reset();
}

QString ImportWizardTest::writeSpreadsheet()
{
    const QString path = m_dir.filePath(QStringLiteral("relawan-sei-balai.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write("\xEF\xBB\xBF"
               "Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan\r\n"
               "Siti Aminah;1219075109950001;P;11/09/1995;0812-3456-7890;Durian;Sei Balai\r\n"
               "Budi Santoso;1.21907E+15;L;02/03/1990;0813-2222-3333;Durian;Sei Balai\r\n"
               "Rina Marpaung;1219074404920002;P;04/04/1992;0812-7777-8888;Kampung Entah Berantah;Sei Balai\r\n");
    return path;
}

void ImportWizardTest::aClerkChecksThenImportsASpreadsheetFromExcel()
{
    const QString path = writeSpreadsheet();
    widget<QLineEdit>("fileLineEdit")->setText(path);
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("titik koma")));

    // Every header found its field; the first person's values are shown beside them.
    auto* mapping = widget<QTableWidget>("mappingTableWidget");
    QCOMPARE(mapping->rowCount(), 7);
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("Nama Lengkap"));
    QCOMPARE(mapping->item(0, 1)->text(), QStringLiteral("Siti Aminah"));
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(0, 2))->currentText(), QStringLiteral("Nama lengkap"));
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(1, 2))->currentText(), QStringLiteral("NIK"));
    QCOMPARE(qobject_cast<QComboBox*>(mapping->cellWidget(5, 2))->currentText(), QStringLiteral("Desa/Kelurahan"));

    next(); // the dry run
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::DryRunPage));
    QCOMPARE(people(), 0);
    auto* rows = widget<QTableWidget>("dryRunTableWidget");
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->item(0, 0)->text(), QStringLiteral("2"));
    QVERIFY(rows->item(0, 1)->text() == QStringLiteral("diterima") ||
            rows->item(0, 1)->text() == QStringLiteral("peringatan"));
    QCOMPARE(rows->item(1, 1)->text(), QStringLiteral("ditolak"));
    QCOMPARE(rows->item(2, 1)->text(), QStringLiteral("ditolak"));
    QVERIFY(!rows->item(1, 2)->text().isEmpty());
    QCOMPARE(m_wizard->dryRunReport()->summary.refused, 2u);

    commit(); // the import itself
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::ResultPage));
    QCOMPARE(people(), 1);
    QCOMPARE(m_wizard->importReport()->summary.written, 1u);
    QVERIFY(widget<QLabel>("resultSummaryLabel")->text().contains(QStringLiteral("1 orang diimpor")));

    // The refused rows go back to the clerk as a CSV to fix, each with its reason.
    QVERIFY(widget<QAbstractButton>("saveRefusedPushButton")->isEnabled());
    const QString refusedPath = m_dir.filePath(QStringLiteral("ditolak.csv"));
    QVERIFY(m_wizard->saveRefusedRows(refusedPath));
    QFile refused(refusedPath);
    QVERIFY(refused.open(QIODevice::ReadOnly));
    const QByteArray text = refused.readAll();
    QVERIFY(text.contains("Budi Santoso"));
    QVERIFY(text.contains("Rina Marpaung"));
    QVERIFY(!text.contains("Siti Aminah"));
}

void ImportWizardTest::aMappingWithoutTheFullNameDoesNotGoOn()
{
    widget<QLineEdit>("fileLineEdit")->setText(writeSpreadsheet());
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    auto* nameField = qobject_cast<QComboBox*>(widget<QTableWidget>("mappingTableWidget")->cellWidget(0, 2));
    nameField->setCurrentIndex(0); // (abaikan)
    QVERIFY(widget<QLabel>("mappingProblemsLabel")->text().contains(QStringLiteral("nama lengkap")));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QVERIFY(!m_wizard->dryRunReport());
    QCOMPARE(people(), 0);
}

QTEST_MAIN(ImportWizardTest)
#include "ImportWizardTest.moc"

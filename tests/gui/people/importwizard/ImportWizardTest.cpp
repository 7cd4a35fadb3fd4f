// A Panwascam clerk gets the volunteers of Sei Balai as a spreadsheet saved from Excel: semicolons, a BOM, one NIK
// that Excel turned into 1.21907E+15 and a village nobody knows. The wizard reads it, maps its columns, shows in a
// dry run what would happen without writing anything, imports the good row and keeps the refused ones to fix.
// Files from elsewhere need a hand: an old Excel's Windows-1252, a semicolon taken for something else, a form heading
// above the table; and a column the clerk mapped once is mapped the same way in next month's file.
#include "people/importwizard/ImportWizard.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleForTests.h"
#include "TestDatabase.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "core/people/PersonRepository.h"
#include "core/people/RoleRepository.h"
#include "core/roster/RosterExport.h"
#include "core/storage/SettingsStore.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMultiMap>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    void aWindows1252FileIsReadRightUnlessForcedToUtf8();
    void aForcedDelimiterRereadsTheFile();
    void aWorkbookHasNoTextOptions();
    void theClerkPicksTheHeaderBelowAFormHeading();
    void aChangedColumnIsRememberedForTheNextFile();
    void everyPageHasItsOwnAltKeys_data();
    void everyPageHasItsOwnAltKeys();
    void aClerkImportsAndSavesTheRefusedRowsByKeyboard();

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
    long long people() const { return testing::TestPeople(m_db->database()).countLiving(); }
    void next() { QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton); }
    void back() { QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton); }
    void commit() { QTest::mouseClick(m_wizard->button(QWizard::CommitButton), Qt::LeftButton); }
    void openWizard();
    QString writeFile(const QString& name, const QByteArray& bytes);
    QString writeSpreadsheet();
    QComboBox* fieldOfColumn(int column) const
    {
        return qobject_cast<QComboBox*>(widget<QTableWidget>("mappingTableWidget")->cellWidget(column, 2));
    }
    static void choose(QComboBox* combo, const QVariant& data)
    {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }
    QStringList altKeyCollisions() const;

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
    openWizard();
}

void ImportWizardTest::openWizard()
{
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

QString ImportWizardTest::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

QString ImportWizardTest::writeSpreadsheet()
{
    return writeFile(QStringLiteral("relawan-sei-balai.csv"),
                     "\xEF\xBB\xBF"
                     "Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan\r\n"
                     "Siti Aminah;1219075109950001;P;11/09/1995;0812-3456-7890;Durian;Sei Balai\r\n"
                     "Budi Santoso;1.21907E+15;L;02/03/1990;0813-2222-3333;Durian;Sei Balai\r\n"
                     "Rina Marpaung;1219074404920002;P;04/04/1992;0812-7777-8888;Kampung Entah Berantah;Sei Balai\r\n");
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
    QCOMPARE(refused.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // Saved over the database by a slip of the file dialog: refused in Indonesian, the database untouched.
    testing::MessageBoxAnswerer answerer;
    answerer.answerNext(QMessageBox::Ok);
    const QString database = QString::fromStdString(m_db->database().path().string());
    QVERIFY(!m_wizard->saveRefusedRows(database));
    QVERIFY2(answerer.text().contains(QStringLiteral("tidak boleh ditimpa")), qPrintable(answerer.text()));
    QCOMPARE(people(), 1);
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

// Excel of an older Windows saves "CSV (Comma delimited)" in Windows-1252, and its AutoCorrect turns the apostrophe
// of Nur'aini into a curly one (byte 0x92). Read as UTF-8, that byte is no character at all.
void ImportWizardTest::aWindows1252FileIsReadRightUnlessForcedToUtf8()
{
    const QString path = writeFile(QStringLiteral("relawan-1252.csv"),
                                   "Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan\r\n"
                                   "Nur\x92"
                                   "aini Siregar;1219075109950001;P;11/09/1995;0812-3456-7890;Durian;Sei Balai\r\n");
    const QString rightName = QStringLiteral("Nur\u2019aini Siregar");
    auto* encoding = widget<QComboBox>("encodingComboBox");
    QVERIFY(encoding->isEnabled());
    widget<QLineEdit>("fileLineEdit")->setText(path);
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("Windows-1252")));
    auto* mapping = widget<QTableWidget>("mappingTableWidget");
    QCOMPARE(mapping->item(0, 1)->text(), rightName);
    auto* preview = widget<QTableWidget>("mappingPreviewTableWidget");
    QCOMPARE(preview->rowCount(), 1);
    QCOMPARE(preview->item(0, 0)->text(), rightName);

    // Forced to UTF-8, the file is read again at once and the name breaks.
    back();
    choose(encoding, int(core::TextEncoding::Utf8));
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("UTF-8")));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    const QString broken = mapping->item(0, 1)->text();
    QVERIFY2(broken != rightName, qPrintable(broken));
    QVERIFY(broken.contains(QChar::ReplacementCharacter));

    // Back to automatic, and the person is imported under the right name.
    back();
    encoding->setCurrentIndex(0);
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("Windows-1252")));
    next();
    QCOMPARE(mapping->item(0, 1)->text(), rightName);
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::DryRunPage));
    commit();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::ResultPage));
    const auto person = testing::TestPeople(m_db->database()).findByNik("1219075109950001");
    QVERIFY(person);
    QCOMPARE(QString::fromStdString(person->fullName), rightName);
}

void ImportWizardTest::aForcedDelimiterRereadsTheFile()
{
    widget<QLineEdit>("fileLineEdit")->setText(writeSpreadsheet());
    next();
    QCOMPARE(widget<QTableWidget>("mappingTableWidget")->rowCount(), 7);

    // Read with commas, the semicolon file is one column: no header, no full name, no going on.
    back();
    auto* delimiter = widget<QComboBox>("delimiterComboBox");
    choose(delimiter, int(','));
    const QString info = widget<QLabel>("fileInfoLabel")->text();
    QVERIFY2(!info.contains(QStringLiteral("titik koma")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("koma")), qPrintable(info));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QCOMPARE(widget<QTableWidget>("mappingTableWidget")->rowCount(), 1);
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QVERIFY(!m_wizard->dryRunReport());

    // The semicolon chosen by hand gives the seven columns back, and the dry run reads the file the same way.
    back();
    choose(delimiter, int(';'));
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("titik koma")));
    next();
    QCOMPARE(widget<QTableWidget>("mappingTableWidget")->rowCount(), 7);
    QCOMPARE(fieldOfColumn(1)->currentData().toString(), QStringLiteral("nik"));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::DryRunPage));
    QCOMPARE(m_wizard->dryRunReport()->rows.size(), std::size_t(3));
    QCOMPARE(people(), 0);
}

// An XLSX says itself how its text is stored: the encoding and delimiter are for text files only.
void ImportWizardTest::aWorkbookHasNoTextOptions()
{
    core::Person person;
    person.fullName = "Siti Aminah";
    person.nik = "1219075109950001";
    person.villageCode = "12.19.07.2004";
    testing::TestPeople(m_db->database()).save(person, "tester");
    const QString workbook = m_dir.filePath(QStringLiteral("roster.xlsx"));
    core::RosterExportOptions exportOptions;
    exportOptions.fields = {core::RosterField::Name, core::RosterField::Nik, core::RosterField::Village,
                            core::RosterField::Kecamatan};
    exportOptions.headers = {"Nama Lengkap", "NIK", "Desa", "Kecamatan"};
    exportOptions.fullNik = true;
    core::exportRosterXlsx(workbook.toStdString(), m_db->database(), {}, {}, exportOptions);

    auto* encoding = widget<QComboBox>("encodingComboBox");
    auto* delimiter = widget<QComboBox>("delimiterComboBox");
    choose(delimiter, int(';'));
    widget<QLineEdit>("fileLineEdit")->setText(workbook);
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("XLSX")));
    QCOMPARE(widget<QTableWidget>("mappingTableWidget")->item(0, 1)->text(), QStringLiteral("Siti Aminah"));
    back();
    QVERIFY(!encoding->isEnabled());
    QVERIFY(!delimiter->isEnabled());
    QCOMPARE(delimiter->currentIndex(), 0); // the next CSV starts from the detection again

    auto* file = widget<QLineEdit>("fileLineEdit");
    file->setText(writeSpreadsheet());
    emit file->editingFinished();
    QVERIFY(encoding->isEnabled());
    QVERIFY(delimiter->isEnabled());
    QVERIFY(widget<QLabel>("fileInfoLabel")->text().contains(QStringLiteral("titik koma")));
}

// A sheet made as a form: the kecamatan and the village stand above the table, so their row names two fields just as
// the real header (Nama, L/P) does, and the detection takes the first.
void ImportWizardTest::theClerkPicksTheHeaderBelowAFormHeading()
{
    widget<QLineEdit>("fileLineEdit")
        ->setText(writeFile(QStringLiteral("formulir.csv"), "DAFTAR RELAWAN PENGAWAS PARTISIPATIF;;;;\r\n"
                                                            "Kecamatan;Sei Balai;Desa;Durian;\r\n"
                                                            ";;;;\r\n"
                                                            "Nama;Nomor KTP/NIK;L/P;Alamat;\r\n"
                                                            "Siti Aminah;1219075109950001;P;Dusun I;\r\n"
                                                            "Budi Santoso;1219070203900003;L;Dusun II;\r\n"));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    auto* headerLine = widget<QComboBox>("headerLineComboBox");
    QCOMPARE(headerLine->count(), 5); // the blank line is no choice
    QCOMPARE(headerLine->currentData().toULongLong(), 2ull);
    auto* mapping = widget<QTableWidget>("mappingTableWidget");
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("Kecamatan"));
    next(); // no full name on that line
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));

    choose(headerLine, qulonglong(4));
    QCOMPARE(mapping->rowCount(), 4);
    QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("Nama"));
    QCOMPARE(mapping->item(0, 1)->text(), QStringLiteral("Siti Aminah"));
    QCOMPARE(fieldOfColumn(0)->currentData().toString(), QStringLiteral("full_name"));
    QCOMPARE(fieldOfColumn(2)->currentData().toString(), QStringLiteral("gender"));
    QCOMPARE(fieldOfColumn(1)->currentIndex(), 0); // "Nomor KTP/NIK" is not a name core knows
    choose(fieldOfColumn(1), QStringLiteral("nik"));
    QCOMPARE(m_wizard->mapping().headerLine, std::size_t(4));
    QCOMPARE(widget<QTableWidget>("mappingPreviewTableWidget")->rowCount(), 2);

    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::DryRunPage));
    const auto& rows = m_wizard->dryRunReport()->rows;
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows.front().line, std::size_t(5));
    QCOMPARE(rows.back().line, std::size_t(6));

    // Back on the mapping page, and even back on the file page and on again, the clerk's choices are still there.
    back();
    QCOMPARE(headerLine->currentData().toULongLong(), 4ull);
    QCOMPARE(fieldOfColumn(1)->currentData().toString(), QStringLiteral("nik"));
    back();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::FilePage));
    next();
    QCOMPARE(headerLine->currentData().toULongLong(), 4ull);
    QCOMPARE(fieldOfColumn(1)->currentData().toString(), QStringLiteral("nik"));
}

void ImportWizardTest::aChangedColumnIsRememberedForTheNextFile()
{
    const QByteArray header = "Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan;Utusan\r\n";
    widget<QLineEdit>("fileLineEdit")
        ->setText(writeFile(QStringLiteral("januari.csv"),
                            header + "Siti Aminah;1219075109950001;P;11/09/1995;0812-3456-7890;Durian;Sei Balai;"
                                     "Karang Taruna\r\n"));
    next();
    QCOMPARE(fieldOfColumn(7)->currentIndex(), 0); // "Utusan" (sent by) means nothing to the detection
    choose(fieldOfColumn(7), QStringLiteral("organisation"));
    next();
    commit();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::ResultPage));
    QCOMPARE(people(), 1);
    // What the clerk changed is kept, what the detection found is left to it.
    const auto stored =
        core::SettingsStore(m_db->database()).get(core::SettingsStore::kImportColumnMapping).value_or("");
    QVERIFY2(stored.find("\"Utusan\"") != std::string::npos, stored.c_str());
    QVERIFY2(stored.find("organisation") != std::string::npos, stored.c_str());
    QVERIFY2(stored.find("Nama Lengkap") == std::string::npos, stored.c_str());

    // Next month's file from the same Panwascam opens with the clerk's choice.
    openWizard();
    widget<QLineEdit>("fileLineEdit")
        ->setText(writeFile(QStringLiteral("februari.csv"),
                            header + "Budi Santoso;1219070203900003;L;02/03/1990;0813-2222-3333;Durian;Sei Balai;"
                                     "Pramuka\r\n"));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    QCOMPARE(fieldOfColumn(7)->currentData().toString(), QStringLiteral("organisation"));
    QCOMPARE(fieldOfColumn(0)->currentData().toString(), QStringLiteral("full_name"));

    // Reset shows the detection again.
    QTest::mouseClick(widget<QPushButton>("resetMappingPushButton"), Qt::LeftButton);
    QCOMPARE(fieldOfColumn(7)->currentIndex(), 0);
    QCOMPARE(fieldOfColumn(0)->currentData().toString(), QStringLiteral("full_name"));
}

void ImportWizardTest::everyPageHasItsOwnAltKeys_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Indonesian") << QStringLiteral("id");
    QTest::newRow("English") << QStringLiteral("en");
}

// What an Alt+letter reaches on the current page: the wizard's buttons and the page's labelled fields and buttons.
QStringList ImportWizardTest::altKeyCollisions() const
{
    QMultiMap<QString, QString> targets;
    const auto add = [&targets](const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty()) {
            targets.insert(key.toString(), testing::visibleText(text));
        }
    };
    for (QLabel* label : m_wizard->findChildren<QLabel*>()) {
        if (label->buddy() && label->isVisibleTo(m_wizard.get()) && label->buddy()->isEnabled()) {
            add(label->text());
        }
    }
    for (QAbstractButton* button : m_wizard->findChildren<QAbstractButton*>()) {
        if (button->isVisibleTo(m_wizard.get()) && button->isEnabled()) {
            add(button->text());
        }
    }
    QStringList collisions;
    for (const QString& key : targets.uniqueKeys()) {
        if (targets.count(key) > 1) {
            collisions << QStringLiteral("page %1, %2: %3")
                              .arg(m_wizard->currentId())
                              .arg(key, QStringList(targets.values(key)).join(QStringLiteral(", ")));
        }
    }
    return collisions;
}

void ImportWizardTest::everyPageHasItsOwnAltKeys()
{
    QFETCH(QString, language);
    gui::installTranslations(*qApp, language);
    const auto restore = qScopeGuard([] { gui::installTranslations(*qApp, QStringLiteral("id")); });
    openWizard();

    QStringList collisions;
    widget<QLineEdit>("fileLineEdit")->setText(writeSpreadsheet());
    QVERIFY(widget<QComboBox>("encodingComboBox")->isEnabled());
    collisions << altKeyCollisions();
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::MappingPage));
    collisions << altKeyCollisions();
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::DryRunPage));
    collisions << altKeyCollisions();
    commit();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::ResultPage));
    collisions << altKeyCollisions();
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(QLatin1Char('\n'))));
}

// Alt+I imports from the dry run, Alt+D saves the refused rows; the page says where they went, and the file speaks
// Indonesian, with the hint the wizard showed. Every imported person holds the role asked for the whole file.
void ImportWizardTest::aClerkImportsAndSavesTheRefusedRowsByKeyboard()
{
    QVERIFY(m_wizard->width() >= 1000 || m_wizard->width() >= m_wizard->screen()->availableGeometry().width() * 0.9);
    m_wizard->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    widget<QLineEdit>("fileLineEdit")->setText(writeSpreadsheet());
    next();
    auto* role = widget<QComboBox>("defaultRoleComboBox");
    QCOMPARE(role->currentData().toInt(), int(core::RoleKind::Relawan));
    QVERIFY(widget<QLabel>("defaultRoleLabel")->text().contains(QStringLiteral("semua orang")));
    next();
    QCOMPARE(m_wizard->currentId(), int(gui::ImportWizard::DryRunPage));
    m_wizard->activateWindow(); // what the window manager does when the dry run's progress closes
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    QVERIFY(QApplication::focusWidget()); // the page has the focus, so the Alt keys reach its buttons
    QTest::keyClick(m_wizard.get(), Qt::Key_I, Qt::AltModifier); // a mnemonic clicks the button a moment later
    QTRY_COMPARE(m_wizard->currentId(), int(gui::ImportWizard::ResultPage));
    QCOMPARE(people(), 1);
    const auto siti = core::PersonRepository(m_db->database()).findByNik("1219075109950001");
    QVERIFY(siti);
    const auto roles = core::RoleRepository(m_db->database()).rolesOf(siti->meta.uuid);
    QCOMPARE(roles.size(), std::size_t(1));
    QCOMPARE(roles.front().kind, core::RoleKind::Relawan);

    const QString refusedPath = m_dir.filePath(QStringLiteral("ditolak-keyboard.csv"));
    m_wizard->activateWindow(); // what the window manager does when the import's progress closes
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
    // The button clicks a moment after Alt+D and its dialog runs a loop of its own: answered when it shows.
    QTimer answerer;
    answerer.setInterval(20);
    connect(&answerer, &QTimer::timeout, this, [&answerer, refusedPath] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            answerer.stop();
            dialog->selectFile(refusedPath);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection); // as the Save button does
        }
    });
    answerer.start();
    QTest::keyClick(m_wizard.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!widget<QLabel>("refusedSavedLabel")->text().isEmpty());
    const QString saved = widget<QLabel>("refusedSavedLabel")->text();
    QVERIFY2(saved.contains(QStringLiteral("2 baris")) && saved.contains(QStringLiteral("ditolak-keyboard.csv")),
             qPrintable(saved));
    QFile refused(refusedPath);
    QVERIFY(refused.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(refused.readAll());
    QVERIFY2(text.contains(QStringLiteral("Alasan ditolak")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Tidak ada desa atau kelurahan bernama ini di Kecamatan Sei Balai")),
             qPrintable(text));
}

QTEST_MAIN(ImportWizardTest)
#include "ImportWizardTest.moc"

// Indonesian is the default language and must be whole: no English from Qt's own buttons and menus, no unfinished
// entry in the program's translations. English stays available.
#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "shell/MainWindow.h"

#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace relawas;

#ifndef RELAWAS_SOURCE_DIR
#error "RELAWAS_SOURCE_DIR must name the source folder"
#endif
#ifndef RELAWAS_LUPDATE
#error "RELAWAS_LUPDATE must name Qt's lupdate"
#endif

class TranslationTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void standardButtonsSpeakIndonesian_data();
    void standardButtonsSpeakIndonesian();
    void lineEditContextMenuHasNoEnglish();
    void undoActionSpeaksIndonesian();
    void progressDialogCancelSpeaksIndonesian();
    void messageBoxDetailsButtonSpeaksIndonesian();
    void storedMomentsAndWhoDidItReadAsWords();
    void translationFilesHaveNoUnfinishedEntries_data();
    void translationFilesHaveNoUnfinishedEntries();
    void everyStringInTheSourcesIsTranslated_data();
    void everyStringInTheSourcesIsTranslated();
    void englishNavigationReadsInEnglish();

private:
    static QStringList untranslated(const QString& ts);
};

void TranslationTest::initTestCase()
{
    testing::useEmptyTestSettings();
}

void TranslationTest::init()
{
    gui::installTranslations(*qApp, QStringLiteral("id"));
}

void TranslationTest::standardButtonsSpeakIndonesian_data()
{
    QTest::addColumn<QDialogButtonBox::StandardButton>("button");
    QTest::addColumn<QString>("expected");
    QTest::newRow("OK") << QDialogButtonBox::Ok << QStringLiteral("OK");
    QTest::newRow("Cancel") << QDialogButtonBox::Cancel << QStringLiteral("Batal");
    QTest::newRow("Yes") << QDialogButtonBox::Yes << QStringLiteral("Ya");
    QTest::newRow("No") << QDialogButtonBox::No << QStringLiteral("Tidak");
    QTest::newRow("Save") << QDialogButtonBox::Save << QStringLiteral("Simpan");
    QTest::newRow("Close") << QDialogButtonBox::Close << QStringLiteral("Tutup");
    QTest::newRow("Discard") << QDialogButtonBox::Discard << QStringLiteral("Buang");
    QTest::newRow("Apply") << QDialogButtonBox::Apply << QStringLiteral("Terapkan");
}

void TranslationTest::standardButtonsSpeakIndonesian()
{
    QFETCH(QDialogButtonBox::StandardButton, button);
    QFETCH(QString, expected);
    QDialogButtonBox box(button);
    QCOMPARE(testing::visibleText(box.button(button)->text()), expected);

    // The same words in a message box, where a clerk meets them when something goes wrong.
    QMessageBox message(QMessageBox::Question, QStringLiteral("Relawas"), QStringLiteral("?"),
                        QMessageBox::StandardButton(int(button)));
    QCOMPARE(testing::visibleText(message.button(QMessageBox::StandardButton(int(button)))->text()), expected);
}

void TranslationTest::lineEditContextMenuHasNoEnglish()
{
    QLineEdit edit;
    edit.setText(QStringLiteral("Sei Balai")); // so that every action is there, most of them enabled
    edit.selectAll();
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    const QStringList english{QStringLiteral("Undo"),      QStringLiteral("Redo"),  QStringLiteral("Cut"),
                              QStringLiteral("Copy"),      QStringLiteral("Paste"), QStringLiteral("Delete"),
                              QStringLiteral("Select All")};
    QStringList seen;
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        const QString text = testing::visibleText(action->text());
        QVERIFY2(!english.contains(text), qPrintable(QStringLiteral("English in the context menu: ") + text));
        seen << text;
    }
    const QStringList indonesian{QStringLiteral("Urungkan"),   QStringLiteral("Ulangi"), QStringLiteral("Potong"),
                                 QStringLiteral("Salin"),      QStringLiteral("Tempel"), QStringLiteral("Hapus"),
                                 QStringLiteral("Pilih Semua")};
    QCOMPARE(seen, indonesian);
}

void TranslationTest::undoActionSpeaksIndonesian()
{
    QUndoStack stack;
    const std::unique_ptr<QAction> undo(stack.createUndoAction(nullptr));
    const std::unique_ptr<QAction> redo(stack.createRedoAction(nullptr));
    QVERIFY2(undo->text().startsWith(QStringLiteral("Urungkan")), qPrintable(undo->text()));
    QVERIFY2(redo->text().startsWith(QStringLiteral("Ulangi")), qPrintable(redo->text()));

    stack.push(new QUndoCommand(QStringLiteral("status Sei Balai")));
    QCOMPARE(undo->text(), QStringLiteral("Urungkan status Sei Balai"));
    stack.undo();
    QCOMPARE(redo->text(), QStringLiteral("Ulangi status Sei Balai"));
}

void TranslationTest::progressDialogCancelSpeaksIndonesian()
{
    QProgressDialog progress;
    const auto buttons = progress.findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(testing::visibleText(buttons.front()->text()), QStringLiteral("Batal"));
}

void TranslationTest::messageBoxDetailsButtonSpeaksIndonesian()
{
    QMessageBox message(QMessageBox::Warning, QStringLiteral("Relawas"), QStringLiteral("Impor gagal."),
                        QMessageBox::Close);
    message.setDetailedText(QStringLiteral("villages.csv, baris 12"));
    QStringList texts;
    for (const QAbstractButton* button : message.findChildren<QAbstractButton*>()) {
        texts << testing::visibleText(button->text());
    }
    QVERIFY2(texts.contains(QStringLiteral("Tampilkan Rincian...")), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY2(!texts.contains(QStringLiteral("Show Details...")), qPrintable(texts.join(QStringLiteral(" | "))));
    QVERIFY(texts.contains(QStringLiteral("Tutup")));
}

void TranslationTest::translationFilesHaveNoUnfinishedEntries_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minimumMessages"); // fewer, and the file has lost its entries
    const QDir folder(QStringLiteral(RELAWAS_SOURCE_DIR "/resources/translations"));
    const QStringList files = folder.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("relawas_id.ts")));
    QVERIFY(files.contains(QStringLiteral("qtbase_id.ts")));
    QVERIFY(files.contains(QStringLiteral("relawas_printouts_id.ts")));
    for (const QString& file : files) {
        // The printouts (src/printouts) have their own, smaller translation.
        const int minimum = file.startsWith(QStringLiteral("relawas_printouts_")) ? 20 : 100;
        QTest::newRow(qPrintable(file)) << folder.filePath(file) << minimum;
    }
}

// The source text of every message of a .ts file that has no translation yet.
QStringList TranslationTest::untranslated(const QString& ts)
{
    static const QRegularExpression message(QStringLiteral("<message[ >].*?</message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression emptyTranslation(
        QStringLiteral("<translation( type=\"[a-z]+\")?\\s*/>|<translation( type=\"[a-z]+\")?>\\s*</translation>|"
                       "<numerusform>\\s*</numerusform>"));
    QStringList found;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const QString entry = it.next().captured(0);
        if (entry.contains(QStringLiteral("type=\"unfinished\"")) || entry.contains(emptyTranslation)) {
            found << source.match(entry).captured(1);
        }
    }
    return found;
}

void TranslationTest::translationFilesHaveNoUnfinishedEntries()
{
    QFETCH(QString, path);
    QFETCH(int, minimumMessages);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
    const QString ts = QString::fromUtf8(file.readAll());
    QVERIFY2(ts.count(QStringLiteral("<message")) > minimumMessages, qPrintable(path));
    const QStringList missing = untranslated(ts);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: %2 untranslated: %3")
                                               .arg(path)
                                               .arg(missing.size())
                                               .arg(missing.join(QStringLiteral(" | ")))));
}

void TranslationTest::everyStringInTheSourcesIsTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sources"); // the folders whose strings the file translates
    const QStringList program{QStringLiteral("src/gui"), QStringLiteral("ui")};
    const QStringList printouts{QStringLiteral("src/printouts"), QStringLiteral("src/paperwork")};
    QTest::newRow("relawas_id.ts") << QStringLiteral("relawas_id.ts") << program;
    QTest::newRow("relawas_en.ts") << QStringLiteral("relawas_en.ts") << program;
    QTest::newRow("relawas_printouts_id.ts") << QStringLiteral("relawas_printouts_id.ts") << printouts;
    QTest::newRow("relawas_printouts_en.ts") << QStringLiteral("relawas_printouts_en.ts") << printouts;
}

// A .ts file can be complete and still stale: a tr() string added to the code after the last lupdate run has no
// entry at all, and the user reads it in English. lupdate over a copy finds such strings without touching the file.
void TranslationTest::everyStringInTheSourcesIsTranslated()
{
    QFETCH(QString, file);
    QFETCH(QStringList, sources);
    const QDir source(QStringLiteral(RELAWAS_SOURCE_DIR));
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(file);
    QVERIFY(QFile::copy(source.filePath(QStringLiteral("resources/translations/") + file), copy));

    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")};
    for (const QString& folder : sources) {
        arguments << source.filePath(folder);
    }
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(RELAWAS_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(30000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QFile updated(copy);
    QVERIFY(updated.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList missing = untranslated(QString::fromUtf8(updated.readAll()));
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 lacks: %2").arg(file, missing.join(QStringLiteral(" | ")))));
}

void TranslationTest::englishNavigationReadsInEnglish()
{
    testing::TestDatabase db;
    gui::Session session{db.database(), "tester", QStringLiteral("12.19")};

    gui::installTranslations(*qApp, QStringLiteral("en"));
    gui::MainWindow english(session);
    auto* navigation = english.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("Regions & Kampung"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Home"));
    QCOMPARE(navigation->item(7)->text(), QStringLiteral("Settings"));
    QCOMPARE(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text(),
             QStringLiteral("Cancel"));

    // And back: the language switch is complete in both directions.
    gui::installTranslations(*qApp, QStringLiteral("id"));
    gui::MainWindow indonesian(session);
    QCOMPARE(indonesian.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->item(1)->text(),
             QStringLiteral("Wilayah & Kampung"));
}

// Pengaturan and the Kampung panel say when and by whom something was stored: never "2026-12-03T17:11:32.359Z" or
// "nur@laptop".
void TranslationTest::storedMomentsAndWhoDidItReadAsWords()
{
    const QString when = gui::formatStoredTime("2026-12-03T05:11:32.359Z");
    QVERIFY2(when.startsWith(QStringLiteral("3 Desember 2026 ")), qPrintable(when));
    QCOMPARE(when,
             QStringLiteral("3 Desember 2026 %1")
                 .arg(QLocale().toString(QDateTime(QDate(2026, 12, 3), QTime(5, 11, 32), Qt::UTC).toLocalTime().time(),
                                         QLocale::ShortFormat)));
    QCOMPARE(gui::formatStoredTime("kemarin"), QStringLiteral("kemarin"));
    QCOMPARE(gui::DomainText::actor("nur@laptop-seibalai"), QStringLiteral("nur (laptop-seibalai)"));
    QCOMPARE(gui::DomainText::actor("data-contoh"), QStringLiteral("data-contoh"));
}

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"

// The first-run question "which kabupaten/kota do you work in?", answered by keyboard in Indonesian.
#include "firstrun/FirstRunDialog.h"

#include "GuiTestSupport.h"
#include "TestDatabase.h"
#include "common/Translations.h"

#include <memory>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace relawas;

class FirstRunDialogTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void batuBaraIsPreselectedOutOfAllKabupaten();
    void typingFiltersAndEnterAcceptsTheOnlyMatch();
    void downArrowWhileTypingMovesInTheList();
    void searchingByCodeFindsTheKabupaten();
    void aSearchWithoutMatchDisablesOk();
    void escapeRejects();
    void buttonsSpeakIndonesian();

private:
    QLineEdit* search() const { return m_dialog->findChild<QLineEdit*>(QStringLiteral("searchLineEdit")); }
    QListView* list() const { return m_dialog->findChild<QListView*>(QStringLiteral("kabupatenListView")); }
    QPushButton* button(QDialogButtonBox::StandardButton which) const
    {
        return m_dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(which);
    }

    std::unique_ptr<testing::TestDatabase> m_db;
    std::unique_ptr<gui::FirstRunDialog> m_dialog;
};

void FirstRunDialogTest::initTestCase()
{
    testing::useEmptyTestSettings();
    gui::installTranslations(*qApp, QStringLiteral("id"));
    m_db = std::make_unique<testing::TestDatabase>();
}

void FirstRunDialogTest::init()
{
    m_dialog = std::make_unique<gui::FirstRunDialog>(m_db->database(), QString());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QVERIFY(search());
    QVERIFY(list());
    QCOMPARE(QApplication::focusWidget(), search());
}

void FirstRunDialogTest::cleanup()
{
    m_dialog.reset();
}

void FirstRunDialogTest::batuBaraIsPreselectedOutOfAllKabupaten()
{
    QCOMPARE(m_dialog->visibleCount(), 514);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.19"));
    QVERIFY(list()->currentIndex().data().toString().startsWith(QStringLiteral("Kabupaten Batu Bara")));
    QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(m_dialog->findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
             QStringLiteral("514 dari 514 kabupaten/kota ditampilkan"));
}

void FirstRunDialogTest::typingFiltersAndEnterAcceptsTheOnlyMatch()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    QTest::keyClicks(search(), QStringLiteral("tebing"));
    QCOMPARE(m_dialog->visibleCount(), 1);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.76"));
    QVERIFY(list()->currentIndex().data().toString().startsWith(QStringLiteral("Kota Tebing Tinggi")));

    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.76"));
}

void FirstRunDialogTest::downArrowWhileTypingMovesInTheList()
{
    QTest::keyClicks(search(), QStringLiteral("sumatera utara"));
    const int shown = m_dialog->visibleCount();
    QCOMPARE(shown, 33); // 25 kabupaten and 8 kota
    // Batu Bara is still shown, so it stays the current row while the list narrows.
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.19"));
    const int startRow = list()->currentIndex().row();

    QTest::keyClick(search(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), startRow + 1);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.20")); // Padang Lawas Utara
    QCOMPARE(QApplication::focusWidget(), search());
    QCOMPARE(search()->text(), QStringLiteral("sumatera utara"));

    QTest::keyClick(search(), Qt::Key_Up);
    QTest::keyClick(search(), Qt::Key_Up);
    QCOMPARE(list()->currentIndex().row(), startRow - 1);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.18")); // Serdang Bedagai

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClick(search(), Qt::Key_Enter); // the keypad's Enter, as on a laptop with a number pad
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.18"));
}

void FirstRunDialogTest::searchingByCodeFindsTheKabupaten()
{
    // Move away first, so the search has to find Batu Bara and not merely keep it.
    QTest::keyClick(search(), Qt::Key_PageDown);
    QVERIFY(m_dialog->selectedCode() != QStringLiteral("12.19"));

    QTest::keyClicks(search(), QStringLiteral("12.19"));
    QCOMPARE(m_dialog->visibleCount(), 1);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.19"));
    QVERIFY(list()->currentIndex().data().toString().contains(QStringLiteral("Sumatera Utara")));

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.19"));
}

void FirstRunDialogTest::aSearchWithoutMatchDisablesOk()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::keyClicks(search(), QStringLiteral("atlantis"));
    QCOMPARE(m_dialog->visibleCount(), 0);
    QVERIFY(m_dialog->selectedCode().isEmpty());
    QVERIFY(!button(QDialogButtonBox::Ok)->isEnabled());

    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());

    // Correcting the search brings OK back.
    search()->selectAll();
    QTest::keyClick(search(), Qt::Key_Backspace);
    QTest::keyClicks(search(), QStringLiteral("batu bara"));
    QCOMPARE(m_dialog->visibleCount(), 1);
    QVERIFY(button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(m_dialog->selectedCode(), QStringLiteral("12.19"));
}

void FirstRunDialogTest::escapeRejects()
{
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy rejected(m_dialog.get(), &QDialog::rejected);
    QTest::keyClicks(search(), QStringLiteral("tebing"));
    QTest::keyClick(search(), Qt::Key_Escape);
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
}

void FirstRunDialogTest::buttonsSpeakIndonesian()
{
    QCOMPARE(testing::visibleText(button(QDialogButtonBox::Ok)->text()), QStringLiteral("OK"));
    QCOMPARE(testing::visibleText(button(QDialogButtonBox::Cancel)->text()), QStringLiteral("Batal"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Selamat datang di Relawas"));
    QCOMPARE(search()->placeholderText(), QStringLiteral("Nama, provinsi atau kode, mis. Batu Bara atau 12.19"));
}

QTEST_MAIN(FirstRunDialogTest)
#include "FirstRunDialogTest.moc"

// The "Pelatihan" screen as the organiser of the founding Rakernis uses it, by keyboard, in Indonesian: the Rakernis of
// Sunday 15 September 2024 created in its form, the Panwascam and secretariat of Batu Bara invited by a filter whose
// count is shown before anyone is invited, the list read day by day with card codes and check-in times, one invitation
// cancelled (the person stays on the list), and a correction core refuses, shown at its field, saving nothing.
#include "trainings/TrainingsScreen.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "PeopleFixtures.h"
#include "TestDatabase.h"
#include "TrainingFixtures.h"
#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/ParticipantList.h"
#include "core/organising/TrainingService.h"
#include "core/trainings/CardCode.h"
#include "core/trainings/CardCodeRepository.h"
#include "core/trainings/InvitationRepository.h"
#include "core/trainings/TrainingRepository.h"
#include "trainings/AddParticipantDialog.h"
#include "trainings/InvitationDialog.h"
#include "trainings/InviteDialog.h"
#include "trainings/ParticipantModel.h"
#include "trainings/TrainingDetailPanel.h"
#include "trainings/TrainingDialog.h"
#include "trainings/TrainingListModel.h"

#include <functional>
#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace relawas;
using gui::ParticipantModel;
using gui::TrainingListModel;
using gui::TrainingsScreen;

namespace {

constexpr const char* kTitle = "Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif";
constexpr const char* kVenue = "Singapore City Hotel, Jln Lintas Sumatera, Kecamatan Sei Balai";
constexpr core::Date kRakernisDay{std::chrono::year{2024}, std::chrono::September, std::chrono::day{15}};

// What the screen says, in the language installed: its own texts through the same contexts it translates them in.
QString text(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TrainingsScreenTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theFoundingRakernisIsCreatedByKeyboard();
    void anEmptyScopeSaysWhatToDo();
    void theInviteDialogCountsWhatCoreSelectsBeforeInviting();
    void theListShowsSpeakersFirstWithCardsAndCheckInTimes();
    void aTrainingOfTwoDaysHasAColumnPerDay();
    void cancellingAnInvitationKeepsThePersonOnTheList();
    void aSpeakerIsAddedOneByOne();
    void aConfirmationIsRecordedByKeyboard();
    void cardsAreIssuedAndALostOneIsReissued();
    void anEditCoreRefusesIsShownAtTheFieldAndSavesNothing();
    void theScopeNarrowsTheTrainings();
    void theDeskIsAskedForTheTrainingChosen();
    void aTrainingIsRemovedAfterAQuestion();
    void theModelsPassTheModelTester();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        auto* found = m_screen->findChild<T*>(QString::fromLatin1(name));
        if (!found) {
            qFatal("no widget %s", name);
        }
        return found;
    }
    // Runs `work` on the modal dialog of type D once it is open and active (the key press that opens it blocks until
    // it closes; a button's Alt key clicks it a moment later), and closes it afterwards if it is still open, as after
    // a failed check.
    template<typename D>
    void onDialog(std::function<void(D*)> work)
    {
        m_dialogRan = false;
        auto* poll = new QTimer(this);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, this, [this, poll, work] {
            auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            poll->stop();
            poll->deleteLater();
            const auto close = qScopeGuard([dialog] {
                if (dialog->isVisible()) {
                    dialog->reject();
                }
            });
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
            m_dialogRan = true;
            work(dialog);
        });
        poll->start();
    }
    // The screen's window active again, as the window manager makes it when a dialog or question closes: shortcuts
    // and Alt keys reach only the active window.
    void reactivate()
    {
        m_screen->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    }
    core::Training rakernis(const std::string& scope = "12.19") const;
    int inviteRakernisPeople(const core::Training& training) const;
    QTableView* trainings() const { return widget<QTableView>("trainingTableView"); }
    QTableView* participants() const { return widget<QTableView>("participantTableView"); }
    QString cell(const QAbstractItemModel* model, int row, int column) const
    {
        return model->index(row, column).data().toString();
    }

    std::unique_ptr<testing::TestDatabase> m_db;
    testing::RakernisPeople m_people;
    std::unique_ptr<gui::Session> m_session;
    std::unique_ptr<TrainingsScreen> m_screen;
    testing::MessageBoxAnswerer m_answerer;
    bool m_dialogRan = false;
};

void TrainingsScreenTest::initTestCase()
{
    testing::useEmptyTestSettings();
    // In English: the Alt keys the steps press are the English ones ("In&vite…", "Sho&w"). The Indonesian texts and
    // their Alt keys are checked by gui-translations and gui-mainwindow.
    gui::installTranslations(*qApp, QStringLiteral("en"));
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    gui::Theme::apply(*qApp);
}

void TrainingsScreenTest::init()
{
    m_db = std::make_unique<testing::TestDatabase>();
    // Residents with all kinds of roles (a few Panwascam among them), then the Panwascam and secretariat of the
    // twelve kecamatan and four speakers.
    testing::addBatuBaraPeople(m_db->database(), 80);
    m_people = testing::addRakernisPeople(m_db->database(), 3, 2, 4);
    m_session = std::make_unique<gui::Session>(gui::Session{m_db->database(), "panitia", QStringLiteral("12.19")});
    m_screen = std::make_unique<TrainingsScreen>(*m_session);
    m_screen->resize(1100, 680);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
}

void TrainingsScreenTest::cleanup()
{
    m_answerer.stop();
    m_screen.reset();
    m_session.reset();
    m_db.reset();
}

core::Training TrainingsScreenTest::rakernis(const std::string& scope) const
{
    core::Training training;
    training.kind = core::TrainingKind::Rakernis;
    training.title = kTitle;
    training.scopeCode = scope;
    training.venue = kVenue;
    training.startDate = kRakernisDay;
    training.endDate = kRakernisDay;
    return core::TrainingService(m_db->database(), "panitia").save(training);
}

// The speakers first, one by one, then everyone of the Panwascam and its secretariat by the filter.
int TrainingsScreenTest::inviteRakernisPeople(const core::Training& training) const
{
    core::TrainingService service(m_db->database(), "panitia");
    for (const core::Person& speaker : m_people.speakers) {
        service.invite(training.meta.uuid, speaker.meta.uuid, core::InvitationPart::Narasumber);
    }
    return service.inviteWhere(training.meta.uuid,
                               {{core::RoleKind::AnggotaPanwascam, core::RoleKind::StafSekretariat}, "12.19"},
                               core::InvitationPart::Peserta);
}

void TrainingsScreenTest::theFoundingRakernisIsCreatedByKeyboard()
{
    QSignalSpy changed(m_screen.get(), &TrainingsScreen::trainingsChanged);
    QCOMPARE(m_screen->listModel()->rowCount(), 0);
    trainings()->setFocus();
    onDialog<gui::TrainingDialog>([](gui::TrainingDialog* dialog) {
        // The form opens at the title, a Rakernis of the scope, on one day.
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit")));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("kindComboBox"))->currentText(),
                 gui::DomainText::trainingKind(core::TrainingKind::Rakernis));
        QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("scopeComboBox"))->currentData().toString(),
                 QStringLiteral("12.19"));
        QVERIFY(!dialog->findChild<QWidget*>(QStringLiteral("passMarkSpinBox"))->isEnabled()); // not a P2P class
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(kTitle));
        QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit*>(QStringLiteral("venueLineEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QString::fromUtf8(kVenue));
        QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
        auto* first = dialog->findChild<QDateEdit*>(QStringLiteral("startDateEdit"));
        QCOMPARE(QApplication::focusWidget(), first);
        QTest::keyClicks(first, QStringLiteral("15/09/2024"));
        QCOMPARE(first->date(), QDate(2024, 9, 15));
        // A one-day event moved to another day stays one day long; the day is read back in words.
        QCOMPARE(dialog->findChild<QDateEdit*>(QStringLiteral("endDateEdit"))->date(), QDate(2024, 9, 15));
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("startDateTextLabel"))->text(),
                 QLocale().toString(QDate(2024, 9, 15), QStringLiteral("dddd, d MMMM yyyy")));
        QTest::keyClick(first, Qt::Key_Return); // Enter saves
        QVERIFY(!dialog->isVisible());
        QVERIFY(dialog->saved());
    });
    QTest::keyClick(trainings(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_dialogRan);

    // Stored as typed, through core.
    const auto stored = core::trainingsConcerning(m_db->database(), "12.19");
    QCOMPARE(stored.size(), std::size_t(1));
    const core::Training& training = stored.front().training;
    QCOMPARE(training.title, std::string(kTitle));
    QCOMPARE(training.venue, std::string(kVenue));
    QCOMPARE(training.kind, core::TrainingKind::Rakernis);
    QCOMPARE(training.scopeCode, std::string("12.19"));
    QVERIFY(training.startDate == kRakernisDay && training.endDate == kRakernisDay);
    QVERIFY(!training.capacity);
    QCOMPARE(changed.count(), 1);

    // The list shows it, chosen, with its facts below and nobody invited yet.
    TrainingListModel* list = m_screen->listModel();
    QCOMPARE(list->rowCount(), 1);
    QCOMPARE(cell(list, 0, TrainingListModel::KindColumn), gui::DomainText::trainingKind(core::TrainingKind::Rakernis));
    QCOMPARE(cell(list, 0, TrainingListModel::TitleColumn), QString::fromUtf8(kTitle));
    QCOMPARE(cell(list, 0, TrainingListModel::DatesColumn), QStringLiteral("15 September 2024"));
    QCOMPARE(cell(list, 0, TrainingListModel::VenueColumn), QString::fromUtf8(kVenue));
    QCOMPARE(cell(list, 0, TrainingListModel::InvitedColumn), QStringLiteral("0"));
    QCOMPARE(cell(list, 0, TrainingListModel::PresentColumn), QStringLiteral("0"));
    QCOMPARE(cell(list, 0, TrainingListModel::RateColumn), QStringLiteral("—"));
    QCOMPARE(m_screen->currentTrainingUuid(), QString::fromStdString(training.meta.uuid));
    QCOMPARE(widget<QLabel>("titleLabel")->text(), QString::fromUtf8(kTitle));
    QVERIFY(widget<QLabel>("factsLabel")->text().contains(QStringLiteral("Sunday, 15 September 2024")));
    QVERIFY(widget<QLabel>("factsLabel")->text().contains(QString::fromUtf8(kVenue)));
    QCOMPARE(m_screen->participantModel()->rowCount(), 0);
    reactivate(); // the keyboard is back on the list
    QCOMPARE(QApplication::focusWidget(), trainings());
}

void TrainingsScreenTest::anEmptyScopeSaysWhatToDo()
{
    auto* empty = widget<QLabel>("emptyLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Ctrl+N")));
    for (const char* name : {"editPushButton", "removePushButton", "deskPushButton", "invitePushButton",
                             "addPersonPushButton", "changeStatusPushButton", "cancelInvitationPushButton"}) {
        QVERIFY2(!widget<QPushButton>(name)->isEnabled(), name);
    }
    QVERIFY(widget<QPushButton>("newPushButton")->isEnabled());
    QVERIFY(widget<QPushButton>("newPushButton")->property("primary").toBool());

    rakernis();
    m_screen->refresh();
    QVERIFY(!empty->isVisible());
    QVERIFY(widget<QPushButton>("invitePushButton")->isEnabled());
}

void TrainingsScreenTest::theInviteDialogCountsWhatCoreSelectsBeforeInviting()
{
    const core::Training training = rakernis();
    m_screen->refresh();
    QCOMPARE(m_screen->currentTrainingUuid(), QString::fromStdString(training.meta.uuid));
    // What core selects for the founding example: anggota Panwascam and staf sekretariat anywhere in Batu Bara.
    const core::InvitationFilter founding{{core::RoleKind::AnggotaPanwascam, core::RoleKind::StafSekretariat}, "12.19"};
    const auto expected = int(core::TrainingService(m_db->database(), "t").peopleWhere(founding).size());
    QVERIFY(expected >= 60); // the 60 of the fixture and the residents who hold a Panwascam role
    QSignalSpy messages(m_screen.get(), &TrainingsScreen::statusMessage);

    int shownBeforeInviting = -1;
    onDialog<gui::InviteDialog>([&shownBeforeInviting](gui::InviteDialog* dialog) {
        const auto box = [dialog](const char* role) {
            return dialog->findChild<QCheckBox*>(QStringLiteral("roleCheckBox_%1").arg(QLatin1String(role)));
        };
        QCOMPARE(QApplication::focusWidget(), box("relawan")); // the first role
        QCOMPARE(dialog->filter().underCode, std::string("12.19"));
        // Tab to the Panwascam and its secretariat, Space ticks each.
        for (int tab = 0; tab < 4; ++tab) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), box("anggota-panwascam"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), box("staf-sekretariat"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(box("anggota-panwascam")->isChecked() && box("staf-sekretariat")->isChecked());
        shownBeforeInviting = dialog->matching();
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("matchLabel"))
                    ->text()
                    .contains(QString::number(dialog->matching())));
        QCOMPARE(dialog->alreadyExpected(), 0);
        QCOMPARE(dialog->part(), core::InvitationPart::Peserta);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Invite
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->invited(), dialog->matching());
    });
    QTest::keyClick(m_screen.get(), Qt::Key_V, Qt::AltModifier); // "In&vite…"
    QTRY_VERIFY(m_dialogRan);
    reactivate();
    QCOMPARE(shownBeforeInviting, expected);

    // Everyone core selected is on the list now, and the list and its counts say so.
    QCOMPARE(int(core::participantsOf(m_db->database(), training, false).size()), expected);
    QCOMPARE(m_screen->participantModel()->rowCount(), expected);
    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::InvitedColumn), QString::number(expected));
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.last().at(0).toString().contains(QString::number(expected)));
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QString::number(expected)));
    QCOMPARE(
        widget<QLabel>("participantCountsLabel")->text(),
        QStringLiteral("%1 · %2").arg(text("relawas::gui::TrainingDetailPanel", "Invited %1").arg(expected),
                                      text("relawas::gui::TrainingDetailPanel", "Present day %1: %2").arg(1).arg(0)));

    // Asked again, the dialog says they are all on the list already, and offers nothing to do.
    onDialog<gui::InviteDialog>([expected](gui::InviteDialog* dialog) {
        for (const char* role : {"anggota-panwascam", "staf-sekretariat"}) {
            dialog->findChild<QCheckBox*>(QStringLiteral("roleCheckBox_%1").arg(QLatin1String(role)))->setChecked(true);
        }
        QCOMPARE(dialog->matching(), expected);
        QCOMPARE(dialog->alreadyExpected(), expected);
        QVERIFY(!dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    });
    QTest::keyClick(m_screen.get(), Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(m_dialogRan);
}

void TrainingsScreenTest::theListShowsSpeakersFirstWithCardsAndCheckInTimes()
{
    const core::Training training = rakernis();
    const int invited = inviteRakernisPeople(training);
    core::TrainingService(m_db->database(), "panitia").issueMissingCardCodes(training.meta.uuid);
    // Two people checked in at the door of the day.
    core::CheckInDesk desk(m_db->database(), "meja.presensi", training.meta.uuid, kRakernisDay);
    const core::CheckInOutcome speaker =
        desk.checkInPerson(m_people.speakers[0].meta.uuid, core::CheckInMethod::Name, "rahmat");
    const core::CheckInOutcome member =
        desk.checkInPerson(m_people.members[0].meta.uuid, core::CheckInMethod::Name, "abdul");
    QCOMPARE(speaker.result, core::CheckInResult::CheckedIn);
    QCOMPARE(member.result, core::CheckInResult::CheckedIn);
    m_screen->refresh();

    ParticipantModel* model = m_screen->participantModel();
    QCOMPARE(model->rowCount(), invited + 4);
    QCOMPARE(model->columnCount(), ParticipantModel::FirstDayColumn + 1);
    QCOMPARE(model->headerData(ParticipantModel::FirstDayColumn, Qt::Horizontal).toString(),
             text("relawas::gui::ParticipantModel", "Check-in"));
    // The speakers come first, numbered from 1, then the participants.
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(cell(model, row, ParticipantModel::NumberColumn), QString::number(row + 1));
        QCOMPARE(cell(model, row, ParticipantModel::PartColumn),
                 gui::DomainText::part(core::InvitationPart::Narasumber));
    }
    QCOMPARE(cell(model, 4, ParticipantModel::PartColumn), gui::DomainText::part(core::InvitationPart::Peserta));
    const int speakerRow = model->rowOfPerson(QString::fromStdString(m_people.speakers[0].meta.uuid));
    QVERIFY(speakerRow >= 0 && speakerRow < 4);
    QCOMPARE(cell(model, speakerRow, ParticipantModel::NameColumn),
             QString::fromStdString(m_people.speakers[0].fullName));
    QCOMPARE(cell(model, speakerRow, ParticipantModel::StatusColumn),
             gui::DomainText::invitationStatus(core::InvitationStatus::Invited));
    // The check-in time of day in local time, the card in two groups of four.
    QCOMPARE(cell(model, speakerRow, ParticipantModel::FirstDayColumn),
             ParticipantModel::timeOfDay(speaker.checkedInAt));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$"))
                .match(cell(model, speakerRow, ParticipantModel::FirstDayColumn))
                .hasMatch());
    const auto card = core::CardCodeRepository(m_db->database()).currentOf(m_people.speakers[0].meta.uuid);
    QVERIFY(card);
    QCOMPARE(cell(model, speakerRow, ParticipantModel::CardColumn),
             QString::fromStdString(core::groupedCardCode(*card)));
    const int memberRow = model->rowOfPerson(QString::fromStdString(m_people.members[0].meta.uuid));
    QCOMPARE(cell(model, memberRow, ParticipantModel::OriginColumn).split(QStringLiteral(" / ")).size(), 2);
    QVERIFY(!cell(model, memberRow, ParticipantModel::FirstDayColumn).isEmpty());
    QVERIFY(cell(model, memberRow + 1, ParticipantModel::FirstDayColumn).isEmpty());

    // The counts, and the list of trainings with its numbers.
    QCOMPARE(
        widget<QLabel>("participantCountsLabel")->text(),
        QStringLiteral("%1 · %2").arg(text("relawas::gui::TrainingDetailPanel", "Invited %1").arg(invited + 4),
                                      text("relawas::gui::TrainingDetailPanel", "Present day %1: %2").arg(1).arg(2)));
    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::PresentColumn), QStringLiteral("2"));
    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::RateColumn),
             TrainingListModel::rateText(core::trainingsConcerning(m_db->database(), "12.19").front()));

    // Showing the speakers only.
    auto* show = widget<QComboBox>("partComboBox");
    QTest::keyClick(m_screen.get(), Qt::Key_W, Qt::AltModifier); // "Sho&w"
    QCOMPARE(QApplication::focusWidget(), show);
    show->setCurrentIndex(show->findData(int(core::InvitationPart::Narasumber)));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(
        widget<QLabel>("participantCountsLabel")->text(),
        QStringLiteral("%1 · %2").arg(text("relawas::gui::TrainingDetailPanel", "Invited %1").arg(4),
                                      text("relawas::gui::TrainingDetailPanel", "Present day %1: %2").arg(1).arg(1)));
}

void TrainingsScreenTest::aTrainingOfTwoDaysHasAColumnPerDay()
{
    core::Training bimtek;
    bimtek.kind = core::TrainingKind::Bimtek;
    bimtek.title = "Bimtek Pengawas TPS";
    bimtek.scopeCode = "12.19.07";
    bimtek.startDate = core::Date{std::chrono::year{2024}, std::chrono::September, std::chrono::day{30}};
    bimtek.endDate = core::Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{1}};
    bimtek = core::TrainingService(m_db->database(), "panitia").save(bimtek);
    const int invited = core::TrainingService(m_db->database(), "panitia")
                            .inviteWhere(bimtek.meta.uuid, {{core::RoleKind::AnggotaPanwascam}, "12.19.07"},
                                         core::InvitationPart::Peserta);
    core::CheckInDesk(m_db->database(), "meja", bimtek.meta.uuid, bimtek.endDate)
        .checkInPerson(m_people.members[18].meta.uuid, core::CheckInMethod::Name, "x");
    m_screen->refresh();

    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::DatesColumn),
             QStringLiteral("30 September – 1 October 2024"));
    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::PresentColumn), QStringLiteral("0 · 1"));
    ParticipantModel* model = m_screen->participantModel();
    QVERIFY(invited >= 3); // the three members of Sei Balai, and residents who are members there
    QCOMPARE(model->rowCount(), invited);
    QCOMPARE(model->columnCount(), ParticipantModel::FirstDayColumn + 2);
    QCOMPARE(model->headerData(ParticipantModel::FirstDayColumn + 1, Qt::Horizontal).toString(),
             text("relawas::gui::ParticipantModel", "Day %1").arg(2));
    const int row = model->rowOfPerson(QString::fromStdString(m_people.members[18].meta.uuid));
    QVERIFY(row >= 0);
    QVERIFY(cell(model, row, ParticipantModel::FirstDayColumn).isEmpty());
    QVERIFY(!cell(model, row, ParticipantModel::FirstDayColumn + 1).isEmpty());
    QVERIFY(widget<QLabel>("factsLabel")->text().contains(QStringLiteral("30 September – 1 October 2024")));
}

void TrainingsScreenTest::cancellingAnInvitationKeepsThePersonOnTheList()
{
    const core::Training training = rakernis();
    const int invited = inviteRakernisPeople(training) + 4;
    m_screen->refresh();
    ParticipantModel* model = m_screen->participantModel();
    const core::Person& budi = m_people.members[4];
    const int row = model->rowOfPerson(QString::fromStdString(budi.meta.uuid));
    QVERIFY(row >= 0);
    participants()->setFocus();
    participants()->setCurrentIndex(model->index(row, ParticipantModel::NameColumn));
    QVERIFY(widget<QPushButton>("cancelInvitationPushButton")->isEnabled());

    // Delete asks first; No changes nothing.
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(participants(), Qt::Key_Delete);
    QVERIFY(m_answerer.text().contains(QString::fromStdString(budi.fullName)));
    QVERIFY(core::InvitationRepository(m_db->database()).find(training.meta.uuid, budi.meta.uuid)->expected());
    reactivate();

    // Yes: cancelled, and still on the list, in its place, saying so.
    m_answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(participants(), Qt::Key_Delete);
    const auto stored = core::InvitationRepository(m_db->database()).find(training.meta.uuid, budi.meta.uuid);
    QVERIFY(stored);
    QCOMPARE(stored->status, core::InvitationStatus::Cancelled);
    QCOMPARE(model->rowCount(), invited);
    QCOMPARE(model->rowOfPerson(QString::fromStdString(budi.meta.uuid)), row);
    QCOMPARE(cell(model, row, ParticipantModel::StatusColumn),
             gui::DomainText::invitationStatus(core::InvitationStatus::Cancelled));
    QVERIFY(model->index(row, ParticipantModel::StatusColumn).data(Qt::DecorationRole).isValid()); // and its icon
    QCOMPARE(participants()->currentIndex().row(), row);
    QVERIFY(!widget<QPushButton>("cancelInvitationPushButton")->isEnabled()); // cancelled already
    // No longer expected: the counts and the list of trainings count one fewer.
    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::InvitedColumn), QString::number(invited - 1));
    QVERIFY(widget<QLabel>("participantCountsLabel")
                ->text()
                .startsWith(text("relawas::gui::TrainingDetailPanel", "Invited %1").arg(invited - 1)));
}

void TrainingsScreenTest::aSpeakerIsAddedOneByOne()
{
    const core::Training training = rakernis();
    m_screen->refresh();
    const core::Person& speaker = m_people.speakers[1];
    onDialog<gui::AddParticipantDialog>([&speaker](gui::AddParticipantDialog* dialog) {
        auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("nurul huda"));
        QTest::keyClick(search, Qt::Key_Return); // runs the search, goes to the first match
        auto* results = dialog->findChild<QListWidget*>(QStringLiteral("resultsListWidget"));
        QCOMPARE(QApplication::focusWidget(), results);
        QCOMPARE(results->count(), 1);
        QVERIFY(results->currentItem()->text().startsWith(QString::fromStdString(speaker.fullName)));
        dialog->setPart(core::InvitationPart::Narasumber);
        results->setFocus();
        QTest::keyClick(results, Qt::Key_Return); // adds, and stays open for the next one
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->added(), 1);
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClick(search, Qt::Key_Escape);
    });
    QTest::keyClick(m_screen.get(), Qt::Key_A, Qt::AltModifier); // "&Add person…"
    QTRY_VERIFY(m_dialogRan);
    const auto stored = core::InvitationRepository(m_db->database()).find(training.meta.uuid, speaker.meta.uuid);
    QVERIFY(stored);
    QCOMPARE(stored->part, core::InvitationPart::Narasumber);
    QCOMPARE(m_screen->participantModel()->rowCount(), 1);
    QCOMPARE(m_screen->detailPanel()->currentPersonUuid(), QString::fromStdString(speaker.meta.uuid));
}

void TrainingsScreenTest::aConfirmationIsRecordedByKeyboard()
{
    const core::Training training = rakernis();
    inviteRakernisPeople(training);
    m_screen->refresh();
    ParticipantModel* model = m_screen->participantModel();
    const core::Person& siti = m_people.staff[0];
    const int row = model->rowOfPerson(QString::fromStdString(siti.meta.uuid));
    participants()->setFocus();
    participants()->setCurrentIndex(model->index(row, ParticipantModel::NameColumn));
    onDialog<gui::InvitationDialog>([](gui::InvitationDialog* dialog) {
        auto* status = dialog->findChild<QComboBox*>(QStringLiteral("statusComboBox"));
        QCOMPARE(QApplication::focusWidget(), status);
        QCOMPARE(status->currentText(), gui::DomainText::invitationStatus(core::InvitationStatus::Invited));
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentText(), gui::DomainText::invitationStatus(core::InvitationStatus::Confirmed));
        QTest::keyClick(status, Qt::Key_Return);
        QVERIFY(!dialog->isVisible());
    });
    QTest::keyClick(participants(), Qt::Key_Return); // Enter on a person changes their invitation
    QTRY_VERIFY(m_dialogRan);
    const auto stored = core::InvitationRepository(m_db->database()).find(training.meta.uuid, siti.meta.uuid);
    QCOMPARE(stored->status, core::InvitationStatus::Confirmed);
    QCOMPARE(stored->meta.revision, 2);
    QCOMPARE(cell(model, row, ParticipantModel::StatusColumn),
             gui::DomainText::invitationStatus(core::InvitationStatus::Confirmed));
    QCOMPARE(participants()->currentIndex().row(), row);
}

void TrainingsScreenTest::cardsAreIssuedAndALostOneIsReissued()
{
    const core::Training training = rakernis();
    const int invited = inviteRakernisPeople(training) + 4;
    m_screen->refresh();
    ParticipantModel* model = m_screen->participantModel();
    QVERIFY(cell(model, 0, ParticipantModel::CardColumn).isEmpty());
    auto* issue = m_screen->findChild<QAction*>(QStringLiteral("issueCardsAction"));
    auto* reissue = m_screen->findChild<QAction*>(QStringLiteral("reissueCardAction"));
    QVERIFY(issue->isEnabled());
    QVERIFY(!reissue->isEnabled()); // nobody chosen
    issue->trigger();
    QVERIFY(widget<QLabel>("messageLabel")->text().contains(QString::number(invited)));
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-Z]{4}-[2-9A-Z]{4}$"))
                    .match(cell(model, row, ParticipantModel::CardColumn))
                    .hasMatch());
    }

    // A lost card: a new code after a question that says the old one stops working.
    const core::Person& lost = m_people.members[7];
    const int row = model->rowOfPerson(QString::fromStdString(lost.meta.uuid));
    participants()->setCurrentIndex(model->index(row, ParticipantModel::NameColumn));
    QVERIFY(reissue->isEnabled());
    const QString old = cell(model, row, ParticipantModel::CardColumn);
    m_answerer.answerNext(QMessageBox::Yes);
    reissue->trigger();
    QVERIFY(m_answerer.text().contains(old));
    const auto current = core::CardCodeRepository(m_db->database()).currentOf(lost.meta.uuid);
    QVERIFY(current);
    QCOMPARE(cell(model, row, ParticipantModel::CardColumn), QString::fromStdString(core::groupedCardCode(*current)));
    QVERIFY(cell(model, row, ParticipantModel::CardColumn) != old);
}

void TrainingsScreenTest::anEditCoreRefusesIsShownAtTheFieldAndSavesNothing()
{
    const core::Training training = rakernis();
    m_screen->refresh();
    trainings()->setFocus();
    const QString refusal = text("ErrorText", "A training cannot end before it starts.");
    onDialog<gui::TrainingDialog>([&refusal](gui::TrainingDialog* dialog) {
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->text(), QString::fromUtf8(kTitle));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("endDateErrorLabel"));
        QVERIFY(!error->isVisible());
        QTest::keyClick(dialog, Qt::Key_L, Qt::AltModifier); // "&Last day"
        auto* last = dialog->findChild<QDateEdit*>(QStringLiteral("endDateEdit"));
        QCOMPARE(QApplication::focusWidget(), last);
        QTest::keyClicks(last, QStringLiteral("14/09/2024"));
        QCOMPARE(last->date(), QDate(2024, 9, 14));
        QTest::keyClick(last, Qt::Key_Return);
        // Refused by core: the message under the last day, the field marked and the keyboard on it, still open.
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->saved());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), refusal);
        QVERIFY(last->styleSheet().contains(QStringLiteral("#b3261e")));
        QCOMPARE(QApplication::focusWidget(), last);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("problemLabel"))->text().isEmpty());
        QTest::keyClick(last, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    });
    QTest::keyClick(trainings(), Qt::Key_Return); // Enter on a training corrects it
    QTRY_VERIFY(m_dialogRan);
    const auto stored = core::TrainingRepository(m_db->database()).find(training.meta.uuid);
    QVERIFY(stored);
    QCOMPARE(stored->meta.revision, training.meta.revision);
    QVERIFY(stored->endDate == kRakernisDay);
}

void TrainingsScreenTest::theScopeNarrowsTheTrainings()
{
    const core::Training ofKabupaten = rakernis("12.19");
    core::Training ofSeiBalai = ofKabupaten;
    ofSeiBalai.meta = {};
    ofSeiBalai.kind = core::TrainingKind::ForumWarga;
    ofSeiBalai.title = "Forum Warga Sei Balai";
    ofSeiBalai.scopeCode = "12.19.07";
    ofSeiBalai.startDate = ofSeiBalai.endDate =
        core::Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{5}};
    ofSeiBalai = core::TrainingService(m_db->database(), "panitia").save(ofSeiBalai);

    m_screen->setScope(QStringLiteral("12.19"));
    QCOMPARE(m_screen->listModel()->rowCount(), 2);
    QCOMPARE(cell(m_screen->listModel(), 0, TrainingListModel::TitleColumn), QStringLiteral("Forum Warga Sei Balai"));
    QVERIFY(m_screen->selectTraining(QString::fromStdString(ofKabupaten.meta.uuid)));
    // Sei Balai sees its own forum and the kabupaten's Rakernis, and keeps the one chosen; Medang Deras only the
    // Rakernis.
    m_screen->setScope(QStringLiteral("12.19.07"));
    QCOMPARE(m_screen->listModel()->rowCount(), 2);
    QCOMPARE(m_screen->currentTrainingUuid(), QString::fromStdString(ofKabupaten.meta.uuid));
    m_screen->setScope(QStringLiteral("12.19.01"));
    QCOMPARE(m_screen->listModel()->rowCount(), 1);
    QCOMPARE(m_screen->currentTrainingUuid(), QString::fromStdString(ofKabupaten.meta.uuid));
    QVERIFY(!m_screen->selectTraining(QString::fromStdString(ofSeiBalai.meta.uuid)));
}

void TrainingsScreenTest::theDeskIsAskedForTheTrainingChosen()
{
    const core::Training training = rakernis();
    m_screen->refresh();
    QSignalSpy desk(m_screen.get(), &TrainingsScreen::openDeskRequested);
    QTest::keyClick(trainings(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(desk.count(), 1);
    QCOMPARE(desk.last().at(0).toString(), QString::fromStdString(training.meta.uuid));
}

void TrainingsScreenTest::aTrainingIsRemovedAfterAQuestion()
{
    const core::Training training = rakernis();
    inviteRakernisPeople(training);
    m_screen->refresh();
    trainings()->setFocus();
    m_answerer.answerNext(QMessageBox::No);
    QTest::keyClick(trainings(), Qt::Key_Delete);
    QVERIFY(m_answerer.text().contains(QString::fromUtf8(kTitle)));
    QVERIFY(core::TrainingRepository(m_db->database()).find(training.meta.uuid));
    reactivate();

    QSignalSpy changed(m_screen.get(), &TrainingsScreen::trainingsChanged);
    m_answerer.answerNext(QMessageBox::Yes);
    QTest::keyClick(trainings(), Qt::Key_Delete);
    QVERIFY(!core::TrainingRepository(m_db->database()).find(training.meta.uuid));
    QCOMPARE(m_screen->listModel()->rowCount(), 0);
    QCOMPARE(m_screen->participantModel()->rowCount(), 0);
    QCOMPARE(changed.count(), 1);
    QVERIFY(widget<QLabel>("emptyLabel")->isVisible());
}

void TrainingsScreenTest::theModelsPassTheModelTester()
{
    QAbstractItemModelTester listTester(m_screen->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester participantTester(m_screen->participantModel(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    const core::Training training = rakernis();
    inviteRakernisPeople(training);
    m_screen->refresh();
    QVERIFY(m_screen->participantModel()->rowCount() > 60);
    auto* show = widget<QComboBox>("partComboBox");
    for (int i = 0; i < show->count(); ++i) {
        show->setCurrentIndex(i);
    }
    m_screen->setScope(QStringLiteral("12.19.07"));
    m_screen->setScope(QStringLiteral("12.19"));
    m_screen->detailPanel()->showTraining(std::nullopt);
    QCOMPARE(m_screen->participantModel()->columnCount(), 0);
}

QTEST_MAIN(TrainingsScreenTest)
#include "TrainingsScreenTest.moc"

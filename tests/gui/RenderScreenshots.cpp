// Renders the screens from the real widgets, offscreen, in Indonesian, over the real region list with a few
// villages in the Kampung Pengawasan programme. Usage: relawas-screenshots OUTPUT_FOLDER [--lang id|en]
// The PNGs in docs/screenshots are made with it; ctest runs it into a temporary folder.
#include "PeopleFixtures.h"
#include "PeopleForTests.h"
#include "SyncFixtures.h"
#include "TestDatabase.h"
#include "TrainingFixtures.h"
#include "about/AboutDialog.h"
#include "beranda/BerandaScreen.h"
#include "common/PrintoutPreview.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/ParticipantList.h"
#include "core/organising/ScoreSheet.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/people/RoleRepository.h"
#include "core/programme/KampungRepository.h"
#include "core/reports/VillageRoster.h"
#include "core/storage/SettingsStore.h"
#include "core/sync/ReportImport.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/TrainingRepository.h"
#include "desk/DeskScreen.h"
#include "firstrun/FirstRunDialog.h"
#include "paperwork/TrainingPaperwork.h"
#include "people/PeopleScreen.h"
#include "people/duplicates/DuplicatePairModel.h"
#include "people/duplicates/DuplicatesDialog.h"
#include "people/duplicates/MergeDialog.h"
#include "people/importwizard/ImportWizard.h"
#include "people/registration/RegistrationDialog.h"
#include "printouts/AttendanceSheet.h"
#include "shell/MainWindow.h"
#include "sync/ExportDialog.h"
#include "sync/ImportPreviewDialog.h"
#include "sync/SyncScreen.h"
#include "trainings/ScoreSheetDialog.h"
#include "trainings/ScoreSheetModel.h"
#include "trainings/TrainingsScreen.h"
#include "wilayah/VillageReviewDialog.h"
#include "wilayah/WilayahScreen.h"

#include <iostream>
#include <memory>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

using namespace relawas;

void addProgrammeExamples(core::Database& db)
{
    core::KampungRepository repository(db);
    const auto date = [](int y, unsigned m, unsigned d) {
        return core::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    };
    core::KampungProgramme launched;
    launched.villageCode = "12.19.07.2002";
    launched.stage = core::KampungStage::Launched;
    launched.assessmentScore = 78;
    launched.vulnerability = core::Vulnerability::Sedang;
    launched.skNumber = "188/PP.01.02/K.SU-19/09/2024";
    launched.skDate = date(2024, 9, 2);
    launched.mouEndDate = date(2029, 9, 1);
    launched.notes = "Diluncurkan bersama pemerintah desa; MoU lima tahun.";
    repository.save(launched, "panwascam.seibalai", core::todayUtc());

    core::KampungProgramme designated = launched;
    designated.villageCode = "12.19.07.2004";
    designated.stage = core::KampungStage::Designated;
    designated.skNumber = "189/PP.01.02/K.SU-19/09/2024";
    designated.notes.clear();
    repository.save(designated, "panwascam.seibalai", core::todayUtc());

    core::KampungProgramme assessed;
    assessed.villageCode = "12.19.01.2004";
    assessed.stage = core::KampungStage::Assessed;
    assessed.assessmentScore = 64.5;
    assessed.vulnerability = core::Vulnerability::Tinggi;
    repository.save(assessed, "panwascam.medangderas", core::todayUtc());
}

// The founding Rakernis of Sunday 15 September 2024 as its organisers ran it: two speakers, the Panwascam and the
// secretariat of the twelve kecamatan invited by the filter, cards issued, most of them scanned in at the door, one
// taken off the list; and a two-day bimtek in October that some of the residents attended.
void addTrainingExamples(core::Database& db, const std::vector<testing::RosterPerson>& residents)
{
    const testing::RakernisPeople people = testing::addRakernisPeople(db, 1, 1, 2);
    core::TrainingService service(db, "koordinator.kabupaten");
    core::Training rakernis;
    rakernis.kind = core::TrainingKind::Rakernis;
    rakernis.title = "Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif";
    rakernis.scopeCode = "12.19";
    rakernis.venue = "Singapore City Hotel, Jln Lintas Sumatera, Kecamatan Sei Balai";
    rakernis.startDate = core::Date{std::chrono::year{2024}, std::chrono::September, std::chrono::day{15}};
    rakernis.endDate = rakernis.startDate;
    rakernis.capacity = 60;
    rakernis = service.save(rakernis);
    for (const core::Person& speaker : people.speakers) {
        service.invite(rakernis.meta.uuid, speaker.meta.uuid, core::InvitationPart::Narasumber);
    }
    service.inviteWhere(rakernis.meta.uuid,
                        {{core::RoleKind::AnggotaPanwascam, core::RoleKind::StafSekretariat}, rakernis.scopeCode},
                        core::InvitationPart::Peserta);
    service.issueMissingCardCodes(rakernis.meta.uuid);
    const std::vector<core::Participant> listed = core::participantsOf(db, rakernis, false);
    core::CheckInDesk desk(db, "meja.presensi", rakernis.meta.uuid, rakernis.startDate);
    for (std::size_t i = 0; i < listed.size(); ++i) {
        if (i % 5 != 3) {
            desk.submit(listed[i].cardCode);
        }
    }
    // Someone who did not come, called beforehand: taken off the list, and still on it as cancelled.
    service.cancel(listed[(listed.size() - 1) / 5 * 5 - 2].invitation);

    core::Training bimtek = rakernis;
    bimtek.meta = {};
    bimtek.kind = core::TrainingKind::Bimtek;
    bimtek.title = "Bimtek Pengawas TPS";
    bimtek.venue = "Aula Kantor Camat Lima Puluh";
    bimtek.capacity.reset();
    bimtek.startDate = core::Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{1}};
    bimtek.endDate = core::Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{2}};
    bimtek = service.save(bimtek);
    core::AttendanceRepository attendance(db);
    for (std::size_t i = 0; i < residents.size(); i += 3) {
        service.invite(bimtek.meta.uuid, residents[i].person.meta.uuid, core::InvitationPart::Peserta);
        if (i % 2 == 0) {
            attendance.record(bimtek.meta.uuid, residents[i].person.meta.uuid, bimtek.startDate, "meja.presensi");
        }
    }

    // A P2P class of two days, graded: most scores typed in, a few still to come.
    core::Training p2p = rakernis;
    p2p.meta = {};
    p2p.kind = core::TrainingKind::P2p;
    p2p.title = "Pendidikan Pengawas Partisipatif Angkatan I";
    p2p.venue = "Aula Bawaslu Kabupaten Batu Bara";
    p2p.capacity = 30;
    p2p.startDate = core::Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{12}};
    p2p.endDate = core::Date{std::chrono::year{2024}, std::chrono::October, std::chrono::day{13}};
    p2p = service.save(p2p);
    for (std::size_t i = 1; i < residents.size(); i += 3) {
        service.invite(p2p.meta.uuid, residents[i].person.meta.uuid, core::InvitationPart::Peserta);
        attendance.record(p2p.meta.uuid, residents[i].person.meta.uuid, p2p.startDate, "meja.presensi");
        attendance.record(p2p.meta.uuid, residents[i].person.meta.uuid, p2p.endDate, "meja.presensi");
    }
    core::ScoreSheet sheet(db, "pelatih.p2p", p2p.meta.uuid);
    const auto rows = sheet.rows();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t c = 0; c < sheet.components().size(); ++c) {
            if (r + c < rows.size() + 1 || r % 4 != 3) {
                sheet.set(rows[r].participant.invitation.personUuid, c, double(55 + (r * 7 + c * 11) % 43));
            }
        }
    }
}

// Nurhayati, relawan of Durian since 2022, its PKD since September 2024, and a speaker at the Rakernis: her record open
// in the person form, scrolled to the roles.
std::unique_ptr<gui::RegistrationDialog> personWithRoles(gui::Session& session)
{
    const auto date = [](int y, unsigned m, unsigned d) {
        return core::Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    };
    core::Person person;
    person.nik = "1219074708900003";
    person.fullName = "Nurhayati Siregar";
    person.gender = core::Gender::Female;
    person.birthDate = date(1990, 8, 7);
    person.birthPlace = "Sei Balai";
    person.villageCode = "12.19.07.2004";
    person.phone = "+6281265430003";
    person.occupation = "Guru";
    person.education = "S1";
    const auto role = [&](core::RoleKind kind, const char* scope, const core::Date& start) {
        core::PersonRole r;
        r.kind = kind;
        r.scopeCode = scope;
        r.startDate = start;
        return r;
    };
    core::PeopleService service(session.database, "panwascam.seibalai");
    person = service.registerPerson(person, {role(core::RoleKind::Relawan, "12.19.07.2004", date(2022, 3, 1)),
                                             role(core::RoleKind::Pkd, "12.19.07.2004", date(2024, 9, 1)),
                                             role(core::RoleKind::Narasumber, "12.19", date(2024, 9, 15))});
    for (const core::PersonRole& held : core::RoleRepository(session.database).rolesOf(person.meta.uuid)) {
        if (held.kind == core::RoleKind::Relawan) {
            service.endRole(held, date(2024, 8, 31), "Diangkat menjadi PKD");
        }
    }
    auto form = std::make_unique<gui::RegistrationDialog>(session, person);
    form->resize(980, 700);
    form->show();
    QApplication::processEvents();
    auto* roles = form->findChild<QWidget*>(QStringLiteral("rolesPanel"));
    form->findChild<QScrollArea*>(QStringLiteral("formScrollArea"))->ensureWidgetVisible(roles, 0, 120);
    return form;
}

bool save(QWidget& widget, const QString& folder, const QString& name)
{
    widget.show();
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(name);
    const bool written = widget.grab().save(path);
    std::cout << (written ? "wrote " : "FAILED ") << path.toStdString() << '\n';
    return written;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Times of day as a laptop in Batu Bara shows them (WIB), whatever the machine that renders them.
    qputenv("TZ", "Asia/Jakarta");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::cerr << "usage: relawas-screenshots OUTPUT_FOLDER [--lang id|en]\n";
        return 1;
    }
    const QString folder = args.at(1);
    const int langAt = int(args.indexOf(QStringLiteral("--lang")));
    const QString language = langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QStringLiteral("id");
    QDir().mkpath(folder);
    gui::installTranslations(app, language);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relawas.svg")));
    gui::Theme::apply(app);

    testing::TestDatabase testDb;
    addProgrammeExamples(testDb.database());
    const auto residents = testing::addBatuBaraPeople(testDb.database(), 60);
    addTrainingExamples(testDb.database(), residents);
    bool ok = true;

    gui::FirstRunDialog firstRun(testDb.database(), QStringLiteral("12.19"));
    firstRun.offerSampleData(true);
    firstRun.resize(560, 500);
    ok &= save(firstRun, folder, QStringLiteral("first-run.png"));

    gui::Session session{testDb.database(), "panwascam.seibalai", QStringLiteral("12.19")};
    core::SettingsStore(testDb.database())
        .setElectionDay(core::Date{std::chrono::year{2029}, std::chrono::February, std::chrono::day{14}});
    gui::MainWindow window(session);
    window.resize(1366, 768);
    window.showScreen(gui::MainWindow::ScreenId::Wilayah);
    window.show();
    window.wilayahScreen()->selectRegion(QStringLiteral("12.19.07"));
    window.wilayahScreen()->selectRegion(QStringLiteral("12.19.07.2002"));
    ok &= save(window, folder, QStringLiteral("wilayah.png"));

    window.showScreen(gui::MainWindow::ScreenId::Pengaturan);
    ok &= save(window, folder, QStringLiteral("settings.png"));
    window.showScreen(gui::MainWindow::ScreenId::Orang);
    // A person chosen, so that the actions under the roster show as the clerk uses them.
    auto* roster = window.peopleScreen()->findChild<QTableView*>(QStringLiteral("rosterTableView"));
    roster->setFocus();
    roster->setCurrentIndex(roster->model()->index(2, 0));
    ok &= save(window, folder, QStringLiteral("people.png"));
    window.showScreen(gui::MainWindow::ScreenId::Laporan);
    ok &= save(window, folder, QStringLiteral("laporan.png"));

    // The founding Rakernis chosen, its list with the speakers first, card codes and check-in times, a participant
    // chosen so that the actions on the list show as the organiser uses them.
    window.showScreen(gui::MainWindow::ScreenId::Pelatihan);
    gui::TrainingsScreen* trainings = window.trainingsScreen();
    const auto founding = core::trainingsConcerning(testDb.database(), "12.19");
    for (const core::TrainingSummary& summary : founding) {
        if (summary.training.kind == core::TrainingKind::Rakernis) {
            ok &= trainings->selectTraining(QString::fromStdString(summary.training.meta.uuid));
        }
    }
    auto* list = trainings->findChild<QTableView*>(QStringLiteral("participantTableView"));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(3, 1));
    ok &= save(window, folder, QStringLiteral("trainings.png"));

    // The Beranda of Batu Bara, read on its worker thread: the window as the coordinator sees it, then the whole
    // page (cards, the four charts, the coverage table) as it scrolls.
    window.showScreen(gui::MainWindow::ScreenId::Beranda);
    {
        gui::BerandaScreen* beranda = window.berandaScreen();
        QSignalSpy shown(beranda, &gui::BerandaScreen::figuresShown);
        beranda->reload();
        ok &= shown.wait(30000);
        ok &= save(window, folder, QStringLiteral("beranda.png"));
        auto* page = beranda->findChild<QWidget*>(QStringLiteral("berandaContent"));
        page->resize(page->width(), page->sizeHint().height());
        ok &= save(*page, folder, QStringLiteral("beranda-page.png"));
    }

    // A village of Sei Balai reviewed on one page (the one with the most people), as before printing its roster.
    {
        std::string busiest;
        std::size_t most = 0;
        for (const core::VillageRoster& village : core::kecamatanRosters(
                 testDb.database(), "12.19.07", core::SettingsStore(testDb.database()).referenceDate())) {
            if (village.people.size() > most) {
                most = village.people.size();
                busiest = village.villageCode;
            }
        }
        window.showScreen(gui::MainWindow::ScreenId::Wilayah);
        window.wilayahScreen()->selectRegion(QString::fromStdString(busiest));
        ok &= window.wilayahScreen()->reviewCurrent();
        if (auto* review = window.wilayahScreen()->findChild<gui::VillageReviewDialog*>()) {
            ok &= save(*review, folder, QStringLiteral("village-review.png"));
            review->close();
        }
    }

    // The papers of the Rakernis in the print preview, and the score sheet of the P2P class.
    for (const core::TrainingSummary& summary : founding) {
        if (summary.training.kind == core::TrainingKind::Rakernis) {
            const auto data = paperwork::attendanceSheet(testDb.database(), summary.training, {1, true, 10});
            gui::Printout printout;
            printout.title = QStringLiteral("Daftar hadir hari ke-1 — %1").arg(data.header.trainingTitle);
            printout.paint = [data](QPagedPaintDevice& device) {
                return printouts::paintAttendanceSheet(device, data);
            };
            printout.savePdf = [](const QString&) { return 0; };
            gui::PrintoutPreview preview(printout, &window);
            preview.resize(1100, 720);
            ok &= save(preview, folder, QStringLiteral("print-preview.png"));
        }
        if (summary.training.kind == core::TrainingKind::P2p) {
            gui::ScoreSheetDialog scores(session, summary.training.meta.uuid,
                                         QString::fromStdString(summary.training.title), &window);
            scores.resize(1100, 620);
            scores.table()->setCurrentIndex(scores.model()->index(3, gui::ScoreSheetModel::FirstComponentColumn + 4));
            ok &= save(scores, folder, QStringLiteral("scores.png"));
        }
    }

    // The check-in desk of the Rakernis in each of its answers, as the door sees them: a card scanned, the same card
    // again, a registered volunteer who was not invited, a first name several people share, a name nobody has.
    {
        const core::Training rakernis = std::find_if(founding.begin(), founding.end(), [](const auto& summary) {
                                            return summary.training.kind == core::TrainingKind::Rakernis;
                                        })->training;
        const std::vector<core::Participant> listed = core::participantsOf(testDb.database(), rakernis, false);
        window.showScreen(gui::MainWindow::ScreenId::MejaPresensi);
        gui::DeskScreen* desk = window.deskScreen();
        desk->openTraining(QString::fromStdString(rakernis.meta.uuid));
        auto* input = desk->findChild<QLineEdit*>(QStringLiteral("deskInputLineEdit"));
        const auto atTheDoor = [&](const QString& typed, const QString& name) {
            input->setFocus();
            QTest::keyClicks(input, typed);
            QTest::keyClick(input, Qt::Key_Return);
            ok &= save(window, folder, name);
        };
        const auto absent = std::find_if(listed.begin(), listed.end(), [](const core::Participant& p) {
            return p.invitation.part == core::InvitationPart::Peserta && p.daysPresent() == 0 &&
                   p.invitation.expected();
        });
        atTheDoor(QString::fromStdString(absent->cardCode), QStringLiteral("desk-checked-in.png"));
        atTheDoor(QString::fromStdString(listed[1].cardCode), QStringLiteral("desk-already.png"));
        atTheDoor(QString::fromStdString(residents[1].person.nik), QStringLiteral("desk-not-invited.png"));
        // A first name two people on the list share.
        std::string shared = listed.front().fullName.substr(0, listed.front().fullName.find(' '));
        for (const core::Participant& one : listed) {
            const std::string first = one.fullName.substr(0, one.fullName.find(' '));
            if (std::count_if(listed.begin(), listed.end(), [&first](const core::Participant& other) {
                    return other.fullName.rfind(first + ' ', 0) == 0;
                }) >= 2) {
                shared = first;
                break;
            }
        }
        atTheDoor(QString::fromStdString(shared), QStringLiteral("desk-ambiguous.png"));
        atTheDoor(QStringLiteral("Sutrisno Wibowo"), QStringLiteral("desk-unknown.png"));
    }

    // The form in the middle of a registration: the NIK has filled birth date and gender, the phone is a landline.
    gui::RegistrationDialog registration(session, QStringLiteral("12.19"));
    registration.resize(980, 700);
    registration.setVillage(QStringLiteral("12.19.07.2004"));
    const auto type = [&registration](const char* field, const QString& text) {
        registration.findChild<QLineEdit*>(QString::fromLatin1(field))->setText(text);
    };
    type("nikLineEdit", QStringLiteral("1219075109950001"));
    type("fullNameLineEdit", QStringLiteral("Siti Aminah Nasution"));
    type("birthPlaceLineEdit", QStringLiteral("Sei Balai"));
    type("phoneLineEdit", QStringLiteral("061-7654321"));
    type("occupationLineEdit", QStringLiteral("Guru"));
    ok &= save(registration, folder, QStringLiteral("registration.png"));
    registration.hide();

    // The same form correcting a stored person, with the roles section: a relawan of Durian who became its PKD, and
    // a speaker at the Rakernis.
    ok &= save(*personWithRoles(session), folder, QStringLiteral("person-roles.png"));

    // The import wizard after its dry run over a spreadsheet saved from Excel: one NIK mangled into 1.21907E+15,
    // one village nobody knows.
    QTemporaryDir spreadsheetDir;
    const QString spreadsheet = spreadsheetDir.filePath(QStringLiteral("relawan-sei-balai.csv"));
    QFile csv(spreadsheet);
    ok &= csv.open(QIODevice::WriteOnly);
    csv.write("\xEF\xBB\xBF"
              "Nama Lengkap;NIK;Jenis Kelamin;Tgl Lahir;No HP/WA;Desa/Kelurahan;Kecamatan\r\n"
              "Siti Aminah;1219075109950001;P;11/09/1995;0812-3456-7890;Durian;Sei Balai\r\n"
              "Budi Santoso;1.21907E+15;L;02/03/1990;0813-2222-3333;Durian;Sei Balai\r\n"
              "Rina Marpaung;1219074404920002;P;04/04/1992;0812-7777-8888;Kampung Entah Berantah;Sei Balai\r\n"
              "Ahmad Lubis;1219070101880003;L;01/01/1988;0852-1111-2222;Durian;Sei Balai\r\n");
    csv.close();
    gui::ImportWizard wizard(session, QStringLiteral("12.19"));
    wizard.resize(1180, 680); // as it opens on a 1366x768 laptop
    wizard.show();
    wizard.findChild<QLineEdit*>(QStringLiteral("fileLineEdit"))->setText(spreadsheet);
    wizard.next(); // to the mapping
    wizard.next(); // the dry run
    ok &= wizard.currentId() == gui::ImportWizard::DryRunPage;
    ok &= save(wizard, folder, QStringLiteral("import-wizard.png"));
    wizard.back(); // the mapping: header line, columns, preview
    ok &= wizard.currentId() == gui::ImportWizard::MappingPage;
    ok &= save(wizard, folder, QStringLiteral("import-mapping.png"));
    wizard.hide();

    // The same volunteer registered twice, once as "M. Rizky", then the review list and the merge form.
    testing::TestPeople people(testDb.database());
    const auto rizky = [&people](const char* name, const char* nik, const char* phone, const char* occupation) {
        core::Person person;
        person.fullName = name;
        person.nik = nik;
        person.gender = core::Gender::Male;
        person.birthDate = core::Date{std::chrono::year{1996}, std::chrono::March, std::chrono::day{4}};
        person.villageCode = "12.19.07.2004";
        person.phone = phone;
        person.occupation = occupation;
        return people.save(person, "panwascam.seibalai");
    };
    rizky("Muhammad Rizky Siregar", "1219070403960001", "+6281234560001", "");
    rizky("M. Rizky Siregar", "", "+6285277770002", "Petani");
    gui::DuplicatesDialog duplicates(session, QStringLiteral("12.19"));
    duplicates.resize(1240, 460);
    duplicates.show();
    for (int i = 0; i < 500 && duplicates.model()->rowCount() == 0; ++i) {
        QTest::qWait(10); // the list is worked out off the UI thread
    }
    ok &= duplicates.model()->rowCount() > 0;
    ok &= save(duplicates, folder, QStringLiteral("duplicates.png"));
    if (duplicates.model()->rowCount() > 0) {
        const QModelIndex first = duplicates.model()->index(0, 0);
        gui::MergeDialog merge(session, first.data(gui::DuplicatePairModel::UuidARole).toString(),
                               first.data(gui::DuplicatePairModel::UuidBRole).toString());
        merge.resize(900, 700);
        ok &= save(merge, folder, QStringLiteral("merge.png"));
    }
    duplicates.hide();

    // Synchronisation at the district: Sei Balai's two reports merged with a conflict on a phone and on a removal,
    // Medang Deras's first report previewed, from a sender not trusted yet; and the export of a report.
    {
        QTemporaryDir reports;
        const auto waiting = testing::addSyncExamples(testDb.database(), reports.path().toStdString());
        window.showScreen(gui::MainWindow::ScreenId::Sinkronisasi);
        gui::SyncScreen* sync = window.syncScreen();
        sync->reload();
        ok &= save(window, folder, QStringLiteral("sync-conflicts.png"));
        sync->tabs()->setCurrentIndex(1);
        ok &= save(window, folder, QStringLiteral("sync-history.png"));
        sync->tabs()->setCurrentIndex(2);
        ok &= save(window, folder, QStringLiteral("sync-senders.png"));
        sync->tabs()->setCurrentIndex(0);

        core::ReportImportOptions preview;
        preview.actor = "koordinator.kabupaten";
        preview.dryRun = true;
        preview.trustNew = true;
        std::vector<gui::OfferedReport> offered;
        offered.push_back({waiting, core::importReport(testDb.database(), waiting, preview), {}});
        gui::ImportPreviewDialog previewDialog(offered, &window);
        previewDialog.resize(1100, 440);
        ok &= save(previewDialog, folder, QStringLiteral("sync-preview.png"));
        previewDialog.hide();

        gui::ExportDialog exportDialog(session, QStringLiteral("12.19.07"), &window);
        exportDialog.resize(760, 420);
        ok &= save(exportDialog, folder, QStringLiteral("sync-export.png"));
        exportDialog.hide();
    }

    gui::AboutDialog about(testDb.database());
    ok &= save(about, folder, QStringLiteral("about.png"));
    return ok ? 0 : 1;
}

#include "core/organising/ScoreSheet.h"

#include "DeskFixture.h"
#include "ErrorCodeOf.h"
#include "core/organising/CertificateLookup.h"
#include "core/organising/CheckInDesk.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/CertificateRepository.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

// A two-day P2P class of the founding example's people, everyone invited and present on both days.
struct P2pClass : RakernisDesk
{
    Training p2p;

    P2pClass()
    {
        Training training = rakernis;
        training.meta = {};
        training.kind = TrainingKind::P2p;
        training.title = "Pendidikan Pengawas Partisipatif Batu Bara";
        training.endDate = 2024y / std::chrono::September / 16d;
        p2p = service.save(training);
        service.inviteWhere(p2p.meta.uuid,
                            {{RoleKind::AnggotaPanwascam, RoleKind::StafSekretariat}, std::string("12.19")},
                            InvitationPart::Peserta);
        for (int day = 1; day <= 2; ++day) {
            CheckInDesk desk(db, "meja.presensi", p2p.meta.uuid, p2p.day(day));
            for (const Person* person : {&siti, &budi, &ahmadFauzi}) {
                REQUIRE(desk.submit(person->nik).result == CheckInResult::CheckedIn);
            }
        }
        CheckInDesk firstDayOnly(db, "meja.presensi", p2p.meta.uuid, p2p.day(1));
        firstDayOnly.submit(nurhayati.nik);
    }
};

} // namespace

TEST_CASE("A P2P class is graded on the five default components; the weighted result decides the pass", "[scores]")
{
    P2pClass t;
    ScoreSheet sheet(t.db, "pelatih", t.p2p.meta.uuid);
    REQUIRE(sheet.components().size() == 5);
    double weights = 0;
    for (const auto& component : sheet.components()) {
        weights += component.weight;
    }
    CHECK(weights == 100);
    CHECK(sheet.components()[0].name == "Pretest");
    CHECK(sheet.components()[1].weight == 30);
    CHECK(ScoreSheet(t.db, "pelatih", t.p2p.meta.uuid).components().size() == 5); // added once

    // Siti: 60, 80, 90, 85, 75 → 9 + 24 + 4.5 + 25.5 + 15 = 78 → passes at 70.
    const std::vector<double> siti{60, 80, 90, 85, 75};
    for (std::size_t i = 0; i < siti.size(); ++i) {
        sheet.set(t.siti.meta.uuid, i, siti[i]);
    }
    // Budi: 40, 60, 50, 65, 70 → 6 + 18 + 2.5 + 19.5 + 14 = 60 → fails.
    const std::vector<double> budi{40, 60, 50, 65, 70};
    for (std::size_t i = 0; i < budi.size(); ++i) {
        sheet.set(t.budi.meta.uuid, i, budi[i]);
    }
    sheet.set(t.ahmadFauzi.meta.uuid, 0, 90); // the rest still to come
    CHECK(errorCodeOf([&] { sheet.set(t.budi.meta.uuid, 0, 101); }) == "score.out_of_range");

    const auto rows = sheet.rows();
    const auto row = [&rows](const std::string& uuid) {
        return *std::find_if(rows.begin(), rows.end(),
                             [&uuid](const ScoreRow& r) { return r.participant.invitation.personUuid == uuid; });
    };
    CHECK(row(t.siti.meta.uuid).result == Approx(78));
    CHECK(row(t.siti.meta.uuid).passed);
    CHECK(row(t.budi.meta.uuid).result == Approx(60));
    CHECK_FALSE(row(t.budi.meta.uuid).passed);
    CHECK_FALSE(row(t.ahmadFauzi.meta.uuid).result);
    CHECK(row(t.ahmadFauzi.meta.uuid).scores[0] == 90);

    SECTION("a corrected score counts, a cleared one is missing again")
    {
        sheet.set(t.budi.meta.uuid, 4, 100);               // posttest 100: 60 - 14 + 20 = 66, still below 70
        CHECK(row(t.budi.meta.uuid).result == Approx(60)); // the rows read before
        CHECK(ScoreSheet(t.db, "pelatih", t.p2p.meta.uuid).rows().size() == 5);
        sheet.set(t.siti.meta.uuid, 2, std::nullopt);
        const auto again = sheet.rows();
        CHECK_FALSE(std::find_if(again.begin(), again.end(), [&](const ScoreRow& r) {
                        return r.participant.invitation.personUuid == t.siti.meta.uuid;
                    })->result);
    }

    SECTION("certificates go to those present every day who passed, each with its own number")
    {
        const auto recipients = certificateRecipients(t.db, t.p2p);
        REQUIRE(recipients.size() == 1);
        CHECK(recipients[0].participant.fullName == "Siti Aminah Nasution");
        UnitOfWork work(t.db, "panitia");
        CertificateRepository certificates(t.db);
        const Certificate issued = certificates.issue(t.p2p, t.siti.meta.uuid, work);
        const Certificate again = certificates.issue(t.p2p, t.siti.meta.uuid, work);
        const Certificate rakernis = certificates.issue(t.rakernis, t.budi.meta.uuid, work);
        work.commit();
        CHECK(issued.number == "0001/SERT/12.19/IX/2024");
        CHECK(again.number == issued.number);
        CHECK(rakernis.number == "0002/SERT/12.19/IX/2024");
        const auto found = certificates.find("0001/SERT/12.19/IX/2024");
        REQUIRE(found);
        CHECK(found->personUuid == t.siti.meta.uuid);
        CHECK(found->trainingUuid == t.p2p.meta.uuid);
    }
}

TEST_CASE("Without grading, a certificate needs every day present", "[scores]")
{
    P2pClass t;
    Training rakernis = t.rakernis; // one day: the P2P's people were never checked in to it
    CHECK(certificateRecipients(t.db, rakernis).empty());
    CheckInDesk desk(t.db, "meja.presensi", rakernis.meta.uuid, rakernis.startDate);
    t.invitePanwascam();
    desk.submit(t.nurhayati.nik);
    const auto recipients = certificateRecipients(t.db, rakernis);
    REQUIRE(recipients.size() == 1);
    CHECK(recipients[0].participant.fullName == "Nurhayati");
}

TEST_CASE("Certificates are issued once through the training service and looked up by their number", "[scores]")
{
    P2pClass t;
    ScoreSheet sheet(t.db, "pelatih", t.p2p.meta.uuid);
    const std::vector<double> passing{60, 80, 90, 85, 75}; // 78
    for (std::size_t i = 0; i < passing.size(); ++i) {
        sheet.set(t.siti.meta.uuid, i, passing[i]);
        sheet.set(t.budi.meta.uuid, i, passing[i]);
    }
    const auto issued = t.service.issueCertificates(t.p2p.meta.uuid);
    REQUIRE(issued.size() == 2);
    CHECK(issued[0].certificate.number != issued[1].certificate.number);
    const auto again = t.service.issueCertificates(t.p2p.meta.uuid);
    REQUIRE(again.size() == 2);
    CHECK(again[0].certificate.number == issued[0].certificate.number); // printed twice, numbered once
    CHECK(again[1].certificate.number == issued[1].certificate.number);

    const Certificate& siti = issued[0].recipient.participant.invitation.personUuid == t.siti.meta.uuid
                                  ? issued[0].certificate
                                  : issued[1].certificate;
    // Typed as read off the paper: lower case, spaces, the serial without its zeros.
    std::string typed = siti.number.substr(siti.number.find('/'));
    for (char& c : typed) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    typed = " " + std::to_string(std::stoi(siti.number.substr(0, 4))) + typed + " ";
    const auto record = lookUpCertificate(t.db, typed);
    REQUIRE(record);
    CHECK(record->certificate.number == siti.number);
    CHECK(record->holder.fullName == "Siti Aminah Nasution");
    CHECK(record->training.title == "Pendidikan Pengawas Partisipatif Batu Bara");
    CHECK(record->result == Approx(78));
    CHECK(record->passed);
    CHECK_FALSE(lookUpCertificate(t.db, "9999/SERT/12.19/IX/2024"));
    CHECK_FALSE(lookUpCertificate(t.db, ""));
    CHECK(normaliseCertificateNumber("7/sert/12.19/ix/2024") == "0007/SERT/12.19/IX/2024");
    CHECK(normaliseCertificateNumber("12345/SERT/X") == "12345/SERT/X");
}

TEST_CASE("A training's components are renamed and reweighed; the weights must add up to 100", "[scores]")
{
    P2pClass t;
    ScoreSheet sheet(t.db, "pelatih", t.p2p.meta.uuid);
    const std::vector<double> siti{60, 80, 90, 85, 75}; // 78 with the default weights
    for (std::size_t i = 0; i < siti.size(); ++i) {
        sheet.set(t.siti.meta.uuid, i, siti[i]);
    }
    // The posttest counts double, the audio-visual part less: 60x0.15 + 80x0.20 + 90x0.05 + 85x0.20 + 75x0.40 = 76.5.
    sheet.setComponents(
        {{"Pretest", 15}, {"Audio visual", 20}, {"Modul", 5}, {" Pendalaman  materi ", 20}, {"Posttest", 40}});
    ScoreSheet reopened(t.db, "pelatih", t.p2p.meta.uuid);
    CHECK(reopened.components()[4].weight == 40);
    CHECK(reopened.components()[3].name == "Pendalaman materi");
    const auto rows = reopened.rows();
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const ScoreRow& r) {
        return r.participant.invitation.personUuid == t.siti.meta.uuid;
    });
    CHECK(row->result == Approx(76.5));
    CHECK(row->scores[0] == 60); // the scores stay

    const auto before = reopened.components();
    CHECK(errorCodeOf([&] {
              reopened.setComponents(
                  {{"Pretest", 15}, {"Audio visual", 20}, {"Modul", 5}, {"Pendalaman", 20}, {"Posttest", 30}});
          }) == "score.weights_not_100");
    CHECK(errorCodeOf([&] {
              reopened.setComponents({{"Pretest", 15}, {"", 20}, {"Modul", 5}, {"Pendalaman", 20}, {"Posttest", 40}});
          }) == "score.component_name_empty");
    CHECK(errorCodeOf([&] {
              reopened.setComponents({{"Pretest", 115}, {"Audio", -15}, {"Modul", 0}, {"Pendalaman", 0}, {"Post", 0}});
          }) == "score.weight_out_of_range");
    CHECK(errorCodeOf([&] { reopened.setComponents({{"Pretest", 100}}); }) == "score.component_count");
    const auto after = ScoreSheet(t.db, "pelatih", t.p2p.meta.uuid).components();
    for (std::size_t i = 0; i < after.size(); ++i) { // nothing written by a refused change
        CHECK(after[i].name == before[i].name);
        CHECK(after[i].weight == before[i].weight);
        CHECK(after[i].meta.revision == before[i].meta.revision);
    }
}

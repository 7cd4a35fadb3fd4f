#include "DeskFixture.h"
#include "ErrorCodeOf.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/ParticipantList.h"
#include "core/storage/AuditLog.h"
#include "core/trainings/CardCode.h"
#include "core/trainings/CardCodeRepository.h"
#include "core/trainings/InvitationRepository.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

TEST_CASE("A training keeps its capacity, notes and pass mark, and refuses impossible ones", "[organising]")
{
    RakernisDesk t;
    Training edited = t.rakernis;
    edited.capacity = 64;
    edited.notes = "Peserta membawa SK penugasan";
    edited.passMark = 75;
    const Training stored = t.service.save(edited);
    const auto found = TrainingRepository(t.db).find(stored.meta.uuid);
    REQUIRE(found);
    CHECK(found->capacity == 64);
    CHECK(found->notes == "Peserta membawa SK penugasan");
    CHECK(found->passMark == 75);
    CHECK(found->dayCount() == 1);
    CHECK(found->dayNumber(kRakernisDay) == 1);
    CHECK_FALSE(found->dayNumber(2024y / std::chrono::September / 16d));

    Training full = *found;
    full.capacity = 0;
    CHECK(errorCodeOf([&] { t.service.save(full); }) == "training.capacity_invalid");
    full.capacity.reset();
    full.passMark = 101;
    CHECK(errorCodeOf([&] { t.service.save(full); }) == "training.pass_mark_invalid");
    full.passMark = 70;
    full.notes = std::string("\xff\xfe", 2);
    CHECK(errorCodeOf([&] { t.service.save(full); }) == "text.invalid_utf8");
}

TEST_CASE("The trainer invites every anggota Panwascam and staf sekretariat under Batu Bara", "[organising]")
{
    RakernisDesk t;
    const auto selected =
        t.service.peopleWhere({{RoleKind::AnggotaPanwascam, RoleKind::StafSekretariat}, std::string("12.19")});
    CHECK(selected.size() == 5);
    CHECK(t.invitePanwascam() == 5);
    CHECK(t.invitePanwascam() == 0); // everyone is on the list already
    CHECK(t.service.peopleWhere({{RoleKind::AnggotaPanwascam}, std::string("12.19.01")}).empty());
    CHECK(t.service.peopleWhere({{}, std::string("12.19.01.2004")}).size() == 6); // by village, whatever the role
    CHECK(errorCodeOf([&] { t.service.peopleWhere({}); }) == "invitation.filter_empty");

    // A speaker stays a speaker when a filter finds them again.
    t.service.invite(t.rakernis.meta.uuid, t.rahmat.meta.uuid, InvitationPart::Narasumber);
    CHECK(t.service.inviteWhere(t.rakernis.meta.uuid, {{}, std::string("12.19.01.2004")}, InvitationPart::Peserta) ==
          0);
    InvitationRepository invitations(t.db);
    CHECK(invitations.find(t.rakernis.meta.uuid, t.rahmat.meta.uuid)->part == InvitationPart::Narasumber);

    SECTION("taking someone off the list cancels the invitation; inviting them again brings it back")
    {
        const auto siti = invitations.find(t.rakernis.meta.uuid, t.siti.meta.uuid);
        const Invitation cancelled = t.service.cancel(*siti);
        CHECK(cancelled.status == InvitationStatus::Cancelled);
        CHECK(cancelled.meta.revision == 2);
        CHECK(t.count("SELECT count(*) FROM invitation WHERE deleted_at IS NOT NULL") == 0);
        CHECK(errorCodeOf([&] { t.service.cancel(*siti); }) == "invitation.stale");
        CHECK(t.invitePanwascam() == 1);
        CHECK(invitations.find(t.rakernis.meta.uuid, t.siti.meta.uuid)->status == InvitationStatus::Invited);
        CHECK(AuditLog(t.db).history("invitation", siti->meta.uuid).size() == 3);
    }
}

TEST_CASE("The participants of a training come with their origin, card code and check-in per day", "[organising]")
{
    RakernisDesk t;
    t.invitePanwascam();
    t.service.invite(t.rakernis.meta.uuid, t.rahmat.meta.uuid, InvitationPart::Narasumber);
    t.service.issueMissingCardCodes(t.rakernis.meta.uuid);
    CheckInDesk desk(t.db, "meja.presensi", t.rakernis.meta.uuid, kRakernisDay);
    desk.submit("Siti Aminah");
    desk.submit("Rahmat Hidayat");

    const auto participants = participantsOf(t.db, t.rakernis, false);
    REQUIRE(participants.size() == 6);
    CHECK(participants[0].fullName == "Rahmat Hidayat"); // speakers first
    CHECK(participants[0].invitation.part == InvitationPart::Narasumber);
    CHECK(participants[1].fullName == "Ahmad Fauzan");
    CHECK(participants[1].kecamatanName == "Medang Deras");
    CHECK(participants[1].villageName == "Durian");
    CHECK(participants[1].roles == std::vector{RoleKind::AnggotaPanwascam});
    for (const auto& participant : participants) {
        CHECK(normaliseCardCode(participant.cardCode) == participant.cardCode);
        REQUIRE(participant.checkedInAt.size() == 1);
    }
    const auto siti = std::find_if(participants.begin(), participants.end(),
                                   [](const Participant& p) { return p.fullName == "Siti Aminah Nasution"; });
    CHECK_FALSE(siti->checkedInAt[0].empty());
    CHECK(siti->daysPresent() == 1);
    CHECK(participants[1].daysPresent() == 0);

    const auto summaries = trainingsConcerning(t.db, "12.19.07");
    REQUIRE(summaries.size() == 1);
    CHECK(summaries[0].expected == 6);
    CHECK(summaries[0].presentByDay == std::vector{2});
    CHECK(summaries[0].attendanceRate() == Approx(2.0 / 6.0));
    CHECK(trainingsConcerning(t.db, "12.08").empty()); // another kabupaten
}

TEST_CASE("Merging two records of one person carries their invitations and cards; removing a person ends them",
          "[organising]")
{
    RakernisDesk t;
    t.invitePanwascam();
    t.service.issueMissingCardCodes(t.rakernis.meta.uuid);
    const std::string budiCard = CardCodeRepository(t.db).currentOf(t.budi.meta.uuid).value();

    // Budi was registered twice; the second record is merged into Rahmat's by mistake of this test's naming only.
    PeopleService(t.db, "koordinator")
        .merge(t.rahmat.meta.uuid, t.rahmat.meta.revision, t.budi.meta.uuid, t.budi.meta.revision, {});
    InvitationRepository invitations(t.db);
    CHECK(invitations.find(t.rakernis.meta.uuid, t.rahmat.meta.uuid));
    CHECK_FALSE(invitations.find(t.rakernis.meta.uuid, t.budi.meta.uuid));
    const auto holder = CardCodeRepository(t.db).holderOf(budiCard);
    REQUIRE(holder);
    CHECK(holder->personUuid == t.rahmat.meta.uuid);
    CHECK_FALSE(holder->revoked);

    t.people.remove(t.siti.meta.uuid, "koordinator");
    CHECK_FALSE(invitations.find(t.rakernis.meta.uuid, t.siti.meta.uuid));
    CHECK_FALSE(CardCodeRepository(t.db).currentOf(t.siti.meta.uuid));
    CheckInDesk desk(t.db, "meja.presensi", t.rakernis.meta.uuid, kRakernisDay);
    CHECK(desk.counts().expected == 4);
}

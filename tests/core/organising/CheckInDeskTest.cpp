#include "core/organising/CheckInDesk.h"

#include "DeskFixture.h"
#include "ErrorCodeOf.h"
#include "core/storage/AuditLog.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CardCode.h"
#include "core/trainings/CardCodeRepository.h"
#include "core/trainings/CheckInAttemptLog.h"
#include "core/trainings/InvitationRepository.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

constexpr const char* kDoor = "meja.presensi";

std::string cardOf(Database& db, const std::string& personUuid)
{
    return CardCodeRepository(db).currentOf(personUuid).value_or("");
}

std::string lowerGrouped(const std::string& code)
{
    std::string grouped = groupedCardCode(code);
    for (char& c : grouped) {
        c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return grouped;
}

} // namespace

TEST_CASE("At the door a scanner types Siti's card code and Enter; a second scan says she is already in", "[desk]")
{
    RakernisDesk t;
    REQUIRE(t.invitePanwascam() == 5);
    REQUIRE(t.service.issueMissingCardCodes(t.rakernis.meta.uuid) == 5);
    CheckInDesk desk(t.db, kDoor, t.rakernis.meta.uuid, kRakernisDay);
    CHECK(desk.counts().present == 0);
    CHECK(desk.counts().expected == 5);

    const std::string code = cardOf(t.db, t.siti.meta.uuid);
    REQUIRE(normaliseCardCode(code) == code);
    const CheckInOutcome first = desk.submit(code + "\n");
    CHECK(first.result == CheckInResult::CheckedIn);
    CHECK(first.method == CheckInMethod::Scan);
    REQUIRE(first.person);
    CHECK(first.person->fullName == "Siti Aminah Nasution");
    CHECK(first.person->part == InvitationPart::Peserta);
    CHECK_FALSE(first.checkedInAt.empty());
    CHECK(desk.counts().present == 1);

    // Typed by hand from the card, in lower case with its dash: the same code.
    const CheckInOutcome again = desk.submit(lowerGrouped(code));
    CHECK(again.result == CheckInResult::AlreadyCheckedIn);
    CHECK(again.checkedInAt == first.checkedInAt);
    CHECK(again.attendanceUuid == first.attendanceUuid);
    CHECK(desk.counts().present == 1);
    CHECK(t.count("SELECT count(*) FROM attendance WHERE deleted_at IS NULL") == 1);

    // Both attempts are facts in the log, newest first.
    const auto attempts = CheckInAttemptLog(t.db).ofDay(t.rakernis.meta.uuid, kRakernisDay, 10);
    REQUIRE(attempts.size() == 2);
    CHECK(attempts[0].result == CheckInResult::AlreadyCheckedIn);
    CHECK(attempts[1].result == CheckInResult::CheckedIn);
    CHECK(attempts[1].personUuid == t.siti.meta.uuid);
    CHECK(attempts[1].attendanceUuid == first.attendanceUuid);
    CHECK(attempts[1].actor == kDoor);
    CHECK(attempts[1].input == code);

    const auto recent = desk.recent(5);
    REQUIRE(recent.size() == 1);
    CHECK(recent[0].person.uuid == t.siti.meta.uuid);
}

TEST_CASE("A NIK typed at the desk checks its holder in; the attempt log keeps the NIK masked", "[desk]")
{
    RakernisDesk t;
    t.invitePanwascam();
    CheckInDesk desk(t.db, kDoor, t.rakernis.meta.uuid, kRakernisDay);

    const CheckInOutcome budi = desk.submit("1219 0102 0385 0001");
    CHECK(budi.result == CheckInResult::CheckedIn);
    CHECK(budi.method == CheckInMethod::Nik);
    REQUIRE(budi.person);
    CHECK(budi.person->uuid == t.budi.meta.uuid);
    CHECK(budi.input.find("1219010203850001") == std::string::npos);
    CHECK(budi.input.rfind("121901", 0) == 0);
    CHECK(t.count("SELECT count(*) FROM checkin_attempt WHERE input LIKE '%02038500%'") == 0);

    SECTION("a volunteer of the register who was not invited is told apart from a stranger")
    {
        const CheckInOutcome rahmat = desk.submit("1219010101880004");
        CHECK(rahmat.result == CheckInResult::NotInvited);
        REQUIRE(rahmat.person);
        CHECK(rahmat.person->fullName == "Rahmat Hidayat");
        CHECK_FALSE(rahmat.person->status);
        CHECK(desk.submit("1219019999990009").result == CheckInResult::Unknown);
        CHECK(desk.submit("121901020385").result == CheckInResult::Unknown); // 12 digits: no NIK
        CHECK(t.count("SELECT count(*) FROM checkin_attempt WHERE result = 'unknown'") == 2);
        CHECK(desk.counts().present == 1);
    }
}

TEST_CASE("A name with several matches asks to pick one; a full name picks its holder", "[desk]")
{
    RakernisDesk t;
    t.invitePanwascam();
    CheckInDesk desk(t.db, kDoor, t.rakernis.meta.uuid, kRakernisDay);

    const auto suggestions = desk.nameMatches("ahm", 10);
    REQUIRE(suggestions.invited.size() == 2);
    CHECK(suggestions.invited[0].fullName == "Ahmad Fauzan");
    CHECK(suggestions.invited[1].fullName == "Ahmad Fauzi");

    const CheckInOutcome ahmad = desk.submit("Ahmad");
    CHECK(ahmad.result == CheckInResult::Ambiguous);
    CHECK(ahmad.matches.size() == 2);
    CHECK(desk.counts().present == 0);

    const CheckInOutcome picked = desk.checkInPerson(ahmad.matches[1].uuid, CheckInMethod::Name, "Ahmad");
    CHECK(picked.result == CheckInResult::CheckedIn);
    CHECK(picked.person->fullName == "Ahmad Fauzi");

    // Typed in full, in another case and word order: the one holder of that name.
    CHECK(desk.submit("fauzan ahmad").result == CheckInResult::CheckedIn);
    CHECK(desk.submit("Ahmad Fauzi").result == CheckInResult::AlreadyCheckedIn);
    CHECK(desk.submit("Nurhay").result == CheckInResult::CheckedIn);

    const CheckInOutcome rahmat = desk.submit("rahmat hidayat");
    CHECK(rahmat.result == CheckInResult::NotInvited);
    CHECK(rahmat.person->uuid == t.rahmat.meta.uuid);
    CHECK(desk.submit("Sutrisno Wibowo").result == CheckInResult::Unknown);
    CHECK(desk.counts().present == 3);
}

TEST_CASE("A walk-in is added at the door and checked in, from the register or registered on the spot", "[desk]")
{
    RakernisDesk t;
    t.invitePanwascam();
    CheckInDesk desk(t.db, kDoor, t.rakernis.meta.uuid, kRakernisDay);

    const CheckInOutcome rahmat = desk.admitWalkIn(t.rahmat.meta.uuid, InvitationPart::Peserta);
    CHECK(rahmat.result == CheckInResult::CheckedIn);
    CHECK(rahmat.method == CheckInMethod::WalkIn);
    const auto invitation = InvitationRepository(t.db).find(t.rakernis.meta.uuid, t.rahmat.meta.uuid);
    REQUIRE(invitation);
    CHECK(invitation->walkIn);
    CHECK(invitation->status == InvitationStatus::Invited);

    // A speaker's assistant nobody registered: a name, a village, no NIK.
    Person newcomer;
    newcomer.fullName = "Dewi Lestari";
    newcomer.villageCode = "12.19.01.2004";
    const CheckInOutcome dewi = desk.registerWalkIn(newcomer, {}, InvitationPart::Panitia);
    CHECK(dewi.result == CheckInResult::CheckedIn);
    REQUIRE(dewi.person);
    CHECK(dewi.person->fullName == "Dewi Lestari");
    CHECK(dewi.person->nik.empty());
    CHECK(dewi.person->part == InvitationPart::Panitia);
    CHECK(desk.counts().present == 2);
    CHECK(desk.counts().expected == 7);
    CHECK(t.count("SELECT count(*) FROM checkin_attempt WHERE method = 'walk-in' AND result = 'checked_in'") == 2);

    SECTION("a walk-in refused by the register leaves nothing behind")
    {
        Person nameless;
        nameless.villageCode = "12.19.01.2004";
        const auto before = t.count("SELECT count(*) FROM invitation") + t.count("SELECT count(*) FROM attendance");
        CHECK(errorCodeOf([&] { desk.registerWalkIn(nameless, {}, InvitationPart::Peserta); }) ==
              "person.name_required");
        CHECK(t.count("SELECT count(*) FROM invitation") + t.count("SELECT count(*) FROM attendance") == before);
    }
}

TEST_CASE("A mistaken check-in is annulled with a reason: kept, audited, no longer counted", "[desk]")
{
    RakernisDesk t;
    t.invitePanwascam();
    CheckInDesk desk(t.db, kDoor, t.rakernis.meta.uuid, kRakernisDay);
    const CheckInOutcome wrong = desk.submit("Budi Santoso"); // meant Siti, clicked Budi
    REQUIRE(wrong.result == CheckInResult::CheckedIn);

    CHECK(errorCodeOf([&] { desk.annul(wrong.attendanceUuid, "  "); }) == "attendance.reason_required");
    desk.annul(wrong.attendanceUuid, "salah pilih nama");
    CHECK(desk.counts().present == 0);
    CHECK(desk.recent(5).empty());

    const auto kept = AttendanceRepository(t.db).find(wrong.attendanceUuid);
    REQUIRE(kept);
    CHECK(kept->annulled());
    CHECK(kept->annulReason == "salah pilih nama");
    CHECK(kept->annulledBy == kDoor);
    CHECK(kept->meta.revision == 2);
    const auto history = AuditLog(t.db).history("attendance", wrong.attendanceUuid);
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == "update");
    CHECK(history[1].after->at("annul_reason") == "salah pilih nama");

    // Budi does arrive later: he is checked in anew, the annulled row stays beside it.
    const CheckInOutcome later = desk.submit("1219010203850001");
    CHECK(later.result == CheckInResult::CheckedIn);
    CHECK(later.attendanceUuid != wrong.attendanceUuid);
    CHECK(t.count("SELECT count(*) FROM attendance WHERE person_uuid = '" + t.budi.meta.uuid + "'") == 2);
}

TEST_CASE("The desk tells a cancelled invitation, a day outside the training and a replaced card", "[desk]")
{
    RakernisDesk t;
    t.invitePanwascam();
    t.service.issueMissingCardCodes(t.rakernis.meta.uuid);

    const auto budi = InvitationRepository(t.db).find(t.rakernis.meta.uuid, t.budi.meta.uuid);
    t.service.cancel(*budi);
    CheckInDesk desk(t.db, kDoor, t.rakernis.meta.uuid, kRakernisDay);
    CHECK(desk.submit(cardOf(t.db, t.budi.meta.uuid)).result == CheckInResult::Cancelled);
    CHECK(desk.counts().expected == 4);

    const std::string old = cardOf(t.db, t.siti.meta.uuid);
    const std::string renewed = t.service.reissueCardCode(t.siti.meta.uuid);
    CHECK(renewed != old);
    const CheckInOutcome lost = desk.submit(old);
    CHECK(lost.result == CheckInResult::RevokedCard);
    CHECK(lost.person->uuid == t.siti.meta.uuid);
    CHECK(desk.submit(renewed).result == CheckInResult::CheckedIn);
    CHECK(desk.submit("K7M4-QX9T").result == CheckInResult::Unknown);

    CheckInDesk monday(t.db, kDoor, t.rakernis.meta.uuid, 2024y / std::chrono::September / 16d);
    CHECK(monday.submit(renewed).result == CheckInResult::WrongDay);
    CHECK(t.count("SELECT count(*) FROM checkin_attempt WHERE result = 'wrong_day' AND day = '2024-09-16'") == 1);
    CHECK(t.count("SELECT count(*) FROM attendance") == 1);
}

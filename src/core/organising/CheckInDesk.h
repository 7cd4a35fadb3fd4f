#pragma once

#include "core/organising/DeskLookup.h"
#include "core/organising/DeskPerson.h"
#include "core/people/Person.h"
#include "core/trainings/CheckInAttempt.h"
#include "core/trainings/Training.h"

#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;

// What the desk tells after one attempt.
struct CheckInOutcome
{
    CheckInResult result = CheckInResult::Unknown;
    CheckInMethod method = CheckInMethod::Scan;
    std::optional<DeskPerson> person; // who was found, when one was
    std::string checkedInAt;          // UTC timestamp of this check-in, or of the earlier one
    std::string attendanceUuid;
    std::vector<DeskPerson> matches; // Ambiguous: the people to pick from, the invited first
    std::string input;               // as the attempt log keeps it (a NIK masked)
};

struct DeskCounts
{
    int present = 0;  // checked in today (and not annulled)
    int expected = 0; // invited or confirmed
};

struct RecentCheckIn
{
    std::string attendanceUuid;
    std::string checkedInAt;
    DeskPerson person;
};

// The check-in desk of one training on one day: the door's use cases. Every attempt is written to the attempt log,
// failures too, in the same unit of work as the check-in it makes; a check-in is a fact, annulled with a reason but
// never deleted. Input is told apart by its shape: 16 digits are a NIK, something with a digit a card code, the rest
// a name.
class CheckInDesk
{
public:
    // "training.not_found". A day outside the training is allowed: every attempt then says WrongDay.
    CheckInDesk(Database& db, std::string actor, const std::string& trainingUuid, const Date& day);

    const Training& training() const { return m_training; }
    const Date& day() const { return m_day; }

    // One scan or Enter in the desk's field.
    CheckInOutcome submit(std::string_view input);
    // A person picked from the matches of a name (or from Ambiguous), checked in as `method` found them.
    CheckInOutcome checkInPerson(const std::string& personUuid, CheckInMethod method, std::string_view input);
    // A person of the register who is not on the list (or was cancelled) added at the door as `part` and checked in.
    CheckInOutcome admitWalkIn(const std::string& personUuid, InvitationPart part);
    // Someone new registered at the door (through the people service, with `roles`) and checked in, all or nothing.
    CheckInOutcome registerWalkIn(const Person& person, const std::vector<PersonRole>& roles, InvitationPart part);

    // Suggestions while a name is typed: the invited whose name holds every word, then up to `limit` others.
    DeskLookup::Matches nameMatches(std::string_view text, int limit) const;

    // Annuls a mistaken check-in of this training with `reason` ("attendance.reason_required").
    void annul(const std::string& attendanceUuid, const std::string& reason);

    DeskCounts counts() const;
    // The latest check-ins of the day that count, newest first.
    std::vector<RecentCheckIn> recent(int limit) const;

private:
    CheckInOutcome resolve(const DeskPerson& person, CheckInMethod method, const std::string& input);
    CheckInOutcome record(CheckInOutcome outcome);
    CheckInOutcome byName(std::string_view text, const std::string& input);

    Database& m_db;
    std::string m_actor;
    Training m_training;
    Date m_day;
    DeskLookup m_lookup;
};

} // namespace relawas::core

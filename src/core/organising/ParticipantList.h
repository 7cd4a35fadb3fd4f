#pragma once

#include "core/people/Person.h"
#include "core/trainings/Invitation.h"
#include "core/trainings/Training.h"

#include <string>
#include <vector>

namespace relawas::core {

class Database;

// One person on a training's list, with what the organiser's screens, the roster file and the printouts show.
struct Participant
{
    Invitation invitation;
    std::string fullName;
    std::string nik;
    std::optional<Gender> gender;
    std::string villageCode;
    std::string villageName;
    std::string kecamatanCode;
    std::string kecamatanName;
    std::vector<RoleKind> roles; // current roles (no end date, or one still ahead)
    std::string cardCode;        // current card code; empty when none was issued
    // Per day of the training (index 0 is the first day): the check-in that counts, or empty.
    std::vector<std::string> checkedInAt;
    std::vector<std::string> attendanceUuid;

    int daysPresent() const;
};

// The living invitations of a training with their people: speakers, then the committee, then participants; within
// each by kecamatan, then name. Cancelled and declined invitations only when `withCancelled`.
std::vector<Participant> participantsOf(Database& db, const Training& training, bool withCancelled);

// A training with its numbers, for the trainings list.
struct TrainingSummary
{
    Training training;
    int expected = 0;              // invited or confirmed
    std::vector<int> presentByDay; // one per day
    // Present days over expected person-days, 0 to 1; none before anyone was expected.
    std::optional<double> attendanceRate() const;
};

// The living trainings that concern `scopeCode` (held for it, inside it, or for a region that holds it, and those
// without a scope), newest first. Empty scope: all.
std::vector<TrainingSummary> trainingsConcerning(Database& db, const std::string& scopeCode);

} // namespace relawas::core

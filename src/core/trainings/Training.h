#pragma once

#include "core/base/Clock.h"
#include "core/base/RecordMeta.h"

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

// The kinds of event the programme trains and informs people at.
enum class TrainingKind
{
    Rakernis,    // rapat kerja teknis: a working meeting of Panwascam and secretariat
    P2p,         // Pendidikan Pengawas Partisipatif, a graded class
    ForumWarga,  // a forum of the villagers
    Sosialisasi, // an information session
    Bimtek       // bimbingan teknis: technical guidance
};

inline constexpr TrainingKind kAllTrainingKinds[] = {TrainingKind::Rakernis, TrainingKind::P2p,
                                                     TrainingKind::ForumWarga, TrainingKind::Sosialisasi,
                                                     TrainingKind::Bimtek};

// "rakernis", "p2p", "forum-warga", "sosialisasi", "bimtek"
std::string_view trainingKindId(TrainingKind kind);
std::optional<TrainingKind> trainingKindFromId(std::string_view id);

struct Training
{
    TrainingKind kind = TrainingKind::Rakernis;
    std::string title;
    std::string scopeCode; // the region the event is for (a kabupaten, a kecamatan, a village); empty: not given
    std::string venue;
    Date startDate{};
    Date endDate{};              // the same day as startDate for a one-day event
    std::optional<int> capacity; // how many the venue holds; none: not limited
    std::string notes;
    double passMark = 70; // the weighted score a participant needs to pass (P2P)
    RecordMeta meta;

    // How many days the training spans (1 for a one-day event), and the n-th of them (1-based).
    int dayCount() const;
    Date day(int number) const;
    // 1-based number of `date` among the training's days; none when it is not one of them.
    std::optional<int> dayNumber(const Date& date) const;
    // Whether a weighted result reaches the pass mark (a result that misses it by rounding only still passes).
    bool passes(double result) const { return result + 1e-9 >= passMark; }
};

// One person present at one training on one day: a three-day Rakernis attended in full is three rows.
struct Attendance
{
    std::string trainingUuid;
    std::string personUuid;
    Date day{};
    std::string checkedInAt; // UTC timestamp of the check-in, as nowUtcIso() writes it
    // A check-in found to be a mistake: kept with who annulled it, when and why, and no longer counted.
    std::string annulledAt;
    std::string annulledBy;
    std::string annulReason;
    RecordMeta meta;

    bool annulled() const { return !annulledAt.empty(); }
};

} // namespace relawas::core

#include "core/trainings/Training.h"

#include <algorithm>

namespace relawas::core {

std::string_view trainingKindId(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::Rakernis:
        return "rakernis";
    case TrainingKind::P2p:
        return "p2p";
    case TrainingKind::ForumWarga:
        return "forum-warga";
    case TrainingKind::Sosialisasi:
        return "sosialisasi";
    case TrainingKind::Bimtek:
        return "bimtek";
    }
    return "rakernis";
}

std::optional<TrainingKind> trainingKindFromId(std::string_view id)
{
    const auto* found = std::find_if(std::begin(kAllTrainingKinds), std::end(kAllTrainingKinds),
                                     [id](TrainingKind kind) { return trainingKindId(kind) == id; });
    return found == std::end(kAllTrainingKinds) ? std::nullopt : std::optional(*found);
}

int Training::dayCount() const
{
    if (!startDate.ok() || !endDate.ok() || endDate < startDate) {
        return 0;
    }
    return int((std::chrono::sys_days(endDate) - std::chrono::sys_days(startDate)).count()) + 1;
}

Date Training::day(int number) const
{
    return Date(std::chrono::sys_days(startDate) + std::chrono::days(number - 1));
}

std::optional<int> Training::dayNumber(const Date& date) const
{
    if (!date.ok() || date < startDate || endDate < date) {
        return std::nullopt;
    }
    return int((std::chrono::sys_days(date) - std::chrono::sys_days(startDate)).count()) + 1;
}

} // namespace relawas::core

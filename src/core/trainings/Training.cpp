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

} // namespace relawas::core

#include "core/trainings/Scores.h"

namespace relawas::core {

std::vector<ScoreComponent> defaultP2pComponents()
{
    std::vector<ScoreComponent> components;
    int position = 0;
    for (const auto& [name, weight] :
         {std::pair{"Pretest", 15.0}, std::pair{"Audio visual", 30.0}, std::pair{"Modul", 5.0},
          std::pair{"Pendalaman materi", 30.0}, std::pair{"Posttest", 20.0}}) {
        ScoreComponent component;
        component.name = name;
        component.weight = weight;
        component.position = ++position;
        components.push_back(component);
    }
    return components;
}

std::optional<double> weightedResult(const std::vector<ScoreComponent>& components,
                                     const std::vector<std::optional<double>>& scores)
{
    if (components.empty() || scores.size() != components.size()) {
        return std::nullopt;
    }
    double result = 0;
    for (std::size_t i = 0; i < components.size(); ++i) {
        if (!scores[i]) {
            return std::nullopt;
        }
        result += *scores[i] * components[i].weight / 100.0;
    }
    return result;
}

} // namespace relawas::core

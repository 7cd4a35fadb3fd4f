#pragma once

#include "core/base/RecordMeta.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

// One graded part of a training, weighted in percent of the final result.
struct ScoreComponent
{
    std::string trainingUuid;
    std::string name;
    double weight = 0; // 0-100; the weights of a training add up to 100
    int position = 0;
    RecordMeta meta;
};

// The components a P2P class is graded on unless the organiser changes them: pretest 15, audio-visual 30, module 5,
// deepening 30, posttest 20 (names in Bahasa Indonesia, as they are printed on the forms).
std::vector<ScoreComponent> defaultP2pComponents();

// A participant's weighted result: the sum of score x weight / 100 over the components, when every component has a
// score; none while one is missing.
std::optional<double> weightedResult(const std::vector<ScoreComponent>& components,
                                     const std::vector<std::optional<double>>& scores);

} // namespace relawas::core

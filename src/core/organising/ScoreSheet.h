#pragma once

#include "core/organising/ParticipantList.h"
#include "core/trainings/Scores.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace relawas::core {

class Database;

// One participant's line of the score sheet.
struct ScoreRow
{
    Participant participant;
    std::vector<std::optional<double>> scores; // one per component, in order
    std::optional<double> result;              // weighted, when every score is in
    bool passed = false;                       // result at or above the training's pass mark
};

// The score sheet of a graded training (P2P): its components and weights, every participant's scores, the weighted
// result and pass or fail. A P2P class gets the default components (pretest 15, audio-visual 30, module 5, deepening
// 30, posttest 20) the first time its sheet is opened.
class ScoreSheet
{
public:
    // "training.not_found".
    ScoreSheet(Database& db, std::string actor, const std::string& trainingUuid);

    const Training& training() const { return m_training; }
    const std::vector<ScoreComponent>& components() const { return m_components; }
    // The participants expected (part peserta), in the list's order.
    std::vector<ScoreRow> rows() const;
    // Sets or clears one score. "score.out_of_range".
    void set(const std::string& personUuid, std::size_t component, std::optional<double> value);
    // Renames and reweighs the components, in order, in one unit of work; the scores stay and the results follow.
    // Each name is non-empty storable text, each weight 0 to 100, and the weights add up to 100:
    // "score.component_count", "score.component_name_empty", "score.weight_out_of_range" (args: weight),
    // "score.weights_not_100" (args: sum).
    void setComponents(const std::vector<std::pair<std::string, double>>& namesAndWeights);

private:
    Database& m_db;
    std::string m_actor;
    Training m_training;
    std::vector<ScoreComponent> m_components;
};

// The score rows of every participant expected (part peserta), with the training's components as stored.
std::vector<ScoreRow> scoreRowsOf(Database& db, const Training& training);

// Who gets a certificate: participants present on every day of the training and, when it is graded, passed.
std::vector<ScoreRow> certificateRecipients(Database& db, const Training& training);

} // namespace relawas::core

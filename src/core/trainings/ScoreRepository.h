#pragma once

#include "core/trainings/Scores.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// The one writer of `score_component` and `score`: what a training is graded on and each participant's scores.
// Writes are steps of a caller's UnitOfWork, audited; a cleared score is a tombstone.
class ScoreRepository
{
public:
    explicit ScoreRepository(Database& db);

    // The living components of a training, in order.
    std::vector<ScoreComponent> componentsOf(const std::string& trainingUuid) const;
    // Adds `components` to a training that has none (their meta and training are filled in).
    std::vector<ScoreComponent> addComponents(const std::string& trainingUuid,
                                              const std::vector<ScoreComponent>& components, UnitOfWork& work);

    // Renames and reweighs a living component (found by its uuid); the scores stay. "score.unknown_component".
    ScoreComponent updateComponent(const ScoreComponent& changed, UnitOfWork& work);

    // The scores of a training: person uuid → component uuid → value.
    std::map<std::string, std::map<std::string, double>> scoresOf(const std::string& trainingUuid) const;

    // Sets (a value 0-100) or clears (none) the score of a person on a component. "score.out_of_range" (args:
    // value), "score.unknown_component".
    void setScore(const std::string& componentUuid, const std::string& personUuid, std::optional<double> value,
                  UnitOfWork& work);

    // Steps of a caller's unit of work: the person was removed; a merge (a score the kept person has on the same
    // component wins, the other's is tombstoned).
    void tombstoneAllOf(const std::string& personUuid, UnitOfWork& work);
    void moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

#include "core/organising/ScoreSheet.h"

#include "core/base/Error.h"
#include "core/base/StorableText.h"
#include "core/base/TextUtil.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/ScoreRepository.h"
#include "core/trainings/TrainingRepository.h"

#include <cmath>

#include <fmt/format.h>

namespace relawas::core {

namespace {

std::vector<ScoreRow> scoreRows(Database& db, const Training& training, const std::vector<ScoreComponent>& components)
{
    const auto scores = ScoreRepository(db).scoresOf(training.meta.uuid);
    std::vector<ScoreRow> rows;
    for (Participant& participant : participantsOf(db, training, false)) {
        if (participant.invitation.part != InvitationPart::Peserta) {
            continue;
        }
        ScoreRow row;
        const auto found = scores.find(participant.invitation.personUuid);
        for (const ScoreComponent& component : components) {
            std::optional<double> value;
            if (found != scores.end()) {
                if (const auto score = found->second.find(component.meta.uuid); score != found->second.end()) {
                    value = score->second;
                }
            }
            row.scores.push_back(value);
        }
        row.result = weightedResult(components, row.scores);
        row.passed = row.result && training.passes(*row.result);
        row.participant = std::move(participant);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace

ScoreSheet::ScoreSheet(Database& db, std::string actor, const std::string& trainingUuid)
    : m_db(db)
    , m_actor(std::move(actor))
{
    translatingSqliteErrors("score sheet: open", [&]() {
        auto training = TrainingRepository(db).find(trainingUuid);
        if (!training) {
            throw Error(ErrorKind::NotFound, "training.not_found", fmt::format("no training {}", trainingUuid),
                        "training", {trainingUuid});
        }
        m_training = *training;
        ScoreRepository scores(db);
        m_components = scores.componentsOf(trainingUuid);
        if (m_components.empty() && m_training.kind == TrainingKind::P2p) {
            UnitOfWork work(db, m_actor);
            m_components = scores.addComponents(trainingUuid, defaultP2pComponents(), work);
            work.commit();
        }
    });
}

std::vector<ScoreRow> ScoreSheet::rows() const
{
    return scoreRows(m_db, m_training, m_components);
}

void ScoreSheet::set(const std::string& personUuid, std::size_t component, std::optional<double> value)
{
    translatingSqliteErrors("score sheet: set", [&]() {
        UnitOfWork work(m_db, m_actor);
        ScoreRepository(m_db).setScore(m_components.at(component).meta.uuid, personUuid, value, work);
        work.commit();
    });
}

void ScoreSheet::setComponents(const std::vector<std::pair<std::string, double>>& namesAndWeights)
{
    if (namesAndWeights.size() != m_components.size()) {
        throw Error(ErrorKind::UserInput, "score.component_count",
                    fmt::format("{} components given for {}", namesAndWeights.size(), m_components.size()),
                    "components", {std::to_string(namesAndWeights.size()), std::to_string(m_components.size())});
    }
    double sum = 0;
    for (std::size_t i = 0; i < namesAndWeights.size(); ++i) {
        const auto& [name, weight] = namesAndWeights[i];
        const std::string place = fmt::format("components[{}]", i);
        if (collapseSpaces(name).empty()) {
            throw Error(ErrorKind::UserInput, "score.component_name_empty", "a component needs a name", place + ".name",
                        {});
        }
        requireStorableText(name, place + ".name");
        if (!(weight >= 0 && weight <= 100)) {
            throw Error(ErrorKind::UserInput, "score.weight_out_of_range", "a weight is between 0 and 100",
                        place + ".weight", {fmt::format("{}", weight)});
        }
        sum += weight;
    }
    if (std::abs(sum - 100) > 1e-6) {
        throw Error(ErrorKind::UserInput, "score.weights_not_100",
                    fmt::format("the weights add up to {}, not 100", sum), "components", {fmt::format("{}", sum)});
    }
    translatingSqliteErrors("score sheet: set components", [&]() {
        UnitOfWork work(m_db, m_actor);
        ScoreRepository scores(m_db);
        std::vector<ScoreComponent> changed = m_components;
        for (std::size_t i = 0; i < changed.size(); ++i) {
            changed[i].name = collapseSpaces(namesAndWeights[i].first);
            changed[i].weight = namesAndWeights[i].second;
            changed[i] = scores.updateComponent(changed[i], work);
        }
        work.commit();
        m_components = std::move(changed);
    });
}

std::vector<ScoreRow> scoreRowsOf(Database& db, const Training& training)
{
    return scoreRows(db, training, ScoreRepository(db).componentsOf(training.meta.uuid));
}

std::vector<ScoreRow> certificateRecipients(Database& db, const Training& training)
{
    const auto components = ScoreRepository(db).componentsOf(training.meta.uuid);
    std::vector<ScoreRow> recipients;
    for (ScoreRow& row : scoreRows(db, training, components)) {
        const bool everyDay = row.participant.daysPresent() == training.dayCount();
        if (everyDay && (components.empty() || row.passed)) {
            recipients.push_back(std::move(row));
        }
    }
    return recipients;
}

} // namespace relawas::core

#pragma once

#include "core/trainings/Scores.h"

#include <string>
#include <utility>
#include <vector>

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relawas::gui {

// The components a training is graded on, each with its name and weight in percent: the sum is shown as it is typed,
// and the weights are saved only when they add up to 100.
class ComponentWeightsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentWeightsDialog)

public:
    explicit ComponentWeightsDialog(const std::vector<core::ScoreComponent>& components, QWidget* parent = nullptr);
    ~ComponentWeightsDialog() override;

    std::vector<std::pair<std::string, double>> namesAndWeights() const;

    const std::vector<QDoubleSpinBox*>& weightSpinBoxes() const { return m_weights; }
    QLabel* sumLabel() const { return m_sum; }
    QPushButton* saveButton() const { return m_save; }

private:
    void updateSum();

    std::vector<QLineEdit*> m_names;
    std::vector<QDoubleSpinBox*> m_weights;
    QLabel* m_sum;
    QPushButton* m_save;
};

} // namespace relawas::gui

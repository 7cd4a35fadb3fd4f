#pragma once

#include "core/trainings/Training.h"
#include "paperwork/TrainingPaperwork.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace relawas::gui {

// How the daftar hadir of a training is printed: which day (today's when the training is on, else the first), blank
// for signing or with the check-in times, and how many spare rows for walk-ins.
class SheetOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SheetOptionsDialog)

public:
    SheetOptionsDialog(const core::Training& training, const QDate& today, QWidget* parent = nullptr);
    ~SheetOptionsDialog() override;

    paperwork::SheetChoice choice() const;

    QComboBox* dayComboBox() const { return m_day; }
    QCheckBox* timesCheckBox() const { return m_times; }
    QSpinBox* spareSpinBox() const { return m_spare; }

private:
    QComboBox* m_day;
    QCheckBox* m_times;
    QSpinBox* m_spare;
};

} // namespace relawas::gui

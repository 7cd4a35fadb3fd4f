#pragma once

// The four charts of the Beranda, built from a region's figures (Qt Charts). Each bar says what it counts when
// clicked: the screen turns that into the roster's filter or the Wilayah screen.

#include "core/people/Person.h"

#include <functional>

class QChartView;
class QWidget;

namespace relawas::core {
struct ScopeFigures;
}

namespace relawas::gui::BerandaCharts {

// Volunteers of each part of the region (its kecamatan), stacked by gender. `clicked(part, gender)`: the part's index
// in figures.parts, no gender for those whose gender is not recorded.
QChartView* volunteersByPart(const core::ScopeFigures& figures, QWidget* parent,
                             std::function<void(int part, std::optional<core::Gender> gender)> clicked);

// The share of each part's villages with at least one volunteer, in percent. `clicked(part)`.
QChartView* coverageByPart(const core::ScopeFigures& figures, QWidget* parent, std::function<void(int part)> clicked);

// The volunteers' ages on the election day: men to the left, women to the right, the youngest band at the bottom.
// `clicked(band, gender)`: the band's index in figures.ages.
QChartView* agePyramid(const core::ScopeFigures& figures, QWidget* parent,
                       std::function<void(int band, core::Gender gender)> clicked);

// Trainings begun per month (bars) and their attendance in percent (line). `clicked()` on a bar.
QChartView* trainingsOverTime(const core::ScopeFigures& figures, QWidget* parent, std::function<void()> clicked);

} // namespace relawas::gui::BerandaCharts

#pragma once

#include "printouts/ProgrammeReportData.h"

class QPagedPaintDevice;

namespace relawas::printouts {

// Paints the Laporan Pengawasan Partisipatif on A4 portrait: a cover (the office's kop, the title, the region, the
// period, who reports and when), then, each section under its heading and flowing from page to page, the summary
// figures, four charts drawn with QPainter (volunteers per part by gender as stacked bars, the coverage of each part
// in %, the age pyramid, the trainings per month), the table per part, the trainings with their attendance and the
// programme villages with their SK and MoU. Tables repeat their header on each page and never split a row. Every
// page after the cover has a running head and "Page X of Y" (of the whole report) at its foot. Returns the number of
// pages painted.
int paintProgrammeReport(QPagedPaintDevice& device, const ProgrammeReportData& data);

} // namespace relawas::printouts

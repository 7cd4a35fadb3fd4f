#pragma once

#include "printouts/PrintoutData.h"

class QPagedPaintDevice;

namespace relawas::printouts {

// Paints the daftar hadir of one day on A4 portrait: the kop, the title block, the table (No, Nama, Unsur/Jabatan,
// Asal, Tanda Tangan) with its header on every page and the spare rows after the people, "Halaman X dari Y" at the
// foot of every page and the committee's signature block after the last row. Returns the number of pages painted.
// Rows are 9 mm high and never split; planAttendancePages() spreads them. With a kop of two lines and a title and a
// place of one line each, the first page holds 22 rows and every further page 27; a longer head (more kop lines, a
// title or a place on two lines) can leave the first page fewer. The block needs the room of 5 rows.
int paintAttendanceSheet(QPagedPaintDevice& device, const AttendanceSheetData& data);

} // namespace relawas::printouts

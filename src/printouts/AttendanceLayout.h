#pragma once

#include <vector>

namespace relawas::printouts {

// The rows of one page of an attendance sheet (people first, then the spare rows, counted together) and whether the
// page ends with the committee's signature block.
struct AttendancePage
{
    int firstRow = 0;
    int rowCount = 0;
    bool signature = false;
};

// Breaks `rows` rows into pages: the first page holds firstPageRows rows, each further page otherPageRows (both at
// least signatureRows + 1). The signature block takes the room of signatureRows rows after the last row, on the
// same page; when it does not fit there, the last row moves to a new page with it, so the block never stands alone.
// No rows at all still make one page, with the empty table and the block.
std::vector<AttendancePage> planAttendancePages(int rows, int firstPageRows, int otherPageRows, int signatureRows);

} // namespace relawas::printouts

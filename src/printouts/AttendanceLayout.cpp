#include "printouts/AttendanceLayout.h"

#include <algorithm>
#include <stdexcept>

namespace relawas::printouts {

std::vector<AttendancePage> planAttendancePages(int rows, int firstPageRows, int otherPageRows, int signatureRows)
{
    if (std::min(firstPageRows, otherPageRows) <= signatureRows) {
        throw std::invalid_argument("planAttendancePages: a page must hold the signature block and a row");
    }
    std::vector<AttendancePage> pages;
    int next = 0;
    for (;;) {
        const int capacity = pages.empty() ? firstPageRows : otherPageRows;
        const int left = std::max(rows - next, 0);
        if (left + signatureRows <= capacity) {
            pages.push_back({next, left, true});
            return pages;
        }
        // Either the page is full, or the rest fits but not the block: then the last row goes over with it.
        const int taken = left > capacity ? capacity : left - 1;
        pages.push_back({next, taken, false});
        next += taken;
    }
}

} // namespace relawas::printouts

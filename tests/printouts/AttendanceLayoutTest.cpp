#include "printouts/AttendanceLayout.h"

#include <catch2/catch.hpp>

using relawas::printouts::AttendancePage;
using relawas::printouts::planAttendancePages;

namespace {

int rowsOf(const std::vector<AttendancePage>& pages)
{
    int rows = 0;
    for (const AttendancePage& page : pages) {
        CHECK(page.firstRow == rows); // no row left out, none twice
        rows += page.rowCount;
    }
    return rows;
}

} // namespace

TEST_CASE("A short list fits on the first page with the committee's signature block", "[printouts][layout]")
{
    const auto pages = planAttendancePages(12, 22, 27, 5);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].rowCount == 12);
    CHECK(pages[0].signature);
}

TEST_CASE("Rows run on to the next pages, and only the last page has the signature block", "[printouts][layout]")
{
    const auto pages = planAttendancePages(65, 22, 27, 5);
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].rowCount == 22);
    CHECK(pages[1].rowCount == 27);
    CHECK(pages[2].rowCount == 16);
    CHECK(!pages[0].signature);
    CHECK(!pages[1].signature);
    CHECK(pages[2].signature);
    CHECK(rowsOf(pages) == 65);
}

TEST_CASE("When the block does not fit under the last row, that row goes over with it", "[printouts][layout]")
{
    // 22 + 27 = 49 rows fill two pages exactly; 45 leave 23 for the second page, where 23 + 5 > 27.
    auto pages = planAttendancePages(45, 22, 27, 5);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].rowCount == 22);
    CHECK(pages[2].rowCount == 1);
    CHECK(pages[2].signature);
    CHECK(rowsOf(pages) == 45);

    // Exactly full pages: the block never stands alone on a page.
    pages = planAttendancePages(49, 22, 27, 5);
    REQUIRE(pages.size() == 3);
    CHECK(pages[2].rowCount == 1);
    CHECK(rowsOf(pages) == 49);

    // The last row on the first page that still leaves room for the block.
    pages = planAttendancePages(17, 22, 27, 5);
    CHECK(pages.size() == 1);
    pages = planAttendancePages(18, 22, 27, 5);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].rowCount == 17);
    CHECK(pages[1].rowCount == 1);
}

TEST_CASE("An empty list still prints one page with the empty table and the block", "[printouts][layout]")
{
    const auto pages = planAttendancePages(0, 22, 27, 5);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].rowCount == 0);
    CHECK(pages[0].signature);
}

TEST_CASE("A page too small for the block and a row is refused, not looped on", "[printouts][layout]")
{
    CHECK_THROWS_AS(planAttendancePages(10, 5, 27, 5), std::invalid_argument);
}

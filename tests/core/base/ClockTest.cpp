#include "core/base/Clock.h"

#include <catch2/catch.hpp>
#include <cctype>

using namespace relawas::core;
using namespace std::chrono_literals;

TEST_CASE("A calendar date is read only when it exists and is written as YYYY-MM-DD", "[clock]")
{
    CHECK(parseIsoDate("2024-02-29") == 2024y / std::chrono::February / 29d);
    CHECK(parseIsoDate("2024-11-28") == 2024y / std::chrono::November / 28d);

    const std::string refused = GENERATE(as<std::string>{},
                                         "2023-02-29",           // 2023 is not a leap year
                                         "2024-04-31",           // April has 30 days
                                         "2024-13-01",           // no thirteenth month
                                         "2024-00-10",           // no month zero
                                         "2024-01-00",           // no day zero
                                         "2024-1-01",            // the month needs two digits
                                         "2024-01-1",            // so does the day
                                         "24-01-01",             // and the year four
                                         "2024/01/01",           // the wrong separator
                                         "2024-01-01T00:00:00Z", // a timestamp is not a date
                                         " 2024-01-01",          // a leading space
                                         "2024-+1-01",           // a sign
                                         "");
    CAPTURE(refused);
    CHECK_FALSE(parseIsoDate(refused));
}

TEST_CASE("A date formatted and parsed again is the same date", "[clock]")
{
    const std::string text =
        GENERATE(as<std::string>{}, "2024-02-29", "2024-11-28", "1945-08-17", "2000-01-01", "0999-12-31");
    CAPTURE(text);

    const auto date = parseIsoDate(text);
    REQUIRE(date);
    CHECK(formatIsoDate(*date) == text);
}

TEST_CASE("The current time is UTC ISO-8601 text with milliseconds", "[clock]")
{
    const Date dayBefore = todayUtc();
    const std::string now = nowUtcIso();
    const Date dayAfter = todayUtc();

    REQUIRE(now.size() == 24); // 2026-11-28T10:45:52.123Z
    for (const std::size_t digit : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22}) {
        CAPTURE(now, digit);
        CHECK(std::isdigit(static_cast<unsigned char>(now[digit])));
    }
    CHECK(now[4] == '-');
    CHECK(now[7] == '-');
    CHECK(now[10] == 'T');
    CHECK(now[13] == ':');
    CHECK(now[16] == ':');
    CHECK(now[19] == '.');
    CHECK(now[23] == 'Z');

    const auto day = parseIsoDate(now.substr(0, 10));
    REQUIRE(day);
    CHECK((*day == dayBefore || *day == dayAfter));

    // Stored timestamps sort as text in the order they were taken.
    CHECK(nowUtcIso() >= now);
}

#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

using Date = std::chrono::year_month_day;

// Timestamps are stored as UTC ISO-8601 text with milliseconds ("2026-11-28T10:45:52.123Z"): sortable, readable in
// any SQLite shell, and the same text in the JSON reports.
std::string nowUtcIso();
Date todayUtc();

// Calendar dates are stored as "YYYY-MM-DD". Parsing refuses dates that do not exist (2023-02-29).
std::optional<Date> parseIsoDate(std::string_view text);
std::string formatIsoDate(const Date& date);

} // namespace relawas::core

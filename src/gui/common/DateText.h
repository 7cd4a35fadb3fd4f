#pragma once

#include "core/base/Clock.h"

#include <optional>
#include <string>

#include <QDate>
#include <QString>

namespace relawas::gui {

// Dates as clerks type them: 15/09/2024, 15-9-2024, 15.09.2024, 2024-09-15, or with two digits of the year
// (15/09/86: the year 1986; 3/12/26: 2026, since a two-digit year is taken as the latest one not after this year).
// An empty text is "no date".
struct UserDate
{
    bool valid = true; // false: text present but not a real date
    std::optional<core::Date> date;
    QString problem; // when not valid, what is wrong, in the user's language: "29 Februari 2001 tidak ada"
};

UserDate parseUserDate(const QString& text, const QDate& today = QDate::currentDate());
QString formatUserDate(const std::optional<core::Date>& date); // "15/09/2024", or empty

// A moment the database stored (ISO 8601 in UTC, "2026-12-03T17:11:32.359Z") as the user reads it: local time, the
// month named in the user's language ("3 Desember 2026 17.11"). The text itself when it is not such a moment.
QString formatStoredTime(const std::string& isoUtc);

// The days of an event as the user reads them, the months named in the user's language: "15 September 2024",
// "1–2 Oktober 2024", "30 September – 1 Oktober 2024", "30 Desember 2024 – 2 Januari 2025".
QString formatDateRange(const core::Date& first, const core::Date& last);

// Between core's dates and Qt's, for date pickers.
QDate toQDate(const core::Date& date);
core::Date fromQDate(const QDate& date);

} // namespace relawas::gui

#pragma once

#include "core/base/Clock.h"

#include <optional>

#include <QDate>
#include <QString>

namespace relawas::gui {

// Dates as clerks type them: 15/09/2024, 15-9-2024, 15.09.2024 or 2024-09-15. An empty text is "no date".
struct UserDate
{
    bool valid = true; // false: text present but not a real date
    std::optional<core::Date> date;
};

UserDate parseUserDate(const QString& text);
QString formatUserDate(const std::optional<core::Date>& date); // "15/09/2024", or empty

// Between core's dates and Qt's, for date pickers.
QDate toQDate(const core::Date& date);
core::Date fromQDate(const QDate& date);

} // namespace relawas::gui

#pragma once

#include "core/base/Clock.h"

#include <optional>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

// A calendar date column that may be NULL, read and bound the one way every repository stores it ("YYYY-MM-DD").
inline std::optional<Date> optionalDate(const SQLite::Column& column)
{
    return column.isNull() ? std::nullopt : parseIsoDate(column.getString());
}

inline void bindOptionalDate(SQLite::Statement& statement, const char* name, const std::optional<Date>& date)
{
    if (date) {
        statement.bind(name, formatIsoDate(*date));
    } else {
        statement.bind(name);
    }
}

} // namespace relawas::core

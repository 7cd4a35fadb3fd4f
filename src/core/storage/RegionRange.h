#pragma once

#include <string>

namespace SQLite {
class Statement;
}

namespace relawas::core {

// Which rows lie in a region: those whose region code `column` is the region's code or one below it (the codes of a
// region's parts start with its code and a dot). A condition for a WHERE clause, with parameters :scope, :below and
// :above; "1" (every row) when `scope` is empty, all of Indonesia.
std::string inRegionCondition(const std::string& scope, const std::string& column);

// Binds the parameters of inRegionCondition(scope, ...) in `statement`; nothing when `scope` is empty.
void bindRegionRange(SQLite::Statement& statement, const std::string& scope);

} // namespace relawas::core

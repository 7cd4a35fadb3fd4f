#include "core/storage/RegionRange.h"

#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

std::string inRegionCondition(const std::string& scope, const std::string& column)
{
    if (scope.empty()) {
        return "1";
    }
    return fmt::format("({0} = :scope OR ({0} > :below AND {0} < :above))", column);
}

void bindRegionRange(SQLite::Statement& statement, const std::string& scope)
{
    if (scope.empty()) {
        return;
    }
    statement.bind(":scope", scope);
    statement.bind(":below", scope + "."); // '/' follows '.' in ASCII: every code that starts with "scope."
    statement.bind(":above", scope + "/");
}

} // namespace relawas::core

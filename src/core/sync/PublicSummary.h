#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace relawas::core {

class Database;

// The summary of a public report (docs/report-format.md, "A public summary") of the region `scopeCode`: per kecamatan
// and village under it, the programme status, the people living there, the current roles held in it and the people by
// gender; per training concerning the scope, its kind, title, dates, invited and present per day. Counts only: the
// queries read no personal field.
nlohmann::json publicSummary(Database& db, const std::string& scopeCode);

} // namespace relawas::core

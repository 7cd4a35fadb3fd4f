#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

// The reports a person offers: the files named, and for each folder named the report files in it (*.relawas.json,
// by name, which puts one sender's reports in the order of their sequence numbers).
std::vector<std::filesystem::path> reportFiles(const std::vector<std::filesystem::path>& named);

// What the receiver calls this database unless a person names it: "Relawas Kecamatan Sei Balai", or the code when
// the region is not in the list.
std::string defaultInstallationName(Database& db, const std::string& scopeCode);

} // namespace relawas::core

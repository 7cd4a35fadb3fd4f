#pragma once

#include "core/import/ImportReport.h"

#include <filesystem>
#include <string>
#include <vector>

namespace relawas::tests {

// Writes `bytes` exactly as given: the tests build files byte by byte, as Excel would have saved them.
void writeBytes(const std::filesystem::path& file, const std::string& bytes);

// The lines joined with CRLF, each ended by one (how Windows ends lines).
std::string crlf(const std::vector<std::string>& lines);

// The codes of a row's messages, in order.
std::vector<std::string> codesOf(const core::RowResult& row);

// The row of the report on `line`; fails the test when there is none.
const core::RowResult& rowAt(const core::ImportReport& report, std::size_t line);

} // namespace relawas::tests

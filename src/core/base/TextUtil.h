#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace relawas::core {

// Trims the ends and folds every run of whitespace into one space.
std::string collapseSpaces(std::string_view text);

// The SHA-256 of a file's bytes, as lowercase hex.
std::string sha256FileHex(const std::filesystem::path& path);

} // namespace relawas::core

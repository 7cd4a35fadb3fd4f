#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace relawas::core {

// Trims the ends and folds every run of whitespace into one space.
std::string collapseSpaces(std::string_view text);

// The text without apostrophes of any kind (' ` ’ ‘ ʼ ´): "Nur’aini", "Nur'aini" and "Nuraini" are written alike, so
// the roster's search index and what is searched for hold them folded.
std::string withoutApostrophes(std::string_view text);

// The SHA-256 of a file's bytes, as lowercase hex.
std::string sha256FileHex(const std::filesystem::path& path);

} // namespace relawas::core

#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace relawas::core {

// Trims the ends and folds every run of whitespace into one space.
std::string collapseSpaces(std::string_view text);

// The length of the longest prefix of `bytes` that is valid UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF), ignoring a sequence cut off at the very end: that many bytes can be checked and the rest carried over
// to the next chunk. `complete` tells whether the whole input was valid (a cut-off tail counts as valid).
struct Utf8Scan
{
    std::size_t validPrefix = 0;
    bool complete = true;
};
Utf8Scan scanUtf8(std::string_view bytes);

bool isValidUtf8(std::string_view bytes);

// The text without apostrophes of any kind (' ` ’ ‘ ʼ ´): "Nur’aini", "Nur'aini" and "Nuraini" are written alike, so
// the roster's search index and what is searched for hold them folded.
std::string withoutApostrophes(std::string_view text);

// Bytes as lowercase hex, two digits each.
std::string lowerHex(const unsigned char* bytes, std::size_t size);

// The SHA-256 of a file's bytes, as lowercase hex.
std::string sha256FileHex(const std::filesystem::path& path);

} // namespace relawas::core

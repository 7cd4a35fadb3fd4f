#pragma once

#include <cstddef>
#include <string_view>

namespace relawas::core {

// The longest text any field holds: what a spreadsheet cell holds, so whatever is stored can be exported again.
inline constexpr std::size_t kLongestText = 32767;

// The floor of every writer for a free text field: valid UTF-8 (the audit log and the report files write records as
// JSON, which holds nothing else) and at most kLongestText bytes. Throws Error "text.invalid_utf8" (args: field) or
// "text.too_long" (args: field, limit) with the field as the place.
void requireStorableText(std::string_view text, std::string_view field);

} // namespace relawas::core

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace relawas::cli {

// Text from the database or a stranger's file, safe to print on a terminal: control characters (ESC starts the
// sequences that move the cursor, recolour or retitle a terminal), C1 controls, the bidirectional overrides and
// isolates (U+202E turns the rest of a line around) and bytes that are not UTF-8 are shown as escapes such as
// "\x1B" or "<U+202E>" instead of acting. A name stored before such names were refused prints harmlessly.
std::string terminalText(std::string_view text);

// Characters, not bytes: names and the masked NIK hold multi-byte UTF-8.
std::size_t displayWidth(std::string_view text);

} // namespace relawas::cli

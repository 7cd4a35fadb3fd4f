#pragma once

#include "core/people/checks/ValidationIssue.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace relawas::core {

// The longest full name accepted, in characters: longer than any name on a KTP, short of what fills memory.
inline constexpr std::size_t kLongestName = 150;

// What is wrong with a full name as text, before it is a name at all; nullopt when nothing is. The codes:
// "person.name_required" (empty, or only spaces and invisible characters such as zero-width spaces),
// "text.invalid_utf8" (bytes that are no text), "person.name_control" (a control character, NUL, a terminal escape
// or a direction override such as U+202E), "person.name_formula" (begins as a spreadsheet formula: = + - @),
// "person.name_too_long" (args {limit, length}).
std::optional<ValidationIssue> nameTextProblem(std::string_view name);

} // namespace relawas::core

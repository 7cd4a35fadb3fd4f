#pragma once

#include <string>

namespace relawas::core {

// A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits, so that ids sort by creation time
// and two laptops never mint the same one. Within one millisecond the ids of this process still increase.
std::string newUuidV7();

bool isUuid(const std::string& text);

} // namespace relawas::core

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

// The code on a person's card: eight characters from an alphabet without the ones that read alike or aloud alike
// (no 0/O, 1/I/L, no U/V), at least one digit and one letter, so a name (no digits) or a NIK (16 digits) is never
// taken for one. 29^8 codes: guessing a valid one is hopeless. Random, never derived from the NIK.
inline constexpr std::string_view kCardCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTWXYZ";
inline constexpr std::size_t kCardCodeLength = 8;

// A new random code (libsodium's generator).
std::string randomCardCode();

// The code in `input` as scanned or typed: upper case, without spaces or dashes ("k7m4-qx9t" → "K7M4QX9T"); none when
// it is not shaped like a code.
std::optional<std::string> normaliseCardCode(std::string_view input);

// "K7M4-QX9T": how a code is printed and read aloud, in two groups of four.
std::string groupedCardCode(std::string_view code);

} // namespace relawas::core

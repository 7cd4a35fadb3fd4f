#pragma once

#include <span>
#include <string_view>

namespace relawas::core::demo {

// Name parts common in Sumatera Utara and across Indonesia: Malay and Javanese given names, Arabic-derived names
// with their usual abbreviations, and Batak and Malay family names. Synthetic people only.
std::span<const std::string_view> maleGivenNames();
std::span<const std::string_view> femaleGivenNames();
std::span<const std::string_view> secondNames(bool female);
std::span<const std::string_view> familyNames();
std::span<const std::string_view> occupations();
std::span<const std::string_view> educationLevels();
std::span<const std::string_view> organisations();
std::span<const std::string_view> disabilityKinds();

} // namespace relawas::core::demo

#pragma once

#include "core/import/VillageResolver.h"

#include <string>
#include <unordered_set>

// The real code list (idn-area-data, found as the tests find it: $RELAWAS_REGION_DATA or the configured folder), read
// once in LLVMFuzzerInitialize so that every input is checked against the regions a user's database holds.
namespace relawas::fuzz {

// Every code of the real list: what RowContext::regionKnown and NikContext::regionKnown ask.
const std::unordered_set<std::string>& realRegionCodes();

// Kabupaten Batu Bara (12.19) of the real list, the working kabupaten of the import: 12 kecamatan, 151 villages,
// names that repeat (two Durian, two Mekar Baru).
const core::VillageResolver& batuBaraResolver();

} // namespace relawas::fuzz

#pragma once

namespace relawas::core {

// Starts libsodium (once; later calls return at once). Throws Error "crypto.unavailable" (Internal) when it cannot
// start: random codes, keys and signatures are then impossible.
void requireSodium();

} // namespace relawas::core

#pragma once

// SHA-256 (FIPS 180-4) of a report's content. Where the processor has the SHA extensions (x86-64 processors of the
// last years) it hashes with them, several times faster than the portable code of libsodium, which it uses otherwise:
// the digest is a good part of the time a report of a million people takes to write or read.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <sodium.h>

namespace relawas::core {

class Sha256
{
public:
    static constexpr std::size_t kBytes = 32;

    Sha256();
    void update(std::string_view bytes);
    std::array<unsigned char, kBytes> finish();

    // Whether this processor's SHA extensions do the work.
    static bool accelerated();

private:
    bool m_accelerated;
    crypto_hash_sha256_state m_portable{};
    std::array<std::uint32_t, 8> m_state{};
    std::array<unsigned char, 64> m_block{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0;
};

} // namespace relawas::core

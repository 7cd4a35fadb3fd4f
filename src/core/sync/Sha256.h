#pragma once

// SHA-256 (FIPS 180-4) of a report's content, by OpenSSL's libcrypto, which hashes with the processor's SHA extensions
// where it has them (x86-64 processors of the last years): the digest is a good part of the time a report of a million
// people takes to write or read, and libsodium's portable code took several times longer.

#include <array>
#include <cstddef>
#include <memory>
#include <string_view>

struct evp_md_ctx_st;

namespace relawas::core {

class Sha256
{
public:
    static constexpr std::size_t kBytes = 32;

    // Throws Error "crypto.unavailable" when libcrypto cannot start a digest.
    Sha256();
    void update(std::string_view bytes);
    std::array<unsigned char, kBytes> finish();

private:
    struct Free
    {
        void operator()(evp_md_ctx_st* context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace relawas::core

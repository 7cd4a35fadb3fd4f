#include "core/sync/Sha256.h"

#include <algorithm>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define RELAWAS_SHA_EXTENSIONS 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace relawas::core {

namespace {

constexpr std::array<std::uint32_t, 8> kInitial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef RELAWAS_SHA_EXTENSIONS

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

bool hasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) {
        return false;
    }
    const bool ssse3 = (c & bit_SSSE3) != 0;
    const bool sse41 = (c & bit_SSE4_1) != 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) {
        return false;
    }
    return ssse3 && sse41 && (b & bit_SHA) != 0;
}

// The compression function over `blocks` blocks of 64 bytes, with the SHA extensions (Intel's SHA-NI; the sequence
// is the one Intel's white paper gives: the state kept as ABEF and CDGH, two rounds per instruction).
__attribute__((target("sha,sse4.1,ssse3"))) void compress(std::uint32_t* state, const unsigned char* data,
                                                          std::size_t blocks)
{
    const __m128i byteOrder = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i cdab = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1);
    __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);
    for (; blocks > 0; --blocks, data += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i words[4]; // the message schedule, four words a group, the last four groups
        for (int group = 0; group < 16; ++group) {
            __m128i& current = words[group % 4];
            if (group < 4) {
                current =
                    _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + 16 * group)), byteOrder);
            } else {
                const __m128i& last = words[(group + 3) % 4];
                const __m128i& beforeLast = words[(group + 2) % 4];
                __m128i next = _mm_sha256msg1_epu32(current, words[(group + 1) % 4]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(last, beforeLast, 4));
                current = _mm_sha256msg2_epu32(next, last);
            }
            __m128i wk = _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_alignr_epi8(dchg, feba, 8));
}

#else

bool hasShaExtensions()
{
    return false;
}

void compress(std::uint32_t*, const unsigned char*, std::size_t)
{}

#endif

} // namespace

bool Sha256::accelerated()
{
    static const bool has = hasShaExtensions();
    return has;
}

Sha256::Sha256()
    : m_accelerated(accelerated())
    , m_state(kInitial)
{
    crypto_hash_sha256_init(&m_portable);
}

void Sha256::update(std::string_view bytes)
{
    if (!m_accelerated) {
        crypto_hash_sha256_update(&m_portable, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
        return;
    }
    m_length += bytes.size();
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    std::size_t size = bytes.size();
    if (m_used > 0) {
        const std::size_t taken = std::min(size, m_block.size() - m_used);
        std::memcpy(m_block.data() + m_used, data, taken);
        m_used += taken;
        data += taken;
        size -= taken;
        if (m_used < m_block.size()) {
            return;
        }
        compress(m_state.data(), m_block.data(), 1);
        m_used = 0;
    }
    compress(m_state.data(), data, size / 64);
    std::memcpy(m_block.data(), data + size / 64 * 64, size % 64);
    m_used = size % 64;
}

std::array<unsigned char, Sha256::kBytes> Sha256::finish()
{
    std::array<unsigned char, kBytes> digest{};
    if (!m_accelerated) {
        crypto_hash_sha256_final(&m_portable, digest.data());
        return digest;
    }
    // The padding: a one bit, zeros, and the length in bits, big-endian, to end a block.
    const std::uint64_t bits = m_length * 8;
    std::array<unsigned char, 72> tail{};
    tail[0] = 0x80;
    const std::size_t zeros = (m_used < 56 ? 56 - m_used : 120 - m_used) - 1;
    for (int i = 0; i < 8; ++i) {
        tail[1 + zeros + std::size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    }
    update(std::string_view(reinterpret_cast<const char*>(tail.data()), 1 + zeros + 8));
    for (std::size_t i = 0; i < 8; ++i) {
        for (std::size_t k = 0; k < 4; ++k) {
            digest[4 * i + k] = static_cast<unsigned char>(m_state[i] >> (24 - 8 * k));
        }
    }
    return digest;
}

} // namespace relawas::core

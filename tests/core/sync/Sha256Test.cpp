// The digest of a report is SHA-256 whichever code computes it: libcrypto (with the processor's SHA extensions where
// it has them) gives the bytes libsodium gives, for any length and however the bytes are cut into pieces.
#include "core/sync/Sha256.h"

#include "core/base/TextUtil.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>

#include <sodium.h>

using namespace relawas::core;

namespace {

std::string hexOf(Sha256& hash)
{
    const auto digest = hash.finish();
    return lowerHex(digest.data(), digest.size());
}

} // namespace

TEST_CASE("SHA-256 gives the digests of FIPS 180-4's examples", "[sync][digest]")
{
    Sha256 empty;
    CHECK(hexOf(empty) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    Sha256 abc;
    abc.update("abc");
    CHECK(hexOf(abc) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    Sha256 two;
    two.update("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
    CHECK(hexOf(two) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("SHA-256 of bytes given in pieces is libsodium's of the bytes whole", "[sync][digest]")
{
    std::mt19937 random(20241206);
    for (int round = 0; round < 600; ++round) {
        // Every length around a block's end, then longer ones.
        const std::size_t length = round < 200 ? std::size_t(round) : random() % 5000;
        std::string bytes(length, '\0');
        for (char& byte : bytes) {
            byte = static_cast<char>(random());
        }
        std::array<unsigned char, crypto_hash_sha256_BYTES> whole{};
        crypto_hash_sha256(whole.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
        Sha256 pieces;
        for (std::size_t at = 0; at < length;) {
            const std::size_t piece = std::min<std::size_t>(length - at, random() % 150);
            pieces.update(std::string_view(bytes).substr(at, piece));
            at += piece;
        }
        INFO(length << " bytes");
        CHECK(hexOf(pieces) == lowerHex(whole.data(), whole.size()));
    }
}

#pragma once

// Who a report comes from: every database has an Ed25519 key pair beside its installation id, made the first time it
// is needed. The secret key stays in the database (a 0600 file); the public key travels in every report's header,
// and a person compares its fingerprint on the phone before trusting it.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

class Database;

using PublicKey = std::array<unsigned char, 32>;

// The installation's key pair, read from (or on first use written to) the database's settings.
class InstallationKey
{
public:
    // Throws Error "crypto.unavailable" when libsodium cannot start, "sync.key_damaged" when the stored key is not a
    // key (changed by hand).
    explicit InstallationKey(Database& db);

    const PublicKey& publicKey() const { return m_public; }
    // The detached Ed25519 signature of `message`, 64 bytes.
    std::string sign(std::string_view message) const;

private:
    std::array<unsigned char, 64> m_secret{};
    PublicKey m_public{};
};

// Whether `signature` (64 bytes) is the signature of `message` by `key`.
bool verifySignature(const PublicKey& key, std::string_view message, std::string_view signature);

// Base64 as the report writes keys and signatures (RFC 4648, the standard alphabet, with padding), and back; none
// when the text is not base64 of exactly `bytes` bytes.
std::string toBase64(std::string_view bytes);
std::optional<std::string> fromBase64(std::string_view text, std::size_t bytes);

// What a person reads aloud to compare a key: SHA-256 of the key, its first 10 bytes in base32 (A-Z, 2-7), four
// groups of four: "MZXW-6YTB-OI2C-Q5DK".
std::string keyFingerprint(const PublicKey& key);

} // namespace relawas::core

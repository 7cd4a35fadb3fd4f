#include "core/sync/InstallationKey.h"

#include "core/base/Error.h"
#include "core/base/Sodium.h"
#include "core/storage/SettingsStore.h"

#include <sodium.h>

namespace relawas::core {

namespace {

constexpr const char* kSecretKeySetting = "installation_secret_key";

const unsigned char* bytesOf(std::string_view text)
{
    return reinterpret_cast<const unsigned char*>(text.data());
}

} // namespace

InstallationKey::InstallationKey(Database& db)
{
    requireSodium();
    SettingsStore settings(db);
    if (const auto stored = settings.get(kSecretKeySetting)) {
        const auto secret = fromBase64(*stored, m_secret.size());
        if (!secret) {
            throw Error(ErrorKind::Internal, "sync.key_damaged", "the installation's stored key is not a key");
        }
        std::copy(secret->begin(), secret->end(), m_secret.begin());
        crypto_sign_ed25519_sk_to_pk(m_public.data(), m_secret.data());
        return;
    }
    crypto_sign_keypair(m_public.data(), m_secret.data());
    settings.set(kSecretKeySetting,
                 toBase64(std::string_view(reinterpret_cast<const char*>(m_secret.data()), m_secret.size())));
}

std::string InstallationKey::sign(std::string_view message) const
{
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytesOf(message), message.size(),
                         m_secret.data());
    return signature;
}

bool verifySignature(const PublicKey& key, std::string_view message, std::string_view signature)
{
    requireSodium();
    return signature.size() == crypto_sign_BYTES &&
           crypto_sign_verify_detached(bytesOf(signature), bytesOf(message), message.size(), key.data()) == 0;
}

std::string toBase64(std::string_view bytes)
{
    std::string text(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(text.data(), text.size(), bytesOf(bytes), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(text.size() - 1); // the terminating NUL
    return text;
}

std::optional<std::string> fromBase64(std::string_view text, std::size_t bytes)
{
    requireSodium();
    std::string decoded(bytes + 3, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(), text.data(), text.size(),
                          nullptr, &length, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size() || length != bytes) {
        return std::nullopt;
    }
    decoded.resize(length);
    return decoded;
}

std::string keyFingerprint(const PublicKey& key)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), key.data(), key.size());
    constexpr const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    std::string text;
    // 10 bytes are 80 bits: 16 characters of 5 bits.
    unsigned buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        buffer = (buffer << 8) | digest[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!text.empty() && text.size() % 5 == 4) {
                text += '-';
            }
            text += kAlphabet[(buffer >> unsigned(bits)) & 31U];
        }
    }
    return text;
}

} // namespace relawas::core

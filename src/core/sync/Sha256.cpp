#include "core/sync/Sha256.h"

#include "core/base/Error.h"

#include <openssl/evp.h>

namespace relawas::core {

void Sha256::Free::operator()(evp_md_ctx_st* context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1) {
        throw Error(ErrorKind::Internal, "crypto.unavailable", "libcrypto cannot start a SHA-256 digest");
    }
}

void Sha256::update(std::string_view bytes)
{
    if (!bytes.empty() && EVP_DigestUpdate(m_context.get(), bytes.data(), bytes.size()) != 1) {
        throw Error(ErrorKind::Internal, "crypto.unavailable", "libcrypto failed in a SHA-256 digest");
    }
}

std::array<unsigned char, Sha256::kBytes> Sha256::finish()
{
    std::array<unsigned char, kBytes> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context.get(), digest.data(), &length) != 1 || length != kBytes) {
        throw Error(ErrorKind::Internal, "crypto.unavailable", "libcrypto failed in a SHA-256 digest");
    }
    return digest;
}

} // namespace relawas::core

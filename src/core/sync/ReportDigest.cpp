#include "core/sync/ReportDigest.h"

#include "core/base/TextUtil.h"
#include "core/sync/CanonicalJson.h"

#include <array>

namespace relawas::core {

ContentDigest::ContentDigest()
{
    feed("{");
}

void ContentDigest::feed(std::string_view bytes)
{
    m_hash.update(bytes);
}

void ContentDigest::beginMember(std::string_view name)
{
    feed(m_firstMember ? "" : ",");
    m_firstMember = false;
    feed(canonicalJson(std::string(name)));
    feed(":[");
    m_firstRecord = true;
}

void ContentDigest::record(std::string_view canonical)
{
    feed(m_firstRecord ? "" : ",");
    m_firstRecord = false;
    feed(canonical);
}

void ContentDigest::member(std::string_view name, std::string_view canonical)
{
    feed(m_firstMember ? "" : ",");
    m_firstMember = false;
    feed(canonicalJson(std::string(name)));
    feed(":");
    feed(canonical);
}

void ContentDigest::endMember()
{
    feed("]");
}

std::string ContentDigest::finish()
{
    feed("}");
    const auto digest = m_hash.finish();
    return lowerHex(digest.data(), digest.size());
}

std::string reportSignedMessage(const nlohmann::json& header, std::string_view digest)
{
    return "relawas-report\n1\n" + canonicalJson(header) + "\n" + std::string(digest);
}

} // namespace relawas::core

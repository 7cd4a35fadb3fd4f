#include "core/sync/ReportWriter.h"

#include "core/sync/CanonicalJson.h"
#include "core/sync/InstallationKey.h"

namespace relawas::core {

ReportWriter::ReportWriter(const std::filesystem::path& output, nlohmann::json header, const InstallationKey& key)
    : m_file(output)
    , m_header(std::move(header))
    , m_key(key)
{
    m_file.write("{\"format\":\"relawas-report\",\"version\":1,\n\"header\":");
    m_file.write(canonicalJson(m_header));
    m_file.write(",\n\"content\":{");
}

void ReportWriter::beginMember(std::string_view name)
{
    m_file.write(m_firstMember ? "\n" : ",\n");
    m_firstMember = false;
    m_file.write(canonicalJson(std::string(name)));
    m_file.write(":[");
    m_digest.beginMember(name);
    m_firstRecord = true;
}

void ReportWriter::record(const nlohmann::json& record)
{
    const std::string canonical = canonicalJson(record);
    m_file.write(m_firstRecord ? "\n" : ",\n");
    m_firstRecord = false;
    m_file.write(canonical);
    m_digest.record(canonical);
}

void ReportWriter::endMember()
{
    m_file.write("]");
    m_digest.endMember();
}

void ReportWriter::value(std::string_view name, const nlohmann::json& value)
{
    const std::string canonical = canonicalJson(value);
    m_file.write(m_firstMember ? "\n" : ",\n");
    m_firstMember = false;
    m_file.write(canonicalJson(std::string(name)));
    m_file.write(":");
    m_file.write(canonical);
    m_digest.member(name, canonical);
}

std::string ReportWriter::finish()
{
    const std::string digest = m_digest.finish();
    const std::string signature = m_key.sign(reportSignedMessage(m_header, digest));
    const nlohmann::json integrity{{"digest", {{"algorithm", "sha-256"}, {"value", digest}}},
                                   {"signature", {{"algorithm", "ed25519"}, {"value", toBase64(signature)}}}};
    m_file.write("},\n\"integrity\":");
    m_file.write(canonicalJson(integrity));
    m_file.write("}\n");
    m_file.commit();
    return digest;
}

} // namespace relawas::core

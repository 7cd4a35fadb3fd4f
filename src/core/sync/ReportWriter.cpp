#include "core/sync/ReportWriter.h"

#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/sync/CanonicalJson.h"
#include "core/sync/InstallationKey.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

namespace relawas::core {

namespace {

constexpr std::size_t kBufferSize = 1 << 20;

[[noreturn]] void notWritable(const std::filesystem::path& output, const std::string& reason)
{
    throw Error(ErrorKind::UserInput, "output.not_writable",
                fmt::format("{} cannot be written: {}", output.string(), reason), output.string(),
                {output.string(), reason});
}

// A private file (0600) beside `output`, already removed from its folder: it lives as long as it is open.
int openSpool(const std::filesystem::path& output)
{
    const std::filesystem::path folder = output.has_parent_path() ? output.parent_path() : std::filesystem::path(".");
    std::string name = (folder / ("." + output.filename().string() + ".content.XXXXXX")).string();
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        notWritable(output, std::strerror(errno));
    }
    ::unlink(name.c_str());
    return fd;
}

} // namespace

ReportWriter::ReportWriter(const std::filesystem::path& output, const InstallationKey& key)
    : m_output(output)
    , m_file(output)
    , m_key(key)
    , m_spool(openSpool(output))
{
    m_buffer.reserve(kBufferSize);
}

ReportWriter::~ReportWriter()
{
    ::close(m_spool);
}

void ReportWriter::spool(std::string_view bytes)
{
    m_buffer.append(bytes);
    if (m_buffer.size() >= kBufferSize) {
        flushSpool();
    }
}

void ReportWriter::flushSpool()
{
    if (!writeWhole(m_spool, m_buffer)) {
        notWritable(m_output, std::strerror(errno));
    }
    m_buffer.clear();
}

void ReportWriter::beginMember(std::string_view name)
{
    spool(m_firstMember ? "\n" : ",\n");
    m_firstMember = false;
    spool(canonicalJson(std::string(name)));
    spool(":[");
    m_digest.beginMember(name);
    m_records = 0;
}

void ReportWriter::record(std::string_view canonical)
{
    spool(m_records == 0 ? "\n" : ",\n");
    ++m_records;
    spool(canonical);
    m_digest.record(canonical);
}

void ReportWriter::endMember()
{
    spool("]");
    m_digest.endMember();
}

void ReportWriter::value(std::string_view name, const nlohmann::json& value)
{
    const std::string canonical = canonicalJson(value);
    spool(m_firstMember ? "\n" : ",\n");
    m_firstMember = false;
    spool(canonicalJson(std::string(name)));
    spool(":");
    spool(canonical);
    m_digest.member(name, canonical);
}

std::string ReportWriter::finish(const nlohmann::json& header)
{
    const std::string digest = m_digest.finish();
    const std::string signature = m_key.sign(reportSignedMessage(header, digest));
    const nlohmann::json integrity{{"digest", {{"algorithm", "sha-256"}, {"value", digest}}},
                                   {"signature", {{"algorithm", "ed25519"}, {"value", toBase64(signature)}}}};
    m_file.write("{\"format\":\"relawas-report\",\"version\":1,\n\"header\":");
    m_file.write(canonicalJson(header));
    m_file.write(",\n\"content\":{");
    flushSpool();
    if (::lseek(m_spool, 0, SEEK_SET) != 0) {
        notWritable(m_output, std::strerror(errno));
    }
    m_buffer.resize(kBufferSize);
    for (;;) {
        const ssize_t n = ::read(m_spool, m_buffer.data(), m_buffer.size());
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            notWritable(m_output, std::strerror(errno));
        }
        if (n == 0) {
            break;
        }
        m_file.write(std::string_view(m_buffer.data(), std::size_t(n)));
    }
    m_buffer.clear();
    m_file.write("},\n\"integrity\":");
    m_file.write(canonicalJson(integrity));
    m_file.write("}\n");
    m_file.commit();
    return digest;
}

} // namespace relawas::core

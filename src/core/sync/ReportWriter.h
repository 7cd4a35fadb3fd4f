#pragma once

#include "core/base/OutputFile.h"
#include "core/sync/ReportDigest.h"

#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace relawas::core {

class InstallationKey;

// Writes one report file in the format's order: format, version, the header, the content's members one record at a
// time, and the integrity (the digest of what was written, signed by the installation). The file is private (0600)
// and whole or absent: it appears only at finish(). One record per line, in RFC 8785 form, so that the bytes hashed
// are the bytes written and a person can read the file with any editor.
// The header comes first in the file but is known last (it counts the records), so the content goes to a spool
// first: a private temporary file beside the output, removed from its folder as soon as it is made, so that no way
// out of the export (an error, a cancel, a crash) leaves it behind; finish() copies it after the header. Memory does
// not grow with the report; the disk holds it twice for a moment.
class ReportWriter
{
public:
    // Throws Error "output.not_writable".
    ReportWriter(const std::filesystem::path& output, const InstallationKey& key);
    ~ReportWriter();
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    void beginMember(std::string_view name);
    // A record of the member begun, as canonicalJson() writes it.
    void record(std::string_view canonical);
    void endMember();
    // A member that is one value, not an array of records: the summary of a public report.
    void value(std::string_view name, const nlohmann::json& value);
    // Records written to the member begun.
    std::size_t records() const { return m_records; }
    // Writes the file with `header`, the content and the integrity, and renames it into place; returns the digest.
    std::string finish(const nlohmann::json& header);

private:
    void spool(std::string_view bytes);
    void flushSpool();

    std::filesystem::path m_output;
    PrivateFileWriter m_file;
    const InstallationKey& m_key;
    ContentDigest m_digest;
    int m_spool = -1;
    std::string m_buffer;
    std::size_t m_records = 0;
    bool m_firstMember = true;
};

} // namespace relawas::core

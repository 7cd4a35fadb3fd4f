#pragma once

#include "core/base/OutputFile.h"
#include "core/sync/ReportDigest.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace relawas::core {

class InstallationKey;

// Writes one report file in the format's order: format, version, the header given, the content's members one record
// at a time, and the integrity (the digest of what was written, signed by the installation). The file is private
// (0600) and whole or absent: it appears only at finish(). One record per line, in RFC 8785 form, so that the
// bytes hashed are the bytes written and a person can read the file with any editor.
class ReportWriter
{
public:
    // Throws Error "output.not_writable".
    ReportWriter(const std::filesystem::path& output, nlohmann::json header, const InstallationKey& key);

    void beginMember(std::string_view name);
    void record(const nlohmann::json& record);
    void endMember();
    // A member that is one value, not an array of records: the summary of a public report.
    void value(std::string_view name, const nlohmann::json& value);
    // Writes the integrity and renames the file into place; returns the digest.
    std::string finish();

private:
    PrivateFileWriter m_file;
    nlohmann::json m_header;
    const InstallationKey& m_key;
    ContentDigest m_digest;
    bool m_firstMember = true;
    bool m_firstRecord = true;
};

} // namespace relawas::core

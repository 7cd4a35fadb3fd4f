#pragma once

// Reads a report file as a stream (nlohmann/json's SAX parser): memory holds the header and one record at a time,
// never the file. It checks what docs/report-format.md requires before a reader may trust a byte of it: the format
// and version, the members in their order, every record an object with a uuid, the counts the header announces, the
// digest of the records, and the signature by the key the header names. Errors name the place as a JSON path
// ("content.people[41]") or a byte offset.

#include "core/sync/InstallationKey.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace relawas::core {

struct ReportSummary
{
    nlohmann::json header;
    PublicKey key{};
    std::map<std::string, std::size_t> counts; // records read per member of content
    std::string digest;                        // as computed from the records, equal to the file's
    std::uintmax_t bytes = 0;
};

struct ReportReaderHooks
{
    // The header as soon as it is read, before any record: a receiver refuses here a sender it does not trust.
    std::function<void(const nlohmann::json& header, const PublicKey& key)> header;
    // Each record of content, in the file's order, with its member's name. It arrives before the integrity is
    // checked: whatever the hook does must be undone unless read() returns.
    std::function<void(std::string_view member, nlohmann::json& record)> record;
};

// Reads and checks `file`. Throws Error with a stable code and the place:
// "report.unreadable" (the file cannot be opened), "report.not_json" (byte offset), "report.truncated",
// "report.not_a_report" (another format), "report.newer_version" / "report.bad_version", "report.member_order",
// "report.unknown_member", "report.missing_member", "report.duplicate_member", "report.bad_header",
// "report.bad_record", "report.too_large" (a record or a string past the limits), "report.count_mismatch",
// "report.digest_mismatch", "report.bad_signature".
ReportSummary readReport(const std::filesystem::path& file, const ReportReaderHooks& hooks = {});

} // namespace relawas::core

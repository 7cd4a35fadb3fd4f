#pragma once

// The digest and the signed message of a report (docs/report-format.md, "Integrity"), computed one record at a time
// by the writer as it writes and by the reader as it reads, so that neither holds the file in memory.

#include "core/sync/Sha256.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace relawas::core {

// The members of `content` in the format's order, which the digest keeps.
inline constexpr const char* kReportContentMembers[] = {
    "villages", "people", "roles", "trainings", "invitations", "attendance", "checkin_attempts", "tombstones"};

// SHA-256 over the canonical serialisation of `content`: {"villages":[r,r],"people":[...],...} with every record in
// RFC 8785 form and content's members in the order they are given.
class ContentDigest
{
public:
    ContentDigest();

    void beginMember(std::string_view name);
    // A record of the member begun, as canonicalJson() writes it.
    void record(std::string_view canonical);
    void endMember();
    // A member whose value is not an array of records (the summary of a public report), as canonicalJson() writes it.
    void member(std::string_view name, std::string_view canonical);
    // Ends the content; the digest in 64 lower-case hex digits.
    std::string finish();

private:
    void feed(std::string_view bytes);

    Sha256 m_hash;
    bool m_firstMember = true;
    bool m_firstRecord = true;
};

// What the installation signs: "relawas-report\n1\n" + the canonical header + "\n" + the digest.
std::string reportSignedMessage(const nlohmann::json& header, std::string_view digest);

} // namespace relawas::core

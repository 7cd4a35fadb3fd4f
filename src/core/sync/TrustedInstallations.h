#pragma once

#include "core/sync/InstallationKey.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;
class UnitOfWork;

// A sender whose reports this database accepts.
struct TrustedInstallation
{
    std::string id;
    std::string name;
    std::string scopeCode;
    PublicKey key{};
    std::string trustedAt;
    std::string trustedBy;
    long long lastSequence = 0; // the last report merged from it; 0 before the first
};

// What the trust store says of a report's sender.
enum class Trust
{
    Trusted,    // known, with this key
    Unknown,    // never trusted: a person must compare the fingerprint first
    KeyChanged, // known, with another key: refused
    Self        // this database's own installation id
};

// The one writer of `trusted_installation`: the senders a person has trusted, each change audited.
class TrustedInstallations
{
public:
    explicit TrustedInstallations(Database& db);

    std::vector<TrustedInstallation> all() const;
    std::optional<TrustedInstallation> find(const std::string& installationId) const;
    Trust check(const std::string& installationId, const PublicKey& key) const;

    // Trusts the sender with this key (its name and scope as its header gives them). A known sender keeps its key:
    // "sync.key_changed" when `key` is another one; "sync.own_installation" for this database's own id.
    TrustedInstallation trust(const std::string& installationId, const std::string& name, const std::string& scopeCode,
                              const PublicKey& key, const std::string& actor);

    // The report `sequence` of the installation was merged, in the caller's unit of work.
    void recordMerged(const std::string& installationId, long long sequence, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

#include "core/sync/TrustedInstallations.h"

#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"

#include <cstdint>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

std::string keyText(const PublicKey& key)
{
    return toBase64(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
}

TrustedInstallation fromRow(SQLite::Statement& row)
{
    TrustedInstallation installation;
    installation.id = row.getColumn(0).getString();
    installation.name = row.getColumn(1).getString();
    installation.scopeCode = row.getColumn(2).getString();
    if (const auto key = fromBase64(row.getColumn(3).getString(), installation.key.size())) {
        std::copy(key->begin(), key->end(), installation.key.begin());
    }
    installation.trustedAt = row.getColumn(4).getString();
    installation.trustedBy = row.getColumn(5).getString();
    installation.lastSequence = row.getColumn(6).getInt64();
    return installation;
}

constexpr const char* kColumns = "installation_id, name, scope_code, public_key, trusted_at, trusted_by, last_sequence";

} // namespace

TrustedInstallations::TrustedInstallations(Database& db)
    : m_db(db)
{}

std::vector<TrustedInstallation> TrustedInstallations::all() const
{
    return translatingSqliteErrors("trusted installations: all", [&]() {
        auto query =
            m_db.prepared(fmt::format("SELECT {} FROM trusted_installation ORDER BY name, installation_id", kColumns));
        std::vector<TrustedInstallation> list;
        while (query->executeStep()) {
            list.push_back(fromRow(*query));
        }
        return list;
    });
}

std::optional<TrustedInstallation> TrustedInstallations::find(const std::string& installationId) const
{
    return translatingSqliteErrors("trusted installations: find", [&]() -> std::optional<TrustedInstallation> {
        auto query =
            m_db.prepared(fmt::format("SELECT {} FROM trusted_installation WHERE installation_id = ?", kColumns));
        query->bind(1, installationId);
        if (!query->executeStep()) {
            return std::nullopt;
        }
        return fromRow(*query);
    });
}

Trust TrustedInstallations::check(const std::string& installationId, const PublicKey& key) const
{
    if (installationId == SettingsStore(m_db).installationId()) {
        return Trust::Self;
    }
    const auto known = find(installationId);
    if (!known) {
        return Trust::Unknown;
    }
    return known->key == key ? Trust::Trusted : Trust::KeyChanged;
}

TrustedInstallation TrustedInstallations::trust(const std::string& installationId, const std::string& name,
                                                const std::string& scopeCode, const PublicKey& key,
                                                const std::string& actor)
{
    return translatingSqliteErrors("trusted installations: trust", [&]() -> TrustedInstallation {
        switch (check(installationId, key)) {
        case Trust::Self:
            throw Error(ErrorKind::UserInput, "sync.own_installation", "this report comes from this database itself",
                        "installation", {installationId});
        case Trust::KeyChanged:
            throw Error(ErrorKind::UserInput, "sync.key_changed",
                        fmt::format("{} is trusted with another key: this report's key {} is not its own", name,
                                    keyFingerprint(key)),
                        "installation", {name, keyFingerprint(key), keyFingerprint(find(installationId)->key)});
        case Trust::Trusted:
            return *find(installationId);
        case Trust::Unknown:
            break;
        }
        UnitOfWork work(m_db, actor);
        TrustedInstallation installation{installationId, name, scopeCode, key, work.now(), work.actor(), 0};
        auto write = m_db.prepared(
            "INSERT INTO trusted_installation (installation_id, name, scope_code, public_key, trusted_at, trusted_by, "
            "last_sequence) VALUES (?, ?, ?, ?, ?, ?, 0)");
        write->bind(1, installationId);
        write->bind(2, name);
        write->bind(3, scopeCode);
        write->bind(4, keyText(key));
        write->bind(5, installation.trustedAt);
        write->bind(6, installation.trustedBy);
        write->exec();
        AuditLog(m_db).record(
            work, "trusted_installation", installationId, "create", std::nullopt,
            nlohmann::ordered_json{{"name", name}, {"scope_code", scopeCode}, {"fingerprint", keyFingerprint(key)}});
        work.commit();
        return installation;
    });
}

void TrustedInstallations::recordMerged(const std::string& installationId, long long sequence, UnitOfWork& /*work*/)
{
    translatingSqliteErrors("trusted installations: merged", [&]() {
        auto write = m_db.prepared("UPDATE trusted_installation SET last_sequence = max(last_sequence, ?) WHERE "
                                   "installation_id = ?");
        write->bind(1, static_cast<int64_t>(sequence));
        write->bind(2, installationId);
        write->exec();
    });
}

} // namespace relawas::core

// The district trusts each kecamatan's laptop once, after comparing its fingerprint on the phone; afterwards a report
// signed by another key under that laptop's id is refused.
#include "core/sync/TrustedInstallations.h"

#include "ErrorCodeOf.h"
#include "TempDir.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>

#include <SQLiteCpp/Database.h>

using namespace relawas::core;
using namespace relawas::tests;

TEST_CASE("A sender is trusted once with its key; another key under its id is refused", "[sync][trust]")
{
    TempDir dir;
    Database district(dir / "district.db");
    Database seiBalai(dir / "sei-balai.db");
    Database impostor(dir / "impostor.db");
    const std::string seiBalaiId = SettingsStore(seiBalai).installationId();
    const PublicKey seiBalaiKey = InstallationKey(seiBalai).publicKey();
    const PublicKey impostorKey = InstallationKey(impostor).publicKey();

    TrustedInstallations trusted(district);
    CHECK(trusted.all().empty());
    CHECK(trusted.check(seiBalaiId, seiBalaiKey) == Trust::Unknown);

    const TrustedInstallation first =
        trusted.trust(seiBalaiId, "Panwascam Sei Balai", "12.19.07", seiBalaiKey, "koordinator.kabupaten");
    CHECK(first.lastSequence == 0);
    CHECK(first.trustedBy == "koordinator.kabupaten");
    CHECK(trusted.check(seiBalaiId, seiBalaiKey) == Trust::Trusted);
    CHECK(trusted.find(seiBalaiId)->key == seiBalaiKey);
    CHECK(trusted.find(seiBalaiId)->name == "Panwascam Sei Balai");
    // Trusting again changes nothing.
    CHECK(trusted.trust(seiBalaiId, "Panwascam Sei Balai", "12.19.07", seiBalaiKey, "x").trustedAt == first.trustedAt);
    CHECK(trusted.all().size() == 1);

    // The same id with another key: what a forged report looks like.
    CHECK(trusted.check(seiBalaiId, impostorKey) == Trust::KeyChanged);
    CHECK(errorCodeOf([&] { trusted.trust(seiBalaiId, "Panwascam Sei Balai", "12.19.07", impostorKey, "x"); }) ==
          "sync.key_changed");
    CHECK(trusted.find(seiBalaiId)->key == seiBalaiKey);

    // A database does not trust itself: its own reports coming back are its own.
    const std::string ownId = SettingsStore(district).installationId();
    CHECK(trusted.check(ownId, InstallationKey(district).publicKey()) == Trust::Self);
    CHECK(errorCodeOf([&] { trusted.trust(ownId, "Bawaslu", "12.19", InstallationKey(district).publicKey(), "x"); }) ==
          "sync.own_installation");

    // Audited, with the fingerprint a person compared.
    const long long audited = district.connection()
                                  .execAndGet("SELECT count(*) FROM audit_log WHERE entity = 'trusted_installation'")
                                  .getInt64();
    CHECK(audited == 1);
}

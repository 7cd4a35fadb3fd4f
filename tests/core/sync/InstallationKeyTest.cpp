#include "core/sync/InstallationKey.h"

#include "ErrorCodeOf.h"
#include "TempDir.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <catch2/catch.hpp>
#include <regex>

using namespace relawas::core;
using relawas::tests::errorCodeOf;

TEST_CASE("A database signs with its own key, kept from one opening to the next", "[sync][keys]")
{
    relawas::tests::TempDir dir;
    const auto path = dir / "kecamatan.db";
    PublicKey first{};
    std::string signature;
    const std::string message = "relawas-report\n1\n{\"kind\":\"full\"}\n" + std::string(64, 'a');
    {
        Database db(path);
        const InstallationKey key(db);
        first = key.publicKey();
        signature = key.sign(message);
        CHECK(signature.size() == 64);
        CHECK(verifySignature(first, message, signature));
    }
    Database reopened(path);
    const InstallationKey again(reopened);
    CHECK(again.publicKey() == first);
    CHECK(again.sign(message) == signature); // Ed25519 is deterministic

    SECTION("any change to the message or the signature fails the check")
    {
        std::string changed = message;
        changed[20] ^= 0x01;
        CHECK_FALSE(verifySignature(first, changed, signature));
        std::string forged = signature;
        forged[63] ^= 0x40;
        CHECK_FALSE(verifySignature(first, message, forged));
        CHECK_FALSE(verifySignature(first, message, signature.substr(0, 63)));
        Database other(dir / "district.db");
        const InstallationKey district(other);
        CHECK(district.publicKey() != first);
        CHECK_FALSE(verifySignature(district.publicKey(), message, signature));
    }

    SECTION("the fingerprint is four groups a person can read out, the same for the same key")
    {
        const std::string fingerprint = keyFingerprint(first);
        CHECK(std::regex_match(fingerprint, std::regex("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}")));
        CHECK(keyFingerprint(again.publicKey()) == fingerprint);
        PublicKey zero{};
        // SHA-256 of 32 zero bytes starts 66 68 7a ad f8 62 bd 77 6c 8f: base32 MZUH-VLPY-MK6X-O3EP.
        CHECK(keyFingerprint(zero) == "MZUH-VLPY-MK6X-O3EP");
    }

    SECTION("a stored key changed by hand is said, not used")
    {
        SettingsStore(reopened).set("installation_secret_key", "not a key");
        CHECK(errorCodeOf([&] { InstallationKey broken(reopened); }) == "sync.key_damaged");
    }
}

TEST_CASE("Base64 of keys and signatures reads back, and refuses anything else", "[sync][keys]")
{
    const std::string bytes("\x00\x01\xfe\xff Relawas", 12);
    CHECK(toBase64(bytes) == "AAH+/yBSZWxhd2Fz");
    CHECK(fromBase64("AAH+/yBSZWxhd2Fz", 12) == bytes);
    CHECK_FALSE(fromBase64("AAH+/yBSZWxhd2Fz", 11));  // not the size expected
    CHECK_FALSE(fromBase64("AAH+/yBSZWxhd2Fz!", 12)); // a character outside the alphabet
    CHECK_FALSE(fromBase64("AAH-_yBSZWxhd2Fz", 12));  // the URL-safe alphabet is another one
    CHECK(toBase64(std::string(32, '\0')) == std::string(43, 'A') + "=");
}

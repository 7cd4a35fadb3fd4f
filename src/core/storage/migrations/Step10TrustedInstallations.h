#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 10: the installations whose reports this database accepts, each with its Ed25519 public key, who
// trusted it when, and the last report sequence merged from it.
void createTrustedInstallations(SQLite::Database& db);

} // namespace relawas::core

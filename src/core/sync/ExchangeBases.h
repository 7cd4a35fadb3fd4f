#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

class Database;
class UnitOfWork;

// The version of a record this database and a peer last agreed on.
struct ExchangeBase
{
    long long revision = 0;
    // The record without its uuid, revision and who/when; null when `asStored`.
    nlohmann::json fields;
    // The base is the record as this database holds it at `revision`: taken whole from the peer and not changed here
    // since, or changed by a person here (the audit log keeps the record as it was).
    bool asStored = false;
};

// The one writer of `exchange_base`: per peer and record, the base of the next three-way merge with that peer.
// A base that is the record as stored keeps no copy of it until the record is about to change (keepBeforeChange).
class ExchangeBases
{
public:
    explicit ExchangeBases(Database& db);

    std::optional<ExchangeBase> find(const std::string& peerId, const std::string& uuid) const;
    // What `peerId` sent of the record, as both now know it.
    void remember(const std::string& peerId, std::string_view table, const std::string& uuid, long long revision,
                  const nlohmann::json& fields, UnitOfWork& work);
    // The same when what `peerId` sent is what this database now holds, at that revision: no copy.
    void rememberAsStored(const std::string& peerId, std::string_view table, const std::string& uuid,
                          long long revision, UnitOfWork& work);
    // Before a merge or a decided conflict changes the record `uuid`, held at `revision` with `fields`: the bases that
    // are the record as stored get their copy.
    void keepBeforeChange(const std::string& uuid, long long revision, const nlohmann::json& fields, UnitOfWork& work);

private:
    void write(const std::string& peerId, std::string_view table, const std::string& uuid, long long revision,
               const std::optional<std::string>& fields);

    Database& m_db;
};

} // namespace relawas::core

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
    nlohmann::json fields; // the record without its uuid, revision and who/when
};

// The one writer of `exchange_base`: per peer and record, the base of the next three-way merge with that peer.
class ExchangeBases
{
public:
    explicit ExchangeBases(Database& db);

    std::optional<ExchangeBase> find(const std::string& peerId, const std::string& uuid) const;
    // What `peerId` sent of the record, as both now know it.
    void remember(const std::string& peerId, std::string_view table, const std::string& uuid, long long revision,
                  const nlohmann::json& fields, UnitOfWork& work);

private:
    Database& m_db;
};

} // namespace relawas::core

#include "core/storage/SettingsStore.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

SettingsStore::SettingsStore(Database& db)
    : m_db(db)
{}

std::optional<std::string> SettingsStore::get(const std::string& key) const
{
    return translatingSqliteErrors("settings: get", [&]() -> std::optional<std::string> {
        SQLite::Statement query(m_db.connection(), "SELECT value FROM setting WHERE key = ?");
        query.bind(1, key);
        if (!query.executeStep()) {
            return std::nullopt;
        }
        return query.getColumn(0).getString();
    });
}

void SettingsStore::set(const std::string& key, const std::string& value)
{
    translatingSqliteErrors("settings: set", [&]() {
        SQLite::Statement update(m_db.connection(), "INSERT INTO setting (key, value) VALUES (?, ?) "
                                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        update.bind(1, key);
        update.bind(2, value);
        update.exec();
    });
}

std::string SettingsStore::installationId()
{
    return translatingSqliteErrors("settings: installation id", [&]() -> std::string {
        if (auto id = get(kInstallationId)) {
            return *id;
        }
        const std::string id = newUuidV7();
        set(kInstallationId, id);
        return id;
    });
}

void SettingsStore::setWorkingKabupaten(const std::string& code)
{
    translatingSqliteErrors("settings: set working kabupaten", [&]() {
        const auto region = RegionRepository(m_db).find(code);
        if (!region || region->retired) {
            throw Error(ErrorKind::NotFound, "region.unknown_code",
                        fmt::format("`{}` is not a region of the current code list", code), "kabupaten", {code});
        }
        if (!isKabupatenKotaLevel(region->level)) {
            throw Error(ErrorKind::UserInput, "region.not_kabupaten",
                        fmt::format("`{}` ({}) is a {}, not a kabupaten or kota", code, region->name,
                                    regionLevelId(region->level)),
                        "kabupaten", {code, region->name});
        }
        set(kWorkingKabupaten, code);
    });
}

std::optional<std::string> SettingsStore::workingKabupaten() const
{
    return translatingSqliteErrors("settings: working kabupaten",
                                   [&]() -> std::optional<std::string> { return get(kWorkingKabupaten); });
}

std::optional<Date> SettingsStore::electionDay() const
{
    return translatingSqliteErrors("settings: election day", [&]() -> std::optional<Date> {
        const auto stored = get(kElectionDay);
        return stored ? parseIsoDate(*stored) : std::nullopt;
    });
}

void SettingsStore::setElectionDay(const std::optional<Date>& day)
{
    translatingSqliteErrors("settings: set election day", [&]() {
        if (!day) {
            SQLite::Statement remove(m_db.connection(), "DELETE FROM setting WHERE key = ?");
            remove.bind(1, kElectionDay);
            remove.exec();
            return;
        }
        set(kElectionDay, formatIsoDate(*day));
    });
}

Date SettingsStore::referenceDate() const
{
    return translatingSqliteErrors("settings: reference date",
                                   [&]() -> Date { return electionDay().value_or(todayUtc()); });
}

} // namespace relawas::core

#include "core/import/RememberedMapping.h"

#include "core/import/sheet/CellValues.h"
#include "core/storage/SettingsStore.h"

#include <nlohmann/json.hpp>
#include <set>
#include <string>

namespace relawas::core {

namespace {

// Enough for the headers of dozens of offices' spreadsheets; the oldest go first.
constexpr std::size_t kRememberedHeaders = 300;

} // namespace

RememberedMapping::RememberedMapping(Database& db)
    : m_db(db)
{}

std::optional<ColumnMapping> RememberedMapping::load() const
{
    try {
        if (const auto stored = SettingsStore(m_db).get(SettingsStore::kImportColumnMapping)) {
            return mappingFromJson(nlohmann::json::parse(*stored));
        }
    } catch (const std::exception&) {
        // An unreadable setting is as if nothing had been remembered; the next remember() writes it anew.
    }
    return std::nullopt;
}

void RememberedMapping::remember(const ColumnMapping& chosen)
{
    const ColumnMapping detected = mapColumns(chosen.headerLine, chosen.headers);
    ColumnMapping remembered;
    remembered.headerLine = chosen.headerLine;
    std::set<std::string> seen;
    const auto keep = [&](const ColumnMapping& from, std::size_t column, bool onlyChanged) {
        const std::string key = foldName(from.headers[column]);
        if (key.empty() || !seen.insert(key).second) {
            return;
        }
        const auto field = column < from.fields.size() ? from.fields[column] : std::nullopt;
        if (!onlyChanged || field != detected.fields[column]) {
            remembered.headers.push_back(from.headers[column]);
            remembered.fields.push_back(field);
        }
    };
    for (std::size_t column = 0; column < chosen.headers.size(); ++column) {
        keep(chosen, column, true);
    }
    if (const auto earlier = load()) {
        for (std::size_t column = 0; column < earlier->headers.size(); ++column) {
            keep(*earlier, column, false);
        }
    }
    if (remembered.headers.size() > kRememberedHeaders) {
        remembered.headers.resize(kRememberedHeaders);
        remembered.fields.resize(kRememberedHeaders);
    }
    SettingsStore(m_db).set(SettingsStore::kImportColumnMapping,
                            mappingToJson(remembered).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

} // namespace relawas::core

#pragma once

#include <optional>
#include <string>

namespace relawas::core {

class Database;

// Settings that belong to the database (not to the laptop's user): the working kabupaten, the installation id.
class SettingsStore
{
public:
    static constexpr const char* kWorkingKabupaten = "working_kabupaten";
    static constexpr const char* kInstallationId = "installation_id";

    explicit SettingsStore(Database& db);

    std::optional<std::string> get(const std::string& key) const;
    void set(const std::string& key, const std::string& value);

    // The id this database signs its reports with; minted on first use.
    std::string installationId();

    // Checks that `code` is a kabupaten or kota of the current list and makes it the working one.
    void setWorkingKabupaten(const std::string& code);
    std::optional<std::string> workingKabupaten() const;

private:
    Database& m_db;
};

} // namespace relawas::core

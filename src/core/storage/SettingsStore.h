#pragma once

#include "core/base/Clock.h"

#include <optional>
#include <string>

namespace relawas::core {

class Database;

// Settings that belong to the database (not to the laptop's user): the working kabupaten, the installation id, the
// election day.
class SettingsStore
{
public:
    static constexpr const char* kWorkingKabupaten = "working_kabupaten";
    static constexpr const char* kInstallationId = "installation_id";
    static constexpr const char* kElectionDay = "election_day";
    static constexpr const char* kImportColumnMapping = "import_column_mapping";
    static constexpr const char* kReportSequence = "report_sequence"; // the number of the last report made here

    explicit SettingsStore(Database& db);

    std::optional<std::string> get(const std::string& key) const;
    void set(const std::string& key, const std::string& value);

    // The id this database signs its reports with; minted on first use.
    std::string installationId();

    // Checks that `code` is a kabupaten or kota of the current list and makes it the working one.
    void setWorkingKabupaten(const std::string& code);
    std::optional<std::string> workingKabupaten() const;

    // The election day the roles' minimum ages are counted on (a PTPS member must be 17 on voting day, not on the
    // day of registration); unset by default. setElectionDay(nullopt) clears it.
    std::optional<Date> electionDay() const;
    void setElectionDay(const std::optional<Date>& day);
    // The day ages are counted on: the election day if set, else today.
    Date referenceDate() const;

private:
    Database& m_db;
};

} // namespace relawas::core

#include "core/sync/ReportFiles.h"

#include "core/regions/RegionRepository.h"

#include <algorithm>
#include <system_error>

namespace relawas::core {

namespace fs = std::filesystem;

namespace {
constexpr std::string_view kReportSuffix = ".relawas.json";
}

std::vector<fs::path> reportFiles(const std::vector<fs::path>& named)
{
    std::vector<fs::path> files;
    for (const fs::path& name : named) {
        std::error_code error;
        if (!fs::is_directory(name, error)) {
            files.push_back(name);
            continue;
        }
        std::vector<fs::path> inFolder;
        for (const auto& entry : fs::directory_iterator(name, error)) {
            const std::string file = entry.path().filename().string();
            if (entry.is_regular_file(error) && file.size() > kReportSuffix.size() && file.ends_with(kReportSuffix)) {
                inFolder.push_back(entry.path());
            }
        }
        std::sort(inFolder.begin(), inFolder.end());
        files.insert(files.end(), inFolder.begin(), inFolder.end());
    }
    return files;
}

std::string defaultInstallationName(Database& db, const std::string& scopeCode)
{
    const auto region = RegionRepository(db).find(scopeCode);
    return "Relawas " + (region ? region->name : scopeCode);
}

} // namespace relawas::core

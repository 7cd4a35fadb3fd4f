#include "startup/RegionListLoader.h"

#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/storage/Database.h"

#include <spdlog/spdlog.h>

namespace relawas::gui {

BackgroundTask::Outcome RegionListLoader::run(const std::filesystem::path& databasePath,
                                              const std::filesystem::path& listPath, QWidget* parent)
{
    return BackgroundTask::run(tr("Preparing Relawas"),
                               tr("Loading the official list of provinces, regencies, districts and villages…"), parent,
                               [&](const core::Progress& progress) {
                                   core::Database db(databasePath);
                                   const auto list = core::readRegionList(listPath, progress);
                                   const auto result = core::importRegionList(db, list, progress);
                                   spdlog::info("region list {} {} loaded: {} added, {} changed", list.name,
                                                list.version, result.added, result.changed);
                               });
}

} // namespace relawas::gui

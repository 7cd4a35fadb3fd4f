#pragma once

#include "common/BackgroundTask.h"

#include <filesystem>

#include <QCoreApplication>

class QWidget;

namespace relawas::gui {

// Loads a region list into the database file on a worker thread (with its own connection), with progress and Cancel.
// The import is one transaction: cancel or failure leaves the database as it was.
class RegionListLoader
{
    Q_DECLARE_TR_FUNCTIONS(RegionListLoader)

public:
    static BackgroundTask::Outcome run(const std::filesystem::path& databasePath, const std::filesystem::path& listPath,
                                       QWidget* parent);
};

} // namespace relawas::gui

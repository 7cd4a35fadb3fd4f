#pragma once

#include <filesystem>

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace relawas::gui {

// Loads a region list into the database file on a worker thread (with its own connection) while a progress dialog
// with Cancel keeps the UI alive. The import is one transaction: cancel or failure leaves the database as it was.
class RegionListLoader
{
    Q_DECLARE_TR_FUNCTIONS(RegionListLoader)

public:
    struct Outcome
    {
        bool loaded = false;
        bool cancelled = false;
        QString failure; // translated, with the place
    };

    static Outcome run(const std::filesystem::path& databasePath, const std::filesystem::path& listPath,
                       QWidget* parent);
};

} // namespace relawas::gui

#pragma once

#include <QString>

namespace relawas::gui {

// Sends spdlog's default logger to a rotating file (relawas.log, 3 x 2 MiB) in `folder`, and Qt's own warnings
// along with it. Log lines are English. Returns the log file's path.
QString startLogging(const QString& folder);

} // namespace relawas::gui

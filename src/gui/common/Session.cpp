#include "common/Session.h"

#include <QSysInfo>
#include <QtGlobal>

namespace relawas::gui {

std::string currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME", QStringLiteral("pengguna"));
    }
    return (user + QLatin1Char('@') + QSysInfo::machineHostName()).toStdString();
}

} // namespace relawas::gui

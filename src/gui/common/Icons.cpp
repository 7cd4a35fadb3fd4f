#include "common/Icons.h"

#include "common/TintedSvgIconEngine.h"

#include <optional>

#include <QFile>

#include <spdlog/spdlog.h>

namespace relawas::gui::Icons {

namespace {

QString resourcePath(const QString& name)
{
    return QStringLiteral(":/icons/ui/%1.svg").arg(name);
}

QIcon load(const QString& name, std::optional<QColor> colour)
{
    QFile file(resourcePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        spdlog::warn("icon '{}' is not compiled in (add it to relawas_ui_icons in src/gui/CMakeLists.txt)",
                     name.toStdString());
        return {};
    }
    return QIcon(new TintedSvgIconEngine(name, file.readAll(), std::move(colour)));
}

} // namespace

QIcon icon(const QString& name)
{
    return load(name, std::nullopt);
}

QIcon icon(const QString& name, const QColor& colour)
{
    return load(name, colour);
}

bool exists(const QString& name)
{
    return QFile::exists(resourcePath(name));
}

} // namespace relawas::gui::Icons

#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace relawas::gui::Icons {

// An icon of the program by its Tabler name ("users", "user-plus"), as src/gui/CMakeLists.txt lists them: drawn in
// the palette's text colour, white when its item is chosen, grey when disabled. A name not compiled in gives a null
// icon and a warning in the log.
QIcon icon(const QString& name);
// The same icon in one colour, whatever the state: white on the primary button, muted in an empty state.
QIcon icon(const QString& name, const QColor& colour);
// Whether `name` is compiled into the program.
bool exists(const QString& name);

} // namespace relawas::gui::Icons

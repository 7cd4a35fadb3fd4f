#pragma once

#include <QString>

namespace relawas::printouts {

// Loads the printouts' translation, ":/i18n/relawas_printouts_<language>.qm" ("id", the default, or "en"), into
// the application, in place of the one loaded before; dates and numbers follow it. Returns false, leaving the
// previous one, for a language the printouts do not speak. Needs a QCoreApplication. The GUI calls it after its own
// installTranslations(), which removes every translator the application holds.
bool installPrintoutTranslator(const QString& language = QStringLiteral("id"));

} // namespace relawas::printouts

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace relawas::gui {

// Languages the UI speaks; Indonesian is the default.
inline constexpr const char* kIndonesian = "id";
inline constexpr const char* kEnglish = "en";
QStringList supportedLanguages();

// The language saved in the settings, or Indonesian.
QString savedLanguage();
void saveLanguage(const QString& language);

// Qt's own widgets show some dates in the system's locale (the file dialog's "Date Modified"): before the application
// object exists, this makes the system's time format that of the language, so those dates read as the rest.
void useLanguageForSystemDates(const QString& language);

// Installs the program's translation and the project's own translation of Qt's strings (Qt 6.4 ships none for
// Indonesian) and sets the default locale, so dates and numbers read as the user expects.
void installTranslations(QCoreApplication& app, const QString& language);

} // namespace relawas::gui

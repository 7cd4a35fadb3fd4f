#include "common/Translations.h"

#include "printouts/PrintoutTranslations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace relawas::gui {

namespace {
constexpr const char* kLanguageKey = "language";

void load(QCoreApplication& app, const QString& file)
{
    auto* translator = new QTranslator(&app);
    if (translator->load(file)) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
    }
}
} // namespace

QStringList supportedLanguages()
{
    return {QString::fromLatin1(kIndonesian), QString::fromLatin1(kEnglish)};
}

QString savedLanguage()
{
    const QString language = QSettings().value(kLanguageKey, QString::fromLatin1(kIndonesian)).toString();
    return supportedLanguages().contains(language) ? language : QString::fromLatin1(kIndonesian);
}

void saveLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
}

void useLanguageForSystemDates(const QString& language)
{
    qputenv("LC_TIME", language == QLatin1String(kIndonesian) ? "id_ID.UTF-8" : "en_GB.UTF-8");
}

void installTranslations(QCoreApplication& app, const QString& language)
{
    for (auto* old : app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    if (language == QLatin1String(kIndonesian)) {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        load(app, QStringLiteral(":/i18n/qtbase_id.qm"));
        load(app, QStringLiteral(":/i18n/relawas_id.qm"));
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        load(app, QStringLiteral(":/i18n/relawas_en.qm"));
    }
    // The printouts speak the program's language; their translation is their own (src/printouts).
    printouts::installPrintoutTranslator(language == QLatin1String(kIndonesian) ? QStringLiteral("id")
                                                                                : QStringLiteral("en"));
}

} // namespace relawas::gui

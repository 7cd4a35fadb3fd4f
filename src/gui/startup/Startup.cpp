#include "startup/Startup.h"

#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/Logging.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "core/BuildInfo.h"
#include "core/base/Error.h"
#include "core/demo/DemoPeople.h"
#include "core/people/PersonRepository.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "firstrun/FirstRunDialog.h"
#include "shell/MainWindow.h"
#include "startup/GuardedApplication.h"
#include "startup/RegionListLoader.h"

#include <cstring>
#include <iostream>
#include <memory>
#include <optional>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

// Answered before a QApplication exists, so that `relawas --version` works without a display.
bool printVersionIfAsked(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::cout << "relawas " << core::build::kVersion << '\n';
            return true;
        }
    }
    return false;
}

// Loads the region list if the database has none, and asks for the kabupaten if none is chosen yet.
// Returns the working kabupaten, or an empty string when the user gave up.
QString prepareDatabase(core::Database& db)
{
    if (!core::RegionRepository(db).currentCodeList()) {
        const auto outcome = RegionListLoader::run(db.path(), core::defaultRegionListPath(), nullptr);
        if (!outcome.done) {
            QMessageBox::critical(nullptr, RegionListLoader::tr("Preparing Relawas"),
                                  outcome.cancelled
                                      ? RegionListLoader::tr("Relawas needs the region list to work and will close. "
                                                             "Nothing was changed.")
                                      : outcome.failure);
            return {};
        }
    }
    core::SettingsStore settings(db);
    settings.installationId();
    if (const auto working = settings.workingKabupaten()) {
        return QString::fromStdString(*working);
    }
    FirstRunDialog dialog(db, QString::fromLatin1(FirstRunDialog::kDefaultKabupaten));
    dialog.offerSampleData(core::PersonRepository(db).countLiving() == 0);
    if (dialog.exec() != QDialog::Accepted) {
        return {};
    }
    settings.setWorkingKabupaten(dialog.selectedCode().toStdString());
    spdlog::info("working kabupaten set to {}", dialog.selectedCode().toStdString());
    if (dialog.wantsSampleData()) {
        const auto path = db.path();
        const std::string kabupaten = dialog.selectedCode().toStdString();
        const auto outcome = BackgroundTask::run(FirstRunDialog::tr("Sample data"),
                                                 FirstRunDialog::tr("Making synthetic people to try Relawas with…"),
                                                 nullptr, [&](const core::Progress& progress) {
                                                     core::Database worker(path);
                                                     core::DemoOptions options;
                                                     options.people = FirstRunDialog::kSamplePeople;
                                                     options.underCode = kabupaten;
                                                     options.seed = 2024;
                                                     options.actor = "data-contoh";
                                                     core::generateDemoPeople(worker, options, progress);
                                                 });
        if (!outcome.failure.isEmpty()) {
            QMessageBox::warning(nullptr, FirstRunDialog::tr("Sample data"), outcome.failure);
        }
    }
    return dialog.selectedCode();
}

// The language of --lang, read before the application object exists (which then reads the options properly).
std::optional<QString> languageAsked(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString option = QString::fromLocal8Bit(argv[i]);
        QString value;
        if (option == QLatin1String("--lang") && i + 1 < argc) {
            value = QString::fromLocal8Bit(argv[i + 1]);
        } else if (option.startsWith(QLatin1String("--lang="))) {
            value = option.mid(7);
        }
        if (supportedLanguages().contains(value)) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

int runApplication(int argc, char** argv)
{
    if (printVersionIfAsked(argc, argv)) {
        return 0;
    }
    QApplication::setOrganizationName(QStringLiteral("Relawas"));
    QApplication::setApplicationName(QStringLiteral("Relawas"));
    useLanguageForSystemDates(languageAsked(argc, argv).value_or(savedLanguage()));
    GuardedApplication app(argc, argv);
    QApplication::setApplicationVersion(QString::fromLatin1(core::build::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/relawas.svg")));
    QApplication::setDesktopFileName(QStringLiteral("id.relawas.Relawas"));
    Theme::apply(app);

    QCommandLineParser options;
    options.setApplicationDescription(QStringLiteral("Relawas"));
    options.addHelpOption();
    const QCommandLineOption databaseOption(QStringLiteral("db"), QStringLiteral("The database file."),
                                            QStringLiteral("path"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("Language: id or en."),
                                            QStringLiteral("language"));
    options.addOption(databaseOption);
    options.addOption(languageOption);
    options.process(app);

    const QString language =
        options.isSet(languageOption) && supportedLanguages().contains(options.value(languageOption))
            ? options.value(languageOption)
            : savedLanguage();
    installTranslations(app, language);

    // ~/.local/share/Relawas: the same folder scripts/run.sh and the user guide name.
    const QString dataFolder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("Relawas"));
    const QString logFile = startLogging(QDir(dataFolder).filePath(QStringLiteral("logs")));
    const QString databasePath = options.isSet(databaseOption)
                                     ? options.value(databaseOption)
                                     : QDir(dataFolder).filePath(QStringLiteral("relawas.db"));
    spdlog::info("Relawas {} starting on {} (log {})", core::build::kVersion, databasePath.toStdString(),
                 logFile.toStdString());

    std::unique_ptr<core::Database> db;
    QString kabupaten;
    try {
        db = std::make_unique<core::Database>(databasePath.toStdString());
        kabupaten = prepareDatabase(*db);
    } catch (const core::Error& e) {
        spdlog::error("start-up failed: {}", e.what());
        QMessageBox::critical(nullptr, QObject::tr("Relawas"), ErrorText::describe(e));
        return 1;
    }
    if (kabupaten.isEmpty()) {
        return 0;
    }

    Session session{*db, currentActor(), kabupaten};
    MainWindow window(session);
    window.show();
    const int result = QApplication::exec();
    spdlog::info("Relawas closed");
    return result;
}

} // namespace relawas::gui

#include "TestDatabase.h"

#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/regions/RegionList.h"
#include "core/storage/SettingsStore.h"

#include <QFile>

#include <SQLiteCpp/Database.h>

namespace relawas::testing {

namespace {
QString templatePath()
{
    static QTemporaryDir folder;
    static const QString path = [] {
        const QString file = folder.filePath(QStringLiteral("template.db"));
        core::Database db(file.toStdString());
        core::importRegionList(db, core::readRegionList(core::defaultRegionListPath()));
        core::SettingsStore(db).setWorkingKabupaten("12.19");
        db.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return file;
    }();
    return path;
}
} // namespace

TestDatabase::TestDatabase()
{
    QFile::copy(templatePath(), path());
    m_db = std::make_unique<core::Database>(path().toStdString());
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("relawas.db"));
}

} // namespace relawas::testing

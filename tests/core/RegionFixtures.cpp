#include "RegionFixtures.h"

#include "TempDir.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionImporter.h"
#include "core/storage/Database.h"

#include <fstream>
#include <stdexcept>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::tests {

namespace fs = std::filesystem;

void writeText(const fs::path& file, const std::string& text)
{
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + file.string());
    }
}

PackageFiles batuBaraPackage()
{
    PackageFiles files;
    files.provinces = "code,name\n"
                      "12,Sumatera Utara\n";
    files.regencies = "code,province_code,name\n"
                      "12.19,12,Kabupaten Batu Bara\n";
    files.districts = "code,regency_code,name\n"
                      "12.19.01,12.19,Medang Deras\n"
                      "12.19.07,12.19,Sei Balai\n";
    files.villages = "code,district_code,name\n"
                     "12.19.01.1001,12.19.01,Pangkalan Dodek\n"
                     "12.19.01.2003,12.19.01,Aek Nauli\n"
                     "12.19.01.2004,12.19.01,Durian\n"
                     "12.19.07.2004,12.19.07,Durian\n";
    return files;
}

fs::path writePackage(const fs::path& folder, const PackageFiles& files)
{
    writeText(folder / "package.json",
              R"({"name": "idn-area-data", "version": ")" + files.version + R"(", "license": "ODbL-1.0"})");
    writeText(folder / "data" / "provinces.csv", files.provinces);
    writeText(folder / "data" / "regencies.csv", files.regencies);
    writeText(folder / "data" / "districts.csv", files.districts);
    writeText(folder / "data" / "villages.csv", files.villages);
    return folder;
}

const core::RegionList& realRegionList()
{
    static const core::RegionList list = core::readRegionList(core::defaultRegionListPath());
    return list;
}

fs::path copyRealRegionDatabase(const fs::path& file)
{
    static const TempDir folder;
    static const fs::path templateFile = [] {
        const fs::path path = folder / "real-list-template.db";
        core::Database db(path);
        core::importRegionList(db, realRegionList());
        // Folds the WAL into the main file, so that the one file is the whole database when copied.
        db.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        return path;
    }();
    fs::copy_file(templateFile, file, fs::copy_options::overwrite_existing);
    return file;
}

std::string contentDump(core::Database& db)
{
    SQLite::Database& connection = db.connection();
    std::string dump;
    SQLite::Statement tables(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (tables.executeStep()) {
        const std::string table = tables.getColumn(0).getString();
        // Every table's first column is its key, so ordering by it is stable.
        SQLite::Statement rows(connection, "SELECT * FROM \"" + table + "\" ORDER BY 1");
        while (rows.executeStep()) {
            dump += table;
            for (int i = 0; i < rows.getColumnCount(); ++i) {
                const SQLite::Column column = rows.getColumn(i);
                dump += column.isNull() ? std::string("|NULL") : "|'" + column.getString() + "'";
            }
            dump += '\n';
        }
    }
    return dump;
}

} // namespace relawas::tests

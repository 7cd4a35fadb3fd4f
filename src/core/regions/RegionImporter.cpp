#include "core/regions/RegionImporter.h"

#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/regions/RegionList.h"
#include "core/storage/Database.h"
#include "core/storage/Savepoint.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {
std::size_t countOf(SQLite::Database& db, const char* sql)
{
    return std::size_t(db.execAndGet(sql).getInt64());
}
} // namespace

RegionImportResult importRegionList(Database& database, const RegionList& list, const Progress& progress)
{
    SQLite::Database& db = database.connection();
    RegionImportResult result;
    try {
        Savepoint transaction(db, "region_import"); // one transaction, or part of the caller's
        db.exec("CREATE TEMP TABLE incoming_region (code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, "
                "parent_code TEXT) WITHOUT ROWID");

        SQLite::Statement insert(db, "INSERT INTO incoming_region VALUES (?, ?, ?, ?)");
        const std::size_t total = list.entries.size();
        for (std::size_t i = 0; i < total; ++i) {
            const Region& region = list.entries[i].region;
            insert.bind(1, region.code);
            insert.bind(2, region.name);
            insert.bind(3, std::string(regionLevelId(region.level)));
            if (region.parentCode.empty()) {
                insert.bind(4);
            } else {
                insert.bind(4, region.parentCode);
            }
            insert.exec();
            insert.reset();
            if (i % 2048 == 0) {
                progress.step(i, total);
            }
        }
        progress.step(total, total);

        result.added = countOf(db, "SELECT count(*) FROM incoming_region i WHERE NOT EXISTS "
                                   "(SELECT 1 FROM region r WHERE r.code = i.code)");
        result.changed = countOf(db, "SELECT count(*) FROM incoming_region i JOIN region r ON r.code = i.code "
                                     "WHERE r.name <> i.name OR r.level <> i.level "
                                     "OR r.parent_code IS NOT i.parent_code OR r.retired_in IS NOT NULL");
        result.unchanged = total - result.added - result.changed;
        result.retired = countOf(db, "SELECT count(*) FROM region r WHERE r.retired_in IS NULL AND NOT EXISTS "
                                     "(SELECT 1 FROM incoming_region i WHERE i.code = r.code)");

        SQLite::Statement record(db, "INSERT INTO code_list (name, version, source, region_count, loaded_at) "
                                     "VALUES (?, ?, ?, ?, ?)");
        record.bind(1, list.name);
        record.bind(2, list.version);
        record.bind(3, list.source);
        record.bind(4, static_cast<int64_t>(total));
        record.bind(5, nowUtcIso());
        record.exec();
        result.codeListId = db.getLastInsertRowid();

        db.exec("INSERT INTO region (code, name, level, parent_code, retired_in) "
                "SELECT code, name, level, parent_code, NULL FROM incoming_region WHERE true "
                "ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, "
                "parent_code = excluded.parent_code, retired_in = NULL");
        SQLite::Statement retire(db, "UPDATE region SET retired_in = ? WHERE retired_in IS NULL AND NOT EXISTS "
                                     "(SELECT 1 FROM incoming_region i WHERE i.code = region.code)");
        retire.bind(1, static_cast<int64_t>(result.codeListId));
        retire.exec();
        db.exec("DROP TABLE temp.incoming_region");
        transaction.release();
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorKind::Internal, "region.import_failed",
                    std::string("writing the region list failed: ") + e.what(), list.source, {e.what()});
    }
    return result;
}

} // namespace relawas::core

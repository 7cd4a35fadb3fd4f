#include "core/storage/migrations/Step8SearchWithoutApostrophes.h"

#include "core/base/NameOrder.h"
#include "core/base/TextUtil.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

void searchWithoutApostrophes(SQLite::Database& db)
{
    // The index is contentless: a row is removed with the values it was added with (the name as written, the phone
    // without +62, as the person writer of step 7 wrote them), then added again with the name folded.
    SQLite::Statement named(db, R"sql(
        SELECT id, full_name, coalesce(nik, ''), coalesce(phone, '') FROM person
        WHERE deleted_at IS NULL AND (full_name GLOB '*[''`]*' OR full_name LIKE '%' || char(8216) || '%'
            OR full_name LIKE '%' || char(8217) || '%' OR full_name LIKE '%' || char(700) || '%'
            OR full_name LIKE '%' || char(180) || '%'))sql");
    SQLite::Statement remove(db, "INSERT INTO person_search (person_search, rowid, full_name, nik, phone) "
                                 "VALUES ('delete', ?, ?, ?, ?)");
    SQLite::Statement add(db, "INSERT INTO person_search (rowid, full_name, nik, phone) VALUES (?, ?, ?, ?)");
    while (named.executeStep()) {
        const long long id = named.getColumn(0).getInt64();
        const std::string name = named.getColumn(1).getString();
        const std::string nik = named.getColumn(2).getString();
        std::string phone = named.getColumn(3).getString();
        if (phone.rfind("+62", 0) == 0) {
            phone = phone.substr(3);
        }
        for (auto* write : {&remove, &add}) {
            write->bind(1, static_cast<int64_t>(searchKey(name, id)));
            write->bind(2, write == &remove ? name : withoutApostrophes(name));
            write->bind(3, nik);
            write->bind(4, phone);
            write->exec();
            write->reset();
        }
    }
}

} // namespace relawas::core

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;

// Rows on their way from which indexing them one by one costs more than building the indexes again.
inline constexpr std::size_t kIndexesAsideFrom = 20'000;

// The indexes of tables a long write fills from (nearly) empty, set aside while it writes and built again at its end,
// inside the same transaction: SQLite builds an index from the sorted rows far faster than it keeps one row by row,
// and a million people's name, village, phone and birth-date indexes outgrow the page cache, after which every row
// costs a page read and write per index. Unique indexes stay (they are rules, and the write finds records by them),
// as does everything of a table the write adds little to. If the transaction is rolled back the indexes are back
// with it; a write that ends otherwise calls restore() before it commits.
class SetAsideIndexes
{
public:
    explicit SetAsideIndexes(Database& db);

    // Sets aside the indexes of `table` that are not unique when `incoming` rows are on their way, at least `from`
    // and more than the table holds.
    void setAsideForMany(std::string_view table, std::size_t incoming, std::size_t from = kIndexesAsideFrom);
    // Builds every index set aside again, as it was defined.
    void restore();
    bool empty() const { return m_definitions.empty(); }

private:
    Database& m_db;
    std::vector<std::string> m_definitions; // CREATE INDEX statements, as the schema holds them
};

} // namespace relawas::core

#pragma once

#include "core/import/ColumnMapping.h"

#include <optional>

namespace relawas::core {

class Database;

// The columns a user mapped differently from what the detection found, kept in the database (the setting
// import_column_mapping) and applied to the next file with headers of the same name, by the import wizard and by
// `relawas-cli people import` alike. Only the differences are kept, so the detection decides every other header (and
// improves with the program); the choices for the headers of other files stay, the newest first, up to a bound.
class RememberedMapping
{
public:
    explicit RememberedMapping(Database& db);

    // What was remembered; nothing when none was, or when the setting cannot be read (only a convenience: an
    // unreadable setting is as if nothing had been remembered).
    std::optional<ColumnMapping> load() const;

    // Merges the columns of `chosen` that differ from the detection of its headers into what is remembered.
    void remember(const ColumnMapping& chosen);

private:
    Database& m_db;
};

} // namespace relawas::core

#pragma once

#include "core/import/ImportField.h"
#include "core/import/ImportMessage.h"
#include "core/import/sheet/SheetRows.h"

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

// Which line of a spreadsheet is its header and what each column holds. A plain value: the import wizard shows it
// and lets the user change any column's field (or the header line), the settings remember it as JSON, and the import
// reads the rows with it. Every column of the header has an entry, mapped or not.
struct ColumnMapping
{
    std::size_t headerLine = 0;                     // 1-based line of the header in the file
    std::vector<std::string> headers;               // the header cells as the file has them
    std::vector<std::optional<ImportField>> fields; // per column: what it holds, nullopt for "not imported"

    std::optional<std::size_t> columnOf(ImportField field) const;
    // The header of `column`, or "column N" (1-based) when the header cell is empty.
    std::string columnName(std::size_t column) const;

    bool operator==(const ColumnMapping&) const = default;
};

// How many lines from the top are searched for the header (title rows often come first).
inline constexpr std::size_t kHeaderSearchLines = 20;

// Maps each header to a field: as `remembered` mapped a header of the same folded name, if given, else by
// fieldForHeader. A field goes to the first column that names it; later ones stay unmapped.
ColumnMapping mapColumns(std::size_t headerLine, const std::vector<std::string>& headers,
                         const ColumnMapping* remembered = nullptr);

// Finds the header among `rows` (the first lines of a file): the first row that names the most distinct fields, at
// least two of them. nullopt when no row does.
std::optional<ColumnMapping> detectHeader(const std::vector<SheetRow>& rows, const ColumnMapping* remembered = nullptr);

// Problems of a mapping as a whole, before any row is read. Errors (the import refuses to start):
// "mapping.no_full_name", "mapping.field_twice" (args: field id, both headers). Warnings: "mapping.no_nik" (only
// speakers may lack a NIK), "mapping.no_kecamatan" (villages cannot be resolved without their kecamatan).
std::vector<ImportMessage> checkMapping(const ColumnMapping& mapping);

// {"header_line": 2, "columns": [{"header": "Nama Lengkap", "field": "full_name"}, {"header": "No", "field": null}]}
nlohmann::json mappingToJson(const ColumnMapping& mapping);
// Throws Error "import.bad_mapping" (UserInput) when the JSON is not such an object or names an unknown field.
ColumnMapping mappingFromJson(const nlohmann::json& json);

} // namespace relawas::core

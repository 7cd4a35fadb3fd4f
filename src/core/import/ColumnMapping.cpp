#include "core/import/ColumnMapping.h"

#include "core/base/Error.h"
#include "core/import/sheet/CellValues.h"

#include <nlohmann/json.hpp>
#include <set>

#include <fmt/format.h>

namespace relawas::core {

namespace {

[[noreturn]] void badMapping(const std::string& why)
{
    throw Error(ErrorKind::UserInput, "import.bad_mapping", "the column mapping is not valid: " + why, "mapping",
                {why});
}

std::optional<ImportField> rememberedField(const ColumnMapping& remembered, const std::string& header, bool& found)
{
    const std::string key = foldName(header);
    for (std::size_t i = 0; i < remembered.headers.size() && i < remembered.fields.size(); ++i) {
        if (!key.empty() && foldName(remembered.headers[i]) == key) {
            found = true;
            return remembered.fields[i];
        }
    }
    found = false;
    return std::nullopt;
}

} // namespace

std::optional<std::size_t> ColumnMapping::columnOf(ImportField field) const
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i] == field) {
            return i;
        }
    }
    return std::nullopt;
}

std::string ColumnMapping::columnName(std::size_t column) const
{
    if (column < headers.size() && headers[column].find_first_not_of(" \t") != std::string::npos) {
        return headers[column];
    }
    return fmt::format("column {}", column + 1);
}

ColumnMapping mapColumns(std::size_t headerLine, const std::vector<std::string>& headers,
                         const ColumnMapping* remembered)
{
    ColumnMapping mapping;
    mapping.headerLine = headerLine;
    mapping.headers = headers;
    std::set<ImportField> taken;
    for (const auto& header : headers) {
        std::optional<ImportField> field;
        bool known = false;
        if (remembered) {
            field = rememberedField(*remembered, header, known);
        }
        if (!known) {
            field = fieldForHeader(header);
        }
        if (field && !taken.insert(*field).second) {
            field.reset();
        }
        mapping.fields.push_back(field);
    }
    return mapping;
}

std::optional<ColumnMapping> detectHeader(const std::vector<SheetRow>& rows, const ColumnMapping* remembered)
{
    std::optional<ColumnMapping> best;
    std::size_t bestCount = 1;
    for (std::size_t i = 0; i < rows.size() && i < kHeaderSearchLines; ++i) {
        std::vector<std::string> headers;
        for (const auto& cell : rows[i].cells) {
            headers.push_back(cleanCellText(cell.text));
        }
        // Excel pads a row with empty cells up to the widest row; a header ends at its last named column.
        while (!headers.empty() && headers.back().empty()) {
            headers.pop_back();
        }
        auto mapping = mapColumns(rows[i].line, headers, remembered);
        std::size_t count = 0;
        for (const auto& field : mapping.fields) {
            count += field ? 1 : 0;
        }
        if (count > bestCount) {
            bestCount = count;
            best = std::move(mapping);
        }
    }
    return best;
}

std::vector<ImportMessage> checkMapping(const ColumnMapping& mapping)
{
    std::vector<ImportMessage> issues;
    for (const ImportField field : kAllImportFields) {
        std::vector<std::size_t> columns;
        for (std::size_t i = 0; i < mapping.fields.size(); ++i) {
            if (mapping.fields[i] == field) {
                columns.push_back(i);
            }
        }
        if (columns.size() > 1) {
            const std::string id(importFieldId(field));
            issues.push_back({ImportMessage::Severity::Error,
                              "mapping.field_twice",
                              fmt::format("the columns \"{}\" and \"{}\" are both mapped to {}",
                                          mapping.columnName(columns[0]), mapping.columnName(columns[1]), id),
                              {id, mapping.columnName(columns[0]), mapping.columnName(columns[1])},
                              mapping.columnName(columns[1]),
                              {}});
        }
    }
    if (!mapping.columnOf(ImportField::FullName)) {
        issues.push_back({ImportMessage::Severity::Error,
                          "mapping.no_full_name",
                          "no column is mapped to the full name (Nama Lengkap)",
                          {},
                          {},
                          {}});
    }
    if (!mapping.columnOf(ImportField::Nik)) {
        issues.push_back({ImportMessage::Severity::Warning,
                          "mapping.no_nik",
                          "no column is mapped to the NIK: only speakers (narasumber) can be imported without one",
                          {},
                          {},
                          {}});
    }
    if (mapping.columnOf(ImportField::Village) && !mapping.columnOf(ImportField::Kecamatan)) {
        issues.push_back({ImportMessage::Severity::Warning,
                          "mapping.no_kecamatan",
                          "no column is mapped to the kecamatan: a village is only found within its kecamatan, so "
                          "rows with a village will be refused",
                          {},
                          {},
                          {}});
    }
    return issues;
}

nlohmann::json mappingToJson(const ColumnMapping& mapping)
{
    nlohmann::json columns = nlohmann::json::array();
    for (std::size_t i = 0; i < mapping.headers.size(); ++i) {
        nlohmann::json field = nullptr;
        if (i < mapping.fields.size() && mapping.fields[i].has_value()) {
            field = importFieldId(mapping.fields[i].value());
        }
        columns.push_back({{"header", mapping.headers[i]}, {"field", field}});
    }
    return {{"header_line", mapping.headerLine}, {"columns", columns}};
}

ColumnMapping mappingFromJson(const nlohmann::json& json)
{
    if (!json.is_object() || !json.contains("header_line") || !json["header_line"].is_number_unsigned() ||
        !json.contains("columns") || !json["columns"].is_array()) {
        badMapping("expected {\"header_line\": N, \"columns\": [...]}");
    }
    ColumnMapping mapping;
    mapping.headerLine = json["header_line"].get<std::size_t>();
    for (const auto& column : json["columns"]) {
        if (!column.is_object() || !column.contains("header") || !column["header"].is_string()) {
            badMapping("every column needs a \"header\" text");
        }
        mapping.headers.push_back(column["header"].get<std::string>());
        const auto field = column.value("field", nlohmann::json(nullptr));
        if (field.is_null()) {
            mapping.fields.emplace_back();
        } else if (const auto known = field.is_string() ? importFieldFromId(field.get<std::string>()) : std::nullopt) {
            mapping.fields.emplace_back(known);
        } else {
            badMapping(fmt::format("unknown field {}", field.dump()));
        }
    }
    return mapping;
}

} // namespace relawas::core

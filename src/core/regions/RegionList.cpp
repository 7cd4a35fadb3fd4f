#include "core/regions/RegionList.h"

#include "core/base/CsvReader.h"
#include "core/base/Error.h"
#include "core/base/TextUtil.h"
#include "core/regions/RegionCode.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include <fmt/format.h>

namespace relawas::core {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const std::string& code, const std::string& message, const std::string& file, std::size_t line,
                         std::vector<std::string> args = {})
{
    args.insert(args.begin(), {file, std::to_string(line)});
    throw Error(ErrorKind::UserInput, code, message, line ? fmt::format("{}:{}", file, line) : file, std::move(args));
}

std::ifstream openCsv(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::NotFound, "region.file_missing", "the file cannot be read", path.string(),
                    {path.string()});
    }
    return in;
}

// Reads one file of the list. `columns` names the header; `codeColumn`, `parentColumn` and `nameColumn` say where
// the fields are (parentColumn < 0: the file has none); `levelColumn` likewise for the single-CSV format.
struct FileLayout
{
    std::vector<std::string> header;
    int codeColumn;
    int nameColumn;
    int parentColumn;
    int levelColumn;
    bool (*levelAllowed)(RegionLevel);
};

void readFile(const fs::path& path, const FileLayout& layout, RegionList& list, const Progress& progress)
{
    std::ifstream in = openCsv(path);
    const std::string file = path.filename().string();
    CsvReader reader(in);
    std::vector<std::string> fields;
    try {
        if (!reader.next(fields) || fields != layout.header) {
            refuse("region.bad_header", fmt::format("the header must be `{}`", fmt::join(layout.header, ",")), file, 1,
                   {fmt::format("{}", fmt::join(layout.header, ","))});
        }
        while (reader.next(fields)) {
            const std::size_t line = reader.line();
            if (fields.size() == 1 && fields[0].empty()) {
                continue; // a blank line, typically the last one
            }
            if (fields.size() != layout.header.size()) {
                refuse("region.field_count",
                       fmt::format("expected {} fields, found {}", layout.header.size(), fields.size()), file, line,
                       {std::to_string(layout.header.size()), std::to_string(fields.size())});
            }
            const std::string& code = fields[std::size_t(layout.codeColumn)];
            const auto info = parseRegionCode(code);
            if (!info) {
                refuse("region.bad_code", fmt::format("`{}` is not a valid region code", code), file, line, {code});
            }
            if (!layout.levelAllowed(info->level)) {
                refuse(
                    "region.wrong_level",
                    fmt::format("code `{}` is a {} and does not belong in this file", code, regionLevelId(info->level)),
                    file, line, {code, std::string(regionLevelId(info->level))});
            }
            if (layout.levelColumn >= 0 && fields[std::size_t(layout.levelColumn)] != regionLevelId(info->level)) {
                refuse("region.level_mismatch",
                       fmt::format("code `{}` is a {}, not a `{}`", code, regionLevelId(info->level),
                                   fields[std::size_t(layout.levelColumn)]),
                       file, line, {code, std::string(regionLevelId(info->level))});
            }
            if (layout.parentColumn >= 0 && fields[std::size_t(layout.parentColumn)] != info->parentCode) {
                refuse("region.parent_mismatch",
                       fmt::format("the parent of `{}` is `{}`, not `{}`", code, info->parentCode,
                                   fields[std::size_t(layout.parentColumn)]),
                       file, line, {code, info->parentCode});
            }
            std::string name = collapseSpaces(fields[std::size_t(layout.nameColumn)]);
            if (name.empty()) {
                refuse("region.empty_name", fmt::format("region `{}` has no name", code), file, line, {code});
            }
            list.entries.push_back({Region{code, std::move(name), info->level, info->parentCode, false}, file, line});
            if (list.entries.size() % 4096 == 0) {
                progress.step(list.entries.size(), 0);
            }
        }
    } catch (const Error& e) {
        if (e.code() != "csv.unterminated_quote") {
            throw;
        }
        refuse(e.code(), "a quoted field is never closed", file, reader.line());
    }
}

// Every code once, every parent present: a list that fails this is partial or inconsistent.
void checkConsistency(const RegionList& list)
{
    std::unordered_map<std::string, const RegionList::Entry*> byCode;
    byCode.reserve(list.entries.size());
    for (const auto& entry : list.entries) {
        const auto [it, inserted] = byCode.emplace(entry.region.code, &entry);
        if (!inserted) {
            refuse("region.duplicate_code",
                   fmt::format("code `{}` appears again (first at {}:{})", entry.region.code, it->second->file,
                               it->second->line),
                   entry.file, entry.line,
                   {entry.region.code, fmt::format("{}:{}", it->second->file, it->second->line)});
        }
    }
    for (const auto& entry : list.entries) {
        if (!entry.region.parentCode.empty() && !byCode.contains(entry.region.parentCode)) {
            refuse(
                "region.unknown_parent",
                fmt::format("the parent `{}` of `{}` is not in the list", entry.region.parentCode, entry.region.code),
                entry.file, entry.line, {entry.region.parentCode, entry.region.code});
        }
    }
    if (list.entries.empty()) {
        refuse("region.empty_list", "the list holds no regions", list.source, 0);
    }
}

bool isProvinsi(RegionLevel level)
{
    return level == RegionLevel::Provinsi;
}
bool isKecamatan(RegionLevel level)
{
    return level == RegionLevel::Kecamatan;
}
bool anyLevel(RegionLevel)
{
    return true;
}

RegionList readPackage(const fs::path& dir, const Progress& progress)
{
    RegionList list;
    list.source = dir.string();
    const fs::path manifest = dir / "package.json";
    std::ifstream manifestIn(manifest);
    if (!manifestIn) {
        throw Error(ErrorKind::NotFound, "region.file_missing", "the file cannot be read", manifest.string(),
                    {manifest.string()});
    }
    try {
        const auto json = nlohmann::json::parse(manifestIn);
        list.name = json.at("name").get<std::string>();
        list.version = json.at("version").get<std::string>();
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorKind::UserInput, "region.bad_manifest", std::string("package.json is unreadable: ") + e.what(),
                    manifest.string(), {e.what()});
    }

    const fs::path data = dir / "data";
    readFile(data / "provinces.csv", {{"code", "name"}, 0, 1, -1, -1, isProvinsi}, list, progress);
    readFile(data / "regencies.csv", {{"code", "province_code", "name"}, 0, 2, 1, -1, isKabupatenKotaLevel}, list,
             progress);
    readFile(data / "districts.csv", {{"code", "regency_code", "name"}, 0, 2, 1, -1, isKecamatan}, list, progress);
    readFile(data / "villages.csv", {{"code", "district_code", "name"}, 0, 2, 1, -1, isVillageLevel}, list, progress);
    return list;
}

RegionList readSingleCsv(const fs::path& file, const Progress& progress)
{
    RegionList list;
    list.source = file.string();
    list.name = file.filename().string();
    openCsv(file); // a missing file is reported as such, before its digest is taken
    list.version = "sha256:" + sha256FileHex(file).substr(0, 16);
    readFile(file, {{"code", "name", "level", "parent_code"}, 0, 1, 3, 2, anyLevel}, list, progress);
    return list;
}

} // namespace

RegionList readRegionList(const fs::path& path, const Progress& progress)
{
    std::error_code ec;
    RegionList list = fs::is_directory(path, ec) ? readPackage(path, progress) : readSingleCsv(path, progress);
    checkConsistency(list);
    return list;
}

} // namespace relawas::core

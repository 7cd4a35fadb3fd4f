#include "core/import/sheet/ZipArchive.h"

#include "core/base/Error.h"

#include <algorithm>

#include <fmt/format.h>
#include <zip.h>

namespace relawas::core {

namespace {

[[noreturn]] void damaged(const std::string& archive, const std::string& entry, const std::string& why)
{
    throw Error(ErrorKind::UserInput, "import.xlsx_damaged",
                fmt::format("the workbook is damaged: {} ({})", entry, why), archive, {entry, why});
}

[[noreturn]] void tooLarge(const std::string& archive, const std::string& entry, const std::string& why)
{
    throw Error(ErrorKind::UserInput, "import.xlsx_too_large",
                fmt::format("the workbook is larger than Relawas reads: {} ({})", entry, why), archive, {entry, why});
}

std::string mebibytes(std::uint64_t bytes)
{
    return fmt::format("{} MB", bytes >> 20);
}

} // namespace

ZipEntry::ZipEntry(zip_file* file, std::uint64_t size, std::uint64_t limit, std::string name, std::string archive)
    : m_file(file)
    , m_size(size)
    , m_limit(limit)
    , m_name(std::move(name))
    , m_archive(std::move(archive))
{}

ZipEntry::~ZipEntry()
{
    zip_fclose(m_file);
}

std::size_t ZipEntry::read(char* buffer, std::size_t capacity)
{
    const zip_int64_t count = zip_fread(m_file, buffer, capacity);
    if (count < 0) {
        damaged(m_archive, m_name, zip_error_strerror(zip_file_get_error(m_file)));
    }
    m_bytesRead += static_cast<std::uint64_t>(count);
    if (m_bytesRead > m_size) {
        damaged(m_archive, m_name, "longer than the archive says");
    }
    if (m_bytesRead > m_limit) {
        tooLarge(m_archive, m_name, fmt::format("more than {} uncompressed", mebibytes(m_limit)));
    }
    return static_cast<std::size_t>(count);
}

ZipArchive::ZipArchive(const std::filesystem::path& file)
    : m_path(file.string())
{
    int code = 0;
    m_archive = zip_open(m_path.c_str(), ZIP_RDONLY, &code);
    if (m_archive == nullptr) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const std::string why = zip_error_strerror(&error);
        zip_error_fini(&error);
        if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN || code == ZIP_ER_READ) {
            throw Error(ErrorKind::UserInput, "import.unreadable", fmt::format("the file cannot be read: {}", why),
                        m_path, {m_path});
        }
        throw Error(ErrorKind::UserInput, "import.not_xlsx",
                    fmt::format("the file is not an XLSX workbook (not a ZIP archive: {})", why), m_path, {m_path});
    }
}

ZipArchive::~ZipArchive()
{
    zip_discard(m_archive);
}

std::optional<std::uint64_t> ZipArchive::locate(const std::string& name) const
{
    const zip_int64_t index = zip_name_locate(m_archive, name.c_str(), ZIP_FL_NOCASE);
    if (index < 0) {
        return std::nullopt;
    }
    return static_cast<std::uint64_t>(index);
}

bool ZipArchive::contains(const std::string& name) const
{
    return locate(name).has_value();
}

std::unique_ptr<ZipEntry> ZipArchive::open(const std::string& name, std::uint64_t limit) const
{
    const auto index = locate(name);
    if (!index) {
        damaged(m_path, name, "missing");
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive, *index, 0, &stat) != 0) {
        damaged(m_path, name, zip_error_strerror(zip_get_error(m_archive)));
    }
    const std::uint64_t size = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
    const std::uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
    if (size > limit) {
        tooLarge(m_path, name, fmt::format("{} uncompressed, more than {}", mebibytes(size), mebibytes(limit)));
    }
    if (size > kMaxSmallPartBytes && size / std::max<std::uint64_t>(packed, 1) > kMaxCompressionRatio) {
        tooLarge(m_path, name,
                 fmt::format("{} compressed {} times: a zip bomb", mebibytes(size),
                             size / std::max<std::uint64_t>(packed, 1)));
    }
    zip_file_t* file = zip_fopen_index(m_archive, *index, 0);
    if (file == nullptr) {
        damaged(m_path, name, zip_error_strerror(zip_get_error(m_archive)));
    }
    return std::make_unique<ZipEntry>(file, size, limit, name, m_path);
}

std::string ZipArchive::readAll(const std::string& name, std::uint64_t limit) const
{
    const auto entry = open(name, limit);
    std::string text;
    char buffer[65536];
    while (const std::size_t count = entry->read(buffer, sizeof buffer)) {
        text.append(buffer, count);
    }
    return text;
}

} // namespace relawas::core

#pragma once

#include "core/import/sheet/ReadLimits.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

struct zip;
struct zip_file;

namespace relawas::core {

// One entry of a ZIP archive, read front to back in chunks.
class ZipEntry
{
public:
    ZipEntry(zip_file* file, std::uint64_t size, std::uint64_t limit, std::string name, std::string archive);
    ~ZipEntry();
    ZipEntry(const ZipEntry&) = delete;
    ZipEntry& operator=(const ZipEntry&) = delete;

    // Reads up to `capacity` bytes; 0 at the end. Throws Error "import.xlsx_damaged" when the data is corrupt,
    // "import.xlsx_too_large" when it grows past the limit it was opened with (whatever its header claimed).
    std::size_t read(char* buffer, std::size_t capacity);

    std::uint64_t size() const { return m_size; } // uncompressed
    std::uint64_t bytesRead() const { return m_bytesRead; }
    const std::string& name() const { return m_name; }
    const std::string& archive() const { return m_archive; } // the file it is in

private:
    zip_file* m_file;
    std::uint64_t m_size;
    std::uint64_t m_limit;
    std::uint64_t m_bytesRead = 0;
    std::string m_name;
    std::string m_archive;
};

// A ZIP archive opened for reading (an XLSX file is one), through libzip.
class ZipArchive
{
public:
    // Throws Error "import.unreadable" when the file cannot be opened, "import.not_xlsx" when it is not a ZIP archive.
    explicit ZipArchive(const std::filesystem::path& file);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool contains(const std::string& name) const;
    // Throws Error "import.xlsx_damaged" when the entry is missing or cannot be opened, "import.xlsx_too_large" when
    // it is larger than `limit` uncompressed or grows more than kMaxCompressionRatio times (a zip bomb).
    std::unique_ptr<ZipEntry> open(const std::string& name, std::uint64_t limit = kMaxPartBytes) const;
    // The whole entry; for the small parts of a workbook (relationships, styles), never for a worksheet.
    std::string readAll(const std::string& name, std::uint64_t limit = kMaxSmallPartBytes) const;

private:
    std::optional<std::uint64_t> locate(const std::string& name) const;

    zip* m_archive = nullptr;
    std::string m_path;
};

} // namespace relawas::core

#include "FuzzSupport.h"

#include "core/import/sheet/ReadLimits.h"
#include "core/import/sheet/SheetRows.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>

#include <unistd.h>

namespace relawas::fuzz {

namespace fs = std::filesystem;

namespace {

class ScratchFolder
{
public:
    ScratchFolder()
    {
        std::error_code error;
        const fs::path base = fs::is_directory("/dev/shm", error) ? fs::path("/dev/shm") : fs::temp_directory_path();
        m_path = base / ("relawas-fuzz-" + std::to_string(getpid()));
        fs::create_directories(m_path);
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        fs::remove_all(m_path, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

// "YYYY-MM-DD", the text of a date cell.
bool isIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
    }
    return true;
}

} // namespace

const fs::path& scratchFolder()
{
    static const ScratchFolder folder;
    return folder.path();
}

fs::path writeScratchFile(std::string_view name, std::string_view bytes)
{
    const fs::path file = scratchFolder() / name;
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
        // Not a finding: the machine is out of room, and every input after this one would fail the same way.
        std::fprintf(stderr, "fuzz: cannot write %s\n", file.c_str());
        std::_Exit(2);
    }
    return file;
}

std::vector<std::string_view> splitAt(std::string_view bytes, char separator)
{
    std::vector<std::string_view> pieces;
    for (;;) {
        const auto end = bytes.find(separator);
        pieces.push_back(bytes.substr(0, end));
        if (end == std::string_view::npos) {
            return pieces;
        }
        bytes.remove_prefix(end + 1);
    }
}

void expect(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: expectation failed: %s\n", what);
        std::abort();
    }
}

std::size_t readEveryRow(core::SheetRows& rows)
{
    core::SheetRow row;
    std::size_t count = 0;
    while (count <= core::kMaxSheetRows && rows.next(row)) {
        ++count;
        expect(row.cells.size() <= core::kMaxColumns, "a row has at most kMaxColumns cells");
        for (const auto& cell : row.cells) {
            expect(cell.text.size() <= core::kMaxCellBytes, "a cell holds at most kMaxCellBytes");
            expect(cell.kind != core::SheetCell::Kind::CalendarDate || isIsoDate(cell.text),
                   "a date cell reads YYYY-MM-DD");
        }
        expect(rows.bytesTotal() == 0 || rows.bytesRead() <= rows.bytesTotal(), "progress stays within the total");
    }
    return count;
}

} // namespace relawas::fuzz

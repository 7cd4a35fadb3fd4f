#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>
#include <vector>

namespace relawas::core {
class SheetRows;
}

// What every fuzz target shares. The readers of the import take file paths, so an input is written to a file first.
namespace relawas::fuzz {

// The bytes libFuzzer hands over, as text.
inline std::string_view bytesOf(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

// A folder of this process's own, in memory when /dev/shm exists, removed at exit: parallel jobs never share files.
const std::filesystem::path& scratchFolder();

// Writes `bytes` to `name` in the scratch folder, replacing what was there, and returns the file's path.
std::filesystem::path writeScratchFile(std::string_view name, std::string_view bytes);

// The pieces of `bytes` between `separator` bytes; one piece when there is none.
std::vector<std::string_view> splitAt(std::string_view bytes, char separator);

// A property the code promises was broken: prints `what` and aborts, so that libFuzzer saves the input as a crash.
void expect(bool condition, const char* what);

// Reads every row as the import does (at most kMaxSheetRows + 1 of them) and checks what the readers promise: no cell
// longer than kMaxCellBytes, no row wider than kMaxColumns, a date cell as "YYYY-MM-DD", progress within the total
// (a part longer than its ZIP header says is damaged). Returns how many rows were read.
std::size_t readEveryRow(core::SheetRows& rows);

} // namespace relawas::fuzz

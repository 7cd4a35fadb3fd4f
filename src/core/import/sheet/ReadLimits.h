#pragma once

#include <cstddef>
#include <cstdint>

namespace relawas::core {

// The most a spreadsheet from a stranger may hold. Each is far above what a roster needs and low enough that memory
// stays bounded whatever the file claims: past a cell's or a row's limit the row is refused with its place, past the
// others the whole file is refused with a message naming the limit. docs/reliability.md lists them.

// A cell's text, in bytes: Excel itself holds at most 32,767 characters in a cell. Readers keep the first
// kMaxCellBytes and mark the cell cut; the import refuses such a row.
inline constexpr std::size_t kMaxCellBytes = 32767;
// Columns of a row: Excel's XFD. Cells past it are dropped and the row refused.
inline constexpr std::size_t kMaxColumns = 16384;
// Rows of a sheet or records of a CSV file: Excel's own limit.
inline constexpr std::size_t kMaxSheetRows = 1048576;
// One <row> of a worksheet (or one <si> of its shared strings) as XML, or one record of a CSV file: a row of a roster
// is a few hundred bytes.
inline constexpr std::size_t kMaxRowXmlBytes = std::size_t{4} << 20;
// A part of a workbook, uncompressed: a worksheet of a million people is about 300 MB.
inline constexpr std::uint64_t kMaxPartBytes = std::uint64_t{768} << 20;
// The parts read whole (the workbook, its relationships, its styles).
inline constexpr std::uint64_t kMaxSmallPartBytes = std::uint64_t{16} << 20;
// How much a part may grow when it is uncompressed, checked once it is larger than kMaxSmallPartBytes: XML compresses
// well, but not a thousandfold; a zip bomb does.
inline constexpr std::uint64_t kMaxCompressionRatio = 400;
// The shared strings of a workbook, all together, and how many there are.
inline constexpr std::uint64_t kMaxSharedStringBytes = std::uint64_t{256} << 20;
inline constexpr std::size_t kMaxSharedStrings = 4'000'000;
// Cell formats (Excel's own limit is 64,000); those past it read as plain numbers.
inline constexpr std::size_t kMaxCellStyles = 65536;

} // namespace relawas::core

// The region-list loader (readRegionList), on a list a user points the program at. Without the byte 0x1E the input
// is one CSV with the header `code,name,level,parent_code`; with it, the input is an idn-area-data package folder:
// provinces.csv, regencies.csv, districts.csv and villages.csv, separated by 0x1E, with a package.json of its own.
// Besides the sanitizers it checks what a list that is accepted promises: every code once and its parent in the list.
#include "FuzzSupport.h"
#include "core/base/Error.h"
#include "core/regions/RegionList.h"

#include <array>
#include <filesystem>
#include <unordered_set>

using namespace relawas::core;
using relawas::fuzz::expect;

namespace {

constexpr char kFileSeparator = '\x1E';
constexpr std::array kPackageFiles = {"provinces.csv", "regencies.csv", "districts.csv", "villages.csv"};

std::filesystem::path writePackage(std::string_view bytes)
{
    const std::filesystem::path folder = relawas::fuzz::scratchFolder() / "package";
    std::filesystem::create_directories(folder / "data");
    relawas::fuzz::writeScratchFile("package/package.json",
                                    R"({"name": "idn-area-data", "version": "4.0.1", "license": "ODbL-1.0"})");
    const auto files = relawas::fuzz::splitAt(bytes, kFileSeparator);
    for (std::size_t i = 0; i < kPackageFiles.size(); ++i) {
        relawas::fuzz::writeScratchFile(std::string("package/data/") + kPackageFiles[i],
                                        i < files.size() ? files[i] : std::string_view());
    }
    return folder;
}

void expectConsistent(const RegionList& list)
{
    expect(!list.entries.empty(), "an accepted list holds regions");
    std::unordered_set<std::string> codes;
    for (const auto& entry : list.entries) {
        expect(codes.insert(entry.region.code).second, "an accepted list holds every code once");
        expect(!entry.region.name.empty(), "every region of an accepted list has a name");
    }
    for (const auto& entry : list.entries) {
        expect(entry.region.parentCode.empty() || codes.contains(entry.region.parentCode),
               "the parent of every region of an accepted list is in it");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = relawas::fuzz::bytesOf(data, size);
    const bool package = bytes.find(kFileSeparator) != std::string_view::npos;
    const std::filesystem::path path =
        package ? writePackage(bytes) : relawas::fuzz::writeScratchFile("regions.csv", bytes);
    try {
        expectConsistent(readRegionList(path));
    } catch (const Error&) {
        // refused with the file and the line: what the region import shows
    }
    return 0;
}

#include "core/base/OutputFile.h"

#include "ErrorCodeOf.h"
#include "TempDir.h"
#include "core/base/Error.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

#include <sys/stat.h>

using namespace relawas::core;
using relawas::tests::errorCodeOf;
using relawas::tests::TempDir;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

unsigned modeOf(const fs::path& file)
{
    struct stat info
    {};
    REQUIRE(::stat(file.c_str(), &info) == 0);
    return info.st_mode & 0777U;
}

} // namespace

TEST_CASE("An output may not be the database, its companions or the file being read, by any name", "[output]")
{
    TempDir dir;
    const fs::path db = dir / "relawas.db";
    const fs::path input = dir / "relawan.csv";
    std::ofstream(db) << "SQLite format 3";
    std::ofstream(input) << "Nama\r\n";
    fs::create_directories(dir / "sub");
    fs::create_symlink(db, dir / "link.db");

    for (const fs::path& output :
         {db, dir / "sub" / ".." / "relawas.db", dir / "link.db", fs::path(db.string() + "-wal"),
          fs::path(db.string() + "-shm"), fs::path(db.string() + "-journal"), input}) {
        INFO(output.string());
        CHECK(errorCodeOf([&] { checkOutputPath(output, db, {input}); }) == "output.would_overwrite");
    }
    CHECK(errorCodeOf([&] { checkOutputPath(dir / "ditolak.csv", db, {input}); }) == "no error");
    CHECK(readAll(db) == "SQLite format 3"); // nothing was touched
}

TEST_CASE("A private file is written whole, for its owner only, or not at all", "[output]")
{
    TempDir dir;
    const fs::path out = dir / "ditolak.csv";
    std::ofstream(out) << "old content";
    ::chmod(out.c_str(), 0644);

    writePrivateFile(out, "NIK;Alasan\r\n1219070101900001;x\r\n");
    CHECK(readAll(out) == "NIK;Alasan\r\n1219070101900001;x\r\n");
    CHECK(modeOf(out) == 0600U);
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1); // no temporary left

    SECTION("a folder that does not exist, or a folder as the output, is said before anything is written")
    {
        CHECK(errorCodeOf([&] { checkOutputWritable(dir / "missing" / "x.csv"); }) == "output.not_writable");
        CHECK(errorCodeOf([&] { checkOutputWritable(dir.path()); }) == "output.not_writable");
        CHECK(errorCodeOf([&] { writePrivateFile(dir / "missing" / "x.csv", "x"); }) == "output.not_writable");
        CHECK(errorCodeOf([&] { checkOutputWritable(dir / "new.csv"); }) == "no error");
        CHECK_FALSE(fs::exists(dir / "new.csv"));
    }
}

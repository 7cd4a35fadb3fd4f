#include "core/import/sheet/TextDecoding.h"

#include "TempDir.h"
#include "core/import/sheet/DecodingStreamBuf.h"
#include "import/ImportTestSupport.h"

#include <catch2/catch.hpp>
#include <istream>
#include <iterator>

using namespace relawas::core;
using namespace relawas::tests;

namespace {

std::string decodedFile(const std::filesystem::path& file, TextEncoding encoding)
{
    DecodingStreamBuf buffer(file, encoding);
    std::istream in(&buffer);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("UTF-8 is told from bytes that are not", "[import][encoding]")
{
    CHECK(isValidUtf8("Muh. Ja\xE2\x80\x99"
                      "far"));
    CHECK(isValidUtf8("\xEF\xBB\xBFNama"));
    CHECK(isValidUtf8("\xF0\x9F\x98\x80"));
    CHECK_FALSE(isValidUtf8("Muh. Ja\x92"
                            "far"));              // Windows-1252 apostrophe
    CHECK_FALSE(isValidUtf8("Jos\xE9"));          // Latin-1 é at the end
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong "/"
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // a surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // past U+10FFFF

    SECTION("a sequence cut by the end of a chunk is carried, not judged")
    {
        const auto scan = scanUtf8("ab\xE2\x80");
        CHECK(scan.complete);
        CHECK(scan.validPrefix == 2);
    }
}

TEST_CASE("Windows-1252 becomes UTF-8, the 0x80-0x9F range included", "[import][encoding]")
{
    CHECK(windows1252ToUtf8("Muh. Ja\x92"
                            "far") == "Muh. Ja\xE2\x80\x99"
                                      "far");
    CHECK(windows1252ToUtf8("Jos\xE9") == "Jos\xC3\xA9");
    CHECK(windows1252ToUtf8("\x80 \x93Ibu\x94") == "\xE2\x82\xAC \xE2\x80\x9CIbu\xE2\x80\x9D");
    CHECK(windows1252ToUtf8("\x81") == "\xC2\x81"); // undefined in the code page: kept as the C1 control
    CHECK(windows1252ToUtf8("plain") == "plain");
}

TEST_CASE("A file's encoding is found from all its bytes", "[import][encoding]")
{
    TempDir dir;
    writeBytes(dir / "utf8.csv", "\xEF\xBB\xBFNama;NIK\r\nJa\xE2\x80\x99"
                                 "far;1\r\n");
    writeBytes(dir / "ansi.csv", "Nama;NIK\r\nJa\x92"
                                 "far;1\r\n");
    writeBytes(dir / "utf16.txt", std::string("\xFF\xFEN\0a\0", 6));
    CHECK(detectTextEncoding(dir / "utf8.csv") == TextEncoding::Utf8);
    CHECK(detectTextEncoding(dir / "ansi.csv") == TextEncoding::Windows1252);
    CHECK(detectTextEncoding(dir / "utf16.txt") == TextEncoding::Utf16Le);

    SECTION("a Windows-1252 byte after the first 64 KiB still counts")
    {
        writeBytes(dir / "late.csv", "Nama\r\n" + std::string(70000, 'a') +
                                         "\r\nJa\x92"
                                         "far\r\n");
        CHECK(detectTextEncoding(dir / "late.csv") == TextEncoding::Windows1252);
    }
    SECTION("a UTF-8 character across the 64 KiB boundary is still UTF-8")
    {
        writeBytes(dir / "boundary.csv", std::string(65535, 'a') + "\xE2\x80\x99");
        CHECK(detectTextEncoding(dir / "boundary.csv") == TextEncoding::Utf8);
    }
    SECTION("a UTF-8 file with one damaged byte stays UTF-8: its other letters say what it is")
    {
        writeBytes(dir / "damaged.csv", "Nama\r\n\xC3\x96z \xC3\x87"
                                        "elik\r\nAndi\xFF\r\nJa\xE2\x80\x99"
                                        "far\r\n");
        CHECK(detectTextEncoding(dir / "damaged.csv") == TextEncoding::Utf8);
    }
    SECTION("a Windows-1252 file with a byte that happens to start a UTF-8 pair is still Windows-1252")
    {
        writeBytes(dir / "ansi2.csv", "Nama\r\n\xD6z \xC7"
                                      "elik\r\nJos\xE9\r\nG\xFCl\r\n");
        CHECK(detectTextEncoding(dir / "ansi2.csv") == TextEncoding::Windows1252);
    }
    SECTION("UTF-16 without a byte-order mark, either byte order, and UTF-16BE with one")
    {
        const std::string text = "Nama;NIK\r\nAndi;1\r\n";
        std::string little;
        std::string big;
        for (const char c : text) {
            little += std::string{c, '\0'};
            big += std::string{'\0', c};
        }
        writeBytes(dir / "le.txt", little);
        writeBytes(dir / "be.txt", big);
        writeBytes(dir / "be-bom.txt", "\xFE\xFF" + big);
        CHECK(detectTextEncoding(dir / "le.txt") == TextEncoding::Utf16Le);
        CHECK(detectTextEncoding(dir / "be.txt") == TextEncoding::Utf16Be);
        CHECK(detectTextEncoding(dir / "be-bom.txt") == TextEncoding::Utf16Be);
        for (const auto* name : {"le.txt", "be.txt", "be-bom.txt"}) {
            DecodingStreamBuf buffer(dir / name, detectTextEncoding(dir / name));
            std::istream in(&buffer);
            const std::string decoded{std::istreambuf_iterator<char>(in), {}};
            CHECK(decoded == text);
        }
    }
    SECTION("a file that is not there is named")
    {
        CHECK_THROWS_WITH(detectTextEncoding(dir / "missing.csv"), Catch::Contains("missing.csv"));
    }
}

TEST_CASE("The decoding stream gives UTF-8 whatever the file holds", "[import][encoding]")
{
    TempDir dir;
    SECTION("Windows-1252")
    {
        writeBytes(dir / "a.csv", "Ja\x92"
                                  "far");
        CHECK(decodedFile(dir / "a.csv", TextEncoding::Windows1252) == "Ja\xE2\x80\x99"
                                                                       "far");
    }
    SECTION("UTF-16LE, as Excel saves \"Unicode Text\", with a character outside the BMP")
    {
        const std::string bytes("\xFF\xFE"
                                "J\0a\0\x19\x20"
                                "f\0\t\0"
                                "\x3D\xD8\x00\xDE",
                                16);
        writeBytes(dir / "u.txt", bytes);
        CHECK(decodedFile(dir / "u.txt", TextEncoding::Utf16Le) == "Ja\xE2\x80\x99"
                                                                   "f\t\xF0\x9F\x98\x80");
    }
    SECTION("UTF-16LE larger than one chunk, a surrogate pair split across chunks")
    {
        std::string bytes("\xFF\xFE", 2);
        for (int i = 0; i < 32766; ++i) {
            bytes += std::string("a\0", 2);
        }
        bytes += std::string("\x3D\xD8\x00\xDE", 4); // starts at byte 65534: cut after its high surrogate
        writeBytes(dir / "big.txt", bytes);
        const std::string text = decodedFile(dir / "big.txt", TextEncoding::Utf16Le);
        CHECK(text.size() == 32766 + 4);
        CHECK(text.substr(32766) == "\xF0\x9F\x98\x80");
    }
    SECTION("progress counts the bytes of the file")
    {
        writeBytes(dir / "p.csv", std::string(100000, 'x'));
        DecodingStreamBuf buffer(dir / "p.csv", TextEncoding::Utf8);
        std::istream in(&buffer);
        std::string all{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        CHECK(all.size() == 100000);
        CHECK(buffer.bytesRead() == 100000);
        CHECK(buffer.fileSize() == 100000);
    }
}

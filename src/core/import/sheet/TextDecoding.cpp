#include "core/import/sheet/TextDecoding.h"

#include "core/base/Error.h"

#include <array>
#include <fstream>

namespace relawas::core {

namespace {

// U+0080..U+009F as Windows-1252 fills them; 0 where the code page leaves the byte undefined.
constexpr std::array<char16_t, 32> kHighControls = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                                    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string_view textEncodingId(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "utf-8";
    case TextEncoding::Windows1252:
        return "windows-1252";
    case TextEncoding::Utf16Le:
        return "utf-16le";
    }
    return "utf-8";
}

std::string windows1252ToUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x80 && b < 0xA0 && kHighControls[b - 0x80] != 0) {
            appendUtf8(out, kHighControls[b - 0x80]);
        } else {
            appendUtf8(out, b);
        }
    }
    return out;
}

TextEncoding detectTextEncoding(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::UserInput, "import.unreadable", "the file cannot be read", file.string(),
                    {file.string()});
    }
    std::array<char, 65536> buffer{};
    std::string carry;
    bool first = true;
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        std::string chunk = carry + std::string(buffer.data(), static_cast<std::size_t>(in.gcount()));
        if (first) {
            first = false;
            if (chunk.size() >= 2 && chunk[0] == '\xFF' && chunk[1] == '\xFE') {
                return TextEncoding::Utf16Le;
            }
        }
        const auto scan = scanUtf8(chunk);
        if (!scan.complete) {
            return TextEncoding::Windows1252;
        }
        carry = chunk.substr(scan.validPrefix);
    }
    return carry.empty() ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

} // namespace relawas::core

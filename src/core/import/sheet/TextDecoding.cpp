#include "core/import/sheet/TextDecoding.h"

#include "core/base/Error.h"

#include <array>
#include <fstream>
#include <optional>

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
    case TextEncoding::Utf16Be:
        return "utf-16be";
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

namespace {

// Zero bytes in odd and even places of the first chunk tell UTF-16 without a byte-order mark.
std::optional<TextEncoding> utf16ByZeros(std::string_view chunk)
{
    std::size_t pairs = chunk.size() / 2;
    if (pairs < 2) {
        return std::nullopt;
    }
    std::size_t zeroEven = 0;
    std::size_t zeroOdd = 0;
    for (std::size_t i = 0; i + 1 < chunk.size(); i += 2) {
        zeroEven += chunk[i] == '\0' ? 1 : 0;
        zeroOdd += chunk[i + 1] == '\0' ? 1 : 0;
    }
    if (zeroOdd * 2 > pairs && zeroEven * 8 < pairs) {
        return TextEncoding::Utf16Le;
    }
    if (zeroEven * 2 > pairs && zeroOdd * 8 < pairs) {
        return TextEncoding::Utf16Be;
    }
    return std::nullopt;
}

} // namespace

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
    std::uint64_t sequences = 0; // valid UTF-8 sequences of two bytes or more
    std::uint64_t invalid = 0;   // bytes that start no valid sequence
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        std::string chunk = carry + std::string(buffer.data(), static_cast<std::size_t>(in.gcount()));
        if (first) {
            first = false;
            if (chunk.starts_with("\xFF\xFE")) {
                return TextEncoding::Utf16Le;
            }
            if (chunk.starts_with("\xFE\xFF")) {
                return TextEncoding::Utf16Be;
            }
            if (chunk.starts_with("\xEF\xBB\xBF")) {
                return TextEncoding::Utf8;
            }
            if (const auto utf16 = utf16ByZeros(chunk)) {
                return *utf16;
            }
        }
        std::string_view rest(chunk);
        for (;;) {
            const auto scan = scanUtf8(rest);
            for (std::size_t i = 0; i < scan.validPrefix; ++i) {
                sequences += (static_cast<unsigned char>(rest[i]) & 0xC0) == 0xC0 ? 1 : 0;
            }
            if (scan.complete) {
                carry = std::string(rest.substr(scan.validPrefix));
                break;
            }
            ++invalid;
            rest.remove_prefix(scan.validPrefix + 1);
        }
    }
    invalid += carry.empty() ? 0 : 1;
    return invalid == 0 || sequences >= invalid ? TextEncoding::Utf8 : TextEncoding::Windows1252;
}

} // namespace relawas::core

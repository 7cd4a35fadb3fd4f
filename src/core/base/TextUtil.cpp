#include "core/base/TextUtil.h"

#include "core/base/Error.h"

#include <algorithm>
#include <array>
#include <fstream>

#include <fmt/format.h>
#include <sodium.h>

namespace relawas::core {

std::string collapseSpaces(std::string_view text)
{
    std::string result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !result.empty();
            continue;
        }
        if (pendingSpace) {
            result += ' ';
            pendingSpace = false;
        }
        result += c;
    }
    return result;
}

Utf8Scan scanUtf8(std::string_view bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return {i, false};
        }
        for (std::size_t k = 1; k < length; ++k) {
            if (i + k >= n) {
                return {i, true}; // cut off by the end of the chunk
            }
            const unsigned char next = p[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xBF;
            if (next < min || next > max) {
                return {i, false};
            }
        }
        i += length;
    }
    return {n, true};
}

bool isValidUtf8(std::string_view bytes)
{
    const auto scan = scanUtf8(bytes);
    return scan.complete && scan.validPrefix == bytes.size();
}

std::string withoutApostrophes(std::string_view text)
{
    // UTF-8 of U+2018 and U+2019 (quotation marks used as apostrophes), U+02BC (modifier letter) and U+00B4 (acute).
    static constexpr std::string_view kWide[] = {"\xE2\x80\x98", "\xE2\x80\x99", "\xCA\xBC", "\xC2\xB4"};
    std::string result;
    result.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '\'' || text[i] == '`') {
            ++i;
            continue;
        }
        const auto wide = std::find_if(std::begin(kWide), std::end(kWide),
                                       [&](std::string_view mark) { return text.substr(i).starts_with(mark); });
        if (wide != std::end(kWide)) {
            i += wide->size();
            continue;
        }
        result += text[i++];
    }
    return result;
}

std::string lowerHex(const unsigned char* bytes, std::size_t size)
{
    std::string hex;
    hex.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        hex += fmt::format("{:02x}", bytes[i]);
    }
    return hex;
}

std::string sha256FileHex(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(ErrorKind::NotFound, "file.unreadable", "the file cannot be read", path.string(), {path.string()});
    }
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::array<char, 65536> buffer{};
    while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(buffer.data()),
                                  static_cast<unsigned long long>(in.gcount()));
    }
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return lowerHex(digest.data(), digest.size());
}

} // namespace relawas::core

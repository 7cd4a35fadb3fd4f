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
    std::string hex;
    for (const unsigned char byte : digest) {
        hex += fmt::format("{:02x}", byte);
    }
    return hex;
}

} // namespace relawas::core

#include "TerminalText.h"

#include "core/base/TextUtil.h"

#include <algorithm>

#include <fmt/format.h>

namespace relawas::cli {

namespace {

// The code point of the UTF-8 sequence of `length` bytes at the start of `bytes`.
char32_t codePoint(std::string_view bytes, std::size_t length)
{
    const auto byte = [&bytes](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(bytes[i])); };
    switch (length) {
    case 1:
        return byte(0);
    case 2:
        return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
        return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
        return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    }
}

std::size_t sequenceLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

bool acts(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

std::string terminalText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const auto lead = static_cast<unsigned char>(text.front());
        const std::size_t length = std::min(sequenceLength(lead), text.size());
        if (!core::isValidUtf8(text.substr(0, length)) || (length == 1 && lead >= 0x80)) {
            out += fmt::format("\\x{:02X}", lead);
            text.remove_prefix(1);
            continue;
        }
        const char32_t c = codePoint(text, length);
        if (c < 0x80 && acts(c)) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned>(c));
        } else if (acts(c)) {
            out += fmt::format("<U+{:04X}>", static_cast<unsigned>(c));
        } else {
            out.append(text.substr(0, length));
        }
        text.remove_prefix(length);
    }
    return out;
}

std::size_t displayWidth(std::string_view text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

} // namespace relawas::cli

#include "core/people/checks/NameText.h"

#include <string>

namespace relawas::core {

namespace {

// The code point at `at` of valid UTF-8 and its length; nullopt for bytes that are not UTF-8 (overlong forms,
// surrogates and values beyond U+10FFFF included).
std::optional<std::pair<char32_t, std::size_t>> decodeAt(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) {
        return std::pair{char32_t(lead), std::size_t(1)};
    }
    std::size_t length = 0;
    char32_t value = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
    } else {
        return std::nullopt;
    }
    if (at + length > text.size()) {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80) {
            return std::nullopt;
        }
        value = (value << 6) | (byte(i) & 0x3F);
    }
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < kSmallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        return std::nullopt;
    }
    return std::pair{value, length};
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
           c == 0x200E || c == 0x200F || c == 0x061C;
}

bool isInvisible(char32_t c)
{
    return c == ' ' || c == 0xA0 || (c >= 0x2000 && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x3000 ||
           c == 0x202F || c == 0x205F;
}

} // namespace

std::optional<ValidationIssue> nameTextProblem(std::string_view name)
{
    std::size_t characters = 0;
    bool visible = false;
    std::optional<char32_t> first;
    for (std::size_t at = 0; at < name.size();) {
        const auto decoded = decodeAt(name, at);
        if (!decoded) {
            return ValidationIssue{"text.invalid_utf8", "the name holds bytes that are not text (not UTF-8)", {}};
        }
        const auto [c, length] = *decoded;
        if (isControl(c) && c != '\t') {
            return ValidationIssue{"person.name_control",
                                   "the name holds a control character (a terminal escape, NUL or a direction "
                                   "override)",
                                   {}};
        }
        if (!isInvisible(c) && c != '\t') {
            if (!first) {
                first = c;
            }
            visible = true;
        }
        ++characters;
        at += length;
    }
    if (!visible) {
        return ValidationIssue{"person.name_required", "the full name is required", {}};
    }
    if (*first == '=' || *first == '+' || *first == '-' || *first == '@') {
        return ValidationIssue{"person.name_formula",
                               "a name does not begin with = + - or @ (a spreadsheet would run it as a formula)",
                               {}};
    }
    if (characters > kLongestName) {
        return ValidationIssue{"person.name_too_long",
                               "the name is longer than " + std::to_string(kLongestName) + " characters",
                               {std::to_string(kLongestName), std::to_string(characters)}};
    }
    return std::nullopt;
}

} // namespace relawas::core

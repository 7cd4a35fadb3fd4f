#include "core/people/checks/NameText.h"

#include "core/base/TextUtil.h"

#include <string>
#include <utility>

namespace relawas::core {

namespace {

// The code point at `at` of text already known to be valid UTF-8, and its length in bytes.
std::pair<char32_t, std::size_t> decodeAt(std::string_view text, std::size_t at)
{
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t value = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i) {
        value = (value << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    }
    return {value, length};
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
    if (!isValidUtf8(name)) {
        return ValidationIssue{"text.invalid_utf8", "the name holds bytes that are not text (not UTF-8)", {}};
    }
    std::size_t characters = 0;
    bool visible = false;
    std::optional<char32_t> first;
    for (std::size_t at = 0; at < name.size();) {
        const auto [c, length] = decodeAt(name, at);
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

#include "core/people/checks/Email.h"

#include <algorithm>

namespace relawas::core {

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && isAsciiSpace(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && isAsciiSpace(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

bool wellFormed(std::string_view address)
{
    const auto at = address.find('@');
    if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    // Any whitespace, including a no-break space (its UTF-8 bytes C2 A0), is a typing slip.
    if (std::any_of(address.begin(), address.end(), isAsciiSpace) || address.find("\u00A0") != std::string_view::npos) {
        return false;
    }
    const std::string_view local = address.substr(0, at);
    const std::string_view domain = address.substr(at + 1);
    if (local.empty() || domain.find('.') == std::string_view::npos) {
        return false;
    }
    // Every label of the domain is non-empty: no "a@b..com", "a@.com" or "a@b.com."
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = domain.find('.', start);
        const std::size_t end = dot == std::string_view::npos ? domain.size() : dot;
        if (end == start) {
            return false;
        }
        if (dot == std::string_view::npos) {
            return true;
        }
        start = dot + 1;
    }
}

} // namespace

std::vector<ValidationIssue> checkEmail(std::string_view text)
{
    const std::string_view address = trim(text);
    if (address.empty() || wellFormed(address)) {
        return {};
    }
    return {{"email.invalid", "not an e-mail address (like nama@contoh.id)", {}}};
}

} // namespace relawas::core

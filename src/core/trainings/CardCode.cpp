#include "core/trainings/CardCode.h"

#include "core/base/Error.h"
#include "core/base/Sodium.h"

#include <algorithm>

#include <sodium.h>

namespace relawas::core {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool wellMixed(std::string_view code)
{
    return std::any_of(code.begin(), code.end(), isDigit) &&
           std::any_of(code.begin(), code.end(), [](char c) { return !isDigit(c); });
}
} // namespace

std::string randomCardCode()
{
    requireSodium();
    std::string code;
    do {
        code.clear();
        for (std::size_t i = 0; i < kCardCodeLength; ++i) {
            code += kCardCodeAlphabet[randombytes_uniform(std::uint32_t(kCardCodeAlphabet.size()))];
        }
    } while (!wellMixed(code));
    return code;
}

std::optional<std::string> normaliseCardCode(std::string_view input)
{
    std::string code;
    for (const char c : input) {
        if (c == ' ' || c == '-' || c == '\t') {
            continue;
        }
        const char upper = (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        if (kCardCodeAlphabet.find(upper) == std::string_view::npos || code.size() == kCardCodeLength) {
            return std::nullopt;
        }
        code += upper;
    }
    if (code.size() != kCardCodeLength || !wellMixed(code)) {
        return std::nullopt;
    }
    return code;
}

std::string groupedCardCode(std::string_view code)
{
    if (code.size() != kCardCodeLength) {
        return std::string(code);
    }
    return std::string(code.substr(0, 4)) + "-" + std::string(code.substr(4));
}

} // namespace relawas::core

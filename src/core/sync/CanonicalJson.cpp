#include "core/sync/CanonicalJson.h"

#include "core/base/Error.h"
#include "core/base/TextUtil.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace relawas::core {

namespace {

// UTF-16 code units of a UTF-8 key, for RFC 8785's sort order (it differs from byte order only past U+FFFF).
std::u16string utf16(const std::string& text)
{
    std::u16string units;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const int length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        std::uint32_t code = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (int k = 1; k < length && i + std::size_t(k) < text.size(); ++k) {
            code = (code << 6) | (static_cast<unsigned char>(text[i + std::size_t(k)]) & 0x3Fu);
        }
        if (code >= 0x10000) {
            code -= 0x10000;
            units += static_cast<char16_t>(0xD800 + (code >> 10));
            units += static_cast<char16_t>(0xDC00 + (code & 0x3FF));
        } else {
            units += static_cast<char16_t>(code);
        }
        i += std::size_t(length);
    }
    return units;
}

void append(std::string& out, const nlohmann::json& value);

void appendObject(std::string& out, const nlohmann::json& value)
{
    // nlohmann::json keeps members sorted by their bytes, which is RFC 8785's order for names in ASCII (every name
    // the format has); other names are sorted again by their UTF-16 code units.
    const auto& members = value.get_ref<const nlohmann::json::object_t&>();
    const bool ascii = std::all_of(members.begin(), members.end(), [](const auto& member) {
        return std::all_of(member.first.begin(), member.first.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    });
    std::vector<std::pair<std::u16string, const nlohmann::json::object_t::value_type*>> order;
    if (!ascii) {
        for (const auto& member : members) {
            order.emplace_back(utf16(member.first), &member);
        }
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    }
    out += '{';
    bool first = true;
    const auto appendMember = [&](const nlohmann::json::object_t::value_type& member) {
        out += first ? "" : ",";
        first = false;
        appendCanonicalString(out, member.first);
        out += ':';
        append(out, member.second);
    };
    if (ascii) {
        for (const auto& member : members) {
            appendMember(member);
        }
    } else {
        for (const auto& [units, member] : order) {
            appendMember(*member);
        }
    }
    out += '}';
}

void append(std::string& out, const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        out += "null";
        return;
    case nlohmann::json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case nlohmann::json::value_t::number_integer:
        out += std::to_string(value.get<std::int64_t>());
        return;
    case nlohmann::json::value_t::number_unsigned:
        out += std::to_string(value.get<std::uint64_t>());
        return;
    case nlohmann::json::value_t::number_float:
        out += es6Number(value.get<double>());
        return;
    case nlohmann::json::value_t::string:
        appendCanonicalString(out, value.get_ref<const std::string&>());
        return;
    case nlohmann::json::value_t::array: {
        out += '[';
        bool first = true;
        for (const auto& item : value) {
            out += first ? "" : ",";
            first = false;
            append(out, item);
        }
        out += ']';
        return;
    }
    case nlohmann::json::value_t::object: {
        appendObject(out, value);
        return;
    }
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        break;
    }
    throw Error(ErrorKind::Internal, "report.not_representable", "a value that JSON cannot hold", {}, {});
}

} // namespace

void appendCanonicalString(std::string& out, std::string_view text)
{
    out += '"';
    // Runs of characters that stand as they are are copied whole; UTF-8 is checked only where a byte is not ASCII.
    std::size_t run = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            ascii = false;
            continue;
        }
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue; // '/' and U+007F included
        }
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += fmt::format("\\u{:04x}", unsigned(c));
        }
    }
    if (!ascii && !isValidUtf8(text)) {
        throw Error(ErrorKind::UserInput, "report.text_not_utf8", "a string is not valid UTF-8", {}, {});
    }
    out.append(text.substr(run));
    out += '"';
}

std::string es6Number(double value)
{
    if (!std::isfinite(value)) {
        throw Error(ErrorKind::UserInput, "report.number_not_finite", "NaN and infinities are not JSON numbers", {},
                    {});
    }
    if (value == 0) {
        return "0"; // -0 too
    }
    // The shortest digits that read back to the same double, as d.ddddde±x.
    char buffer[64];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string scientific(buffer, written.ptr);
    const std::size_t e = scientific.find('e');
    std::string mantissa = scientific.substr(0, e);
    const int exponent = std::stoi(scientific.substr(e + 1));
    std::string sign;
    if (mantissa.front() == '-') {
        sign = "-";
        mantissa.erase(0, 1);
    }
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.') {
            digits += c;
        }
    }
    const int k = int(digits.size());
    const int n = exponent + 1; // the decimal point stands after n digits
    std::string text;
    if (k <= n && n <= 21) {
        text = digits + std::string(std::size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        text = digits.substr(0, std::size_t(n)) + "." + digits.substr(std::size_t(n));
    } else if (-6 < n && n <= 0) {
        text = "0." + std::string(std::size_t(-n), '0') + digits;
    } else {
        text = digits.substr(0, 1) + (k > 1 ? "." + digits.substr(1) : std::string()) + "e" + (n - 1 < 0 ? "-" : "+") +
               std::to_string(std::abs(n - 1));
    }
    return sign + text;
}

std::string canonicalJson(const nlohmann::json& value)
{
    std::string out;
    append(out, value);
    return out;
}

} // namespace relawas::core

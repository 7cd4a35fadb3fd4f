#include "core/import/sheet/CellValues.h"

#include <array>
#include <charconv>
#include <cmath>
#include <vector>

namespace relawas::core {

namespace {

using namespace std::chrono;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::optional<int> number(std::string_view digits)
{
    if (digits.empty() || digits.size() > 4) {
        return std::nullopt;
    }
    int value = 0;
    for (const char c : digits) {
        if (!isDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

std::optional<Date> makeDate(int y, int m, int d)
{
    if (y < 1000 || m < 1 || m > 12 || d < 1) {
        return std::nullopt;
    }
    const Date date{year{y}, month{unsigned(m)}, day{unsigned(d)}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

// Month names and their usual abbreviations, Indonesian and English.
std::optional<int> monthNamed(const std::string& name)
{
    static const std::array<std::vector<std::string_view>, 12> names = {{
        {"januari", "january", "jan"},
        {"februari", "february", "pebruari", "feb", "peb"},
        {"maret", "march", "mar"},
        {"april", "apr"},
        {"mei", "may"},
        {"juni", "june", "jun"},
        {"juli", "july", "jul"},
        {"agustus", "august", "agu", "agt", "ags", "aug"},
        {"september", "sep", "sept"},
        {"oktober", "october", "okt", "oct"},
        {"november", "nopember", "nov", "nop"},
        {"desember", "december", "des", "dec"},
    }};
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (const auto candidate : names[i]) {
            if (name == candidate) {
                return static_cast<int>(i) + 1;
            }
        }
    }
    return std::nullopt;
}

std::vector<std::string> splitDateParts(std::string_view text, bool& mixedSeparators, char& separator)
{
    std::vector<std::string> parts;
    std::string current;
    separator = 0;
    mixedSeparators = false;
    for (const char c : text) {
        if (c == '/' || c == '-' || c == '.' || c == ' ') {
            if (c != ' ' || !current.empty()) {
                if (separator != 0 && separator != c) {
                    mixedSeparators = true;
                }
                separator = c;
            }
            if (!current.empty()) {
                parts.push_back(current);
                current.clear();
            }
        } else {
            current += lower(c);
        }
    }
    if (!current.empty()) {
        parts.push_back(current);
    }
    return parts;
}

std::string_view trimmed(std::string_view text)
{
    const auto isSpace = [](std::string_view t, std::size_t i) {
        return t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n';
    };
    for (;;) {
        if (!text.empty() && isSpace(text, 0)) {
            text.remove_prefix(1);
        } else if (text.starts_with("\xC2\xA0")) {
            text.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!text.empty() && isSpace(text, text.size() - 1)) {
            text.remove_suffix(1);
        } else if (text.ends_with("\xC2\xA0")) {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

} // namespace

std::optional<Date> excelSerialToDate(double serial, bool date1904)
{
    // Serials past 9999-12-31 (2,958,465) are no dates, and one past what a long long holds cannot even be floored
    // into one.
    if (!std::isfinite(serial) || serial < -1e7 || serial > 1e7) {
        return std::nullopt;
    }
    const auto whole = static_cast<long long>(std::floor(serial));
    sys_days day;
    if (date1904) {
        if (whole < 0) {
            return std::nullopt;
        }
        day = sys_days{1904y / January / 1} + days{whole};
    } else if (whole < 1 || whole == 60) {
        return std::nullopt; // before 1900, or Excel's 29 February 1900
    } else if (whole < 60) {
        day = sys_days{1899y / December / 31} + days{whole};
    } else {
        day = sys_days{1899y / December / 30} + days{whole};
    }
    const Date date{day};
    if (date.year() > year{9999}) {
        return std::nullopt;
    }
    return date;
}

std::optional<Date> parseSheetDate(std::string_view input)
{
    const std::string_view text = trimmed(input);
    if (text.empty()) {
        return std::nullopt;
    }
    // An Excel serial: five digits (1927 to 2173), maybe with the fraction of a time of day.
    const std::string_view whole = text.substr(0, text.find('.'));
    const std::string_view fraction = whole.size() < text.size() ? text.substr(whole.size() + 1) : std::string_view();
    if (whole.size() == 5 && whole.find_first_not_of("0123456789") == std::string_view::npos &&
        fraction.find_first_not_of("0123456789") == std::string_view::npos) {
        double serial = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), serial);
        if (ec == std::errc{} && end == text.data() + text.size()) {
            return excelSerialToDate(serial);
        }
    }

    bool mixed = false;
    char separator = 0;
    const auto parts = splitDateParts(text, mixed, separator);
    if (parts.size() != 3 || mixed) {
        return std::nullopt;
    }
    if (parts[0].size() == 4) { // yyyy-mm-dd
        if (separator != '-' && separator != '/' && separator != '.') {
            return std::nullopt;
        }
        const auto y = number(parts[0]);
        const auto m = number(parts[1]);
        const auto d = number(parts[2]);
        return (y && m && d && parts[1].size() <= 2 && parts[2].size() <= 2) ? makeDate(*y, *m, *d) : std::nullopt;
    }
    const auto d = number(parts[0]);
    auto m = number(parts[1]);
    if (!m) {
        m = monthNamed(parts[1]);
    } else if (parts[1].size() > 2) {
        return std::nullopt;
    }
    const auto y = number(parts[2]);
    if (!d || !m || !y || parts[0].size() > 2 || parts[2].size() != 4) {
        return std::nullopt;
    }
    return makeDate(*y, *m, *d);
}

std::optional<Gender> parseGenderText(std::string_view text)
{
    std::string key;
    for (const char c : text) {
        if (c != ' ' && c != '-' && c != '.' && c != '_') {
            key += lower(c);
        }
    }
    for (const std::string_view male : {"l", "lk", "laki", "lakilaki", "laki2", "pria", "male", "m"}) {
        if (key == male) {
            return Gender::Male;
        }
    }
    for (const std::string_view female : {"p", "pr", "perempuan", "wanita", "female", "f", "w"}) {
        if (key == female) {
            return Gender::Female;
        }
    }
    return std::nullopt;
}

std::string foldName(std::string_view text)
{
    std::string result;
    bool pendingSpace = false;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        const bool separator = u < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c));
        if (separator) {
            pendingSpace = !result.empty();
            continue;
        }
        if (pendingSpace) {
            result += ' ';
            pendingSpace = false;
        }
        result += lower(c);
    }
    return result;
}

std::optional<RoleKind> parseRoleName(std::string_view text)
{
    const std::string key = foldName(text);
    for (const RoleKind kind : kAllRoleKinds) {
        if (key == foldName(roleKindId(kind))) {
            return kind;
        }
    }
    static const std::vector<std::pair<std::string_view, RoleKind>> names = {
        {"kader", RoleKind::Relawan},
        {"relawan kader", RoleKind::Relawan},
        {"relawan pengawas", RoleKind::Relawan},
        {"relawan pengawasan", RoleKind::Relawan},
        {"volunteer", RoleKind::Relawan},
        {"koordinator", RoleKind::KoordinatorKampung},
        {"korkam", RoleKind::KoordinatorKampung},
        {"koordinator kampung pengawasan", RoleKind::KoordinatorKampung},
        {"koordinator kampung pengawasan partisipatif", RoleKind::KoordinatorKampung},
        {"pengawas kelurahan desa", RoleKind::Pkd},
        {"pengawas desa kelurahan", RoleKind::Pkd},
        {"pengawas desa", RoleKind::Pkd},
        {"pengawas kelurahan", RoleKind::Pkd},
        {"pengawas tps", RoleKind::Ptps},
        {"panwascam", RoleKind::AnggotaPanwascam},
        {"ketua panwascam", RoleKind::AnggotaPanwascam},
        {"anggota panitia pengawas kecamatan", RoleKind::AnggotaPanwascam},
        {"sekretariat", RoleKind::StafSekretariat},
        {"staf", RoleKind::StafSekretariat},
        {"staff sekretariat", RoleKind::StafSekretariat},
        {"staf sekretariat panwascam", RoleKind::StafSekretariat},
        {"nara sumber", RoleKind::Narasumber},
        {"pembicara", RoleKind::Narasumber},
        {"speaker", RoleKind::Narasumber},
        {"fasilitator", RoleKind::Pelatih},
        {"trainer", RoleKind::Pelatih},
    };
    for (const auto& [name, kind] : names) {
        if (key == name) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<TargetGroup> parseTargetGroupName(std::string_view text)
{
    const std::string key = foldName(text);
    for (const TargetGroup group : kAllTargetGroups) {
        if (key == foldName(targetGroupId(group))) {
            return group;
        }
    }
    static const std::vector<std::pair<std::string_view, TargetGroup>> names = {
        {"pemula", TargetGroup::PemilihPemula},
        {"wanita", TargetGroup::Perempuan},
        {"penyandang disabilitas", TargetGroup::Disabilitas},
        {"difabel", TargetGroup::Disabilitas},
        {"lanjut usia", TargetGroup::Lansia},
        {"mahasiswa", TargetGroup::MahasiswaPelajar},
        {"pelajar", TargetGroup::MahasiswaPelajar},
        {"pelajar mahasiswa", TargetGroup::MahasiswaPelajar},
        {"organisasi kemasyarakatan", TargetGroup::Ormas},
    };
    for (const auto& [name, group] : names) {
        if (key == name) {
            return group;
        }
    }
    return std::nullopt;
}

std::optional<bool> parseYesNo(std::string_view text)
{
    const std::string key = foldName(text);
    for (const std::string_view yes : {"ya", "y", "yes", "iya", "ada", "1", "true", "benar"}) {
        if (key == yes) {
            return true;
        }
    }
    for (const std::string_view no : {"", "tidak", "tdk", "t", "n", "no", "0", "tidak ada", "bukan", "none", "false",
                                      "non", "tidak ada disabilitas", "nihil"}) {
        if (key == no) {
            return false;
        }
    }
    return std::nullopt;
}

std::vector<std::string> splitListCell(std::string_view text)
{
    std::vector<std::string> items;
    std::string current;
    const auto flush = [&items, &current] {
        std::string item = cleanCellText(current);
        if (!item.empty()) {
            items.push_back(std::move(item));
        }
        current.clear();
    };
    for (const char c : text) {
        if (c == ',' || c == ';' || c == '\n') {
            flush();
        } else {
            current += c;
        }
    }
    flush();
    return items;
}

std::string cleanCellText(std::string_view input)
{
    std::string_view text = trimmed(input);
    if (text.size() >= 3 && text.starts_with("=\"") && text.ends_with("\"")) {
        text = trimmed(text.substr(2, text.size() - 3));
    }
    if (text.size() >= 2 && text.front() == '\'' && (isDigit(text[1]) || text[1] == '+')) {
        text.remove_prefix(1);
    }
    return std::string(text);
}

} // namespace relawas::core

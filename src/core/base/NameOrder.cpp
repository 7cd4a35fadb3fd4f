#include "core/base/NameOrder.h"

#include <algorithm>
#include <array>

namespace relawas::core {

namespace {

constexpr int kCharacters = 7;
constexpr int kBitsPerCharacter = 5;
constexpr int kEnd = 0;
constexpr int kOther = 31; // '{' and above, every character beyond ASCII

char folded(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// The bucket of one character (its first byte for one beyond ASCII), folded. Only the space and the letters have a
// bucket of their own; after any other character the rest of the name is left out of its bucket, since names that
// share a bucket there may sort either way after it.
int symbolOf(unsigned char c)
{
    if (c < ' ') {
        return 1;
    }
    if (c == ' ') {
        return 2;
    }
    if (c < '0') {
        return 3;
    }
    if (c < 'a') {
        return 4;
    }
    if (c <= 'z') {
        return c - 92; // 'a' is 5, 'z' is 30
    }
    return kOther;
}

bool ownsBucket(int symbol)
{
    return symbol == 2 || (symbol >= 5 && symbol <= 30);
}

// The smallest and largest folded character of each symbol; "\xFF" stands above every character beyond ASCII.
struct SymbolRange
{
    std::string_view lowest;
    std::string_view highest;
};

SymbolRange rangeOf(int symbol)
{
    switch (symbol) {
    case 1:
        return {"\x01", "\x1F"};
    case 2:
        return {" ", " "};
    case 3:
        return {"!", "/"};
    case 4:
        return {"0", "`"};
    case kOther:
        return {"{", "\xFF"};
    default:
        break;
    }
    static const std::string letters = "abcdefghijklmnopqrstuvwxyz";
    return {std::string_view(letters).substr(std::size_t(symbol - 5), 1),
            std::string_view(letters).substr(std::size_t(symbol - 5), 1)};
}

std::array<int, kCharacters> symbolsOf(long long bucket)
{
    std::array<int, kCharacters> symbols{};
    for (int i = kCharacters - 1; i >= 0; --i) {
        symbols[std::size_t(i)] = int(bucket & ((1 << kBitsPerCharacter) - 1));
        bucket >>= kBitsPerCharacter;
    }
    return symbols;
}

} // namespace

long long nameBucket(std::string_view name)
{
    long long bucket = 0;
    std::size_t at = 0;
    bool stopped = false;
    for (int i = 0; i < kCharacters; ++i) {
        int symbol = kEnd;
        if (!stopped && at < name.size()) {
            const auto c = static_cast<unsigned char>(folded(name[at]));
            symbol = symbolOf(c);
            ++at;
            while (at < name.size() && (static_cast<unsigned char>(name[at]) & 0xC0) == 0x80) {
                ++at; // the rest of a character beyond ASCII
            }
            stopped = !ownsBucket(symbol);
        }
        bucket = bucket << kBitsPerCharacter | symbol;
    }
    return bucket;
}

long long searchKey(std::string_view name, long long id)
{
    return nameBucket(name) << kSearchKeyIdBits | (id & kSearchKeyIdMask);
}

std::string nameBucketSql(const std::string& column)
{
    std::string sql = "0";
    for (int i = 1; i <= kCharacters; ++i) {
        const std::string c = "lower(substr(" + column + ", " + std::to_string(i) + ", 1))";
        const std::string stopped =
            i == 1 ? std::string("0")
                   : "lower(substr(" + column + ", 1, " + std::to_string(i - 1) + ")) GLOB '*[^ a-z]*'";
        sql = "(" + sql + " * 32 + CASE WHEN " + stopped + " OR " + c + " = '' THEN 0 WHEN " + c +
              " < ' ' THEN 1 WHEN " + c + " = ' ' THEN 2 WHEN " + c + " < '0' THEN 3 WHEN " + c +
              " < 'a' THEN 4 WHEN " + c + " <= 'z' THEN unicode(" + c + ") - 92 ELSE 31 END)";
    }
    return sql;
}

std::string nameBucketLowerBound(long long bucket)
{
    std::string bound;
    for (const int symbol : symbolsOf(bucket)) {
        if (symbol == kEnd) {
            break;
        }
        bound += rangeOf(symbol).lowest;
        if (!ownsBucket(symbol)) {
            break;
        }
    }
    return bound;
}

std::string nameBucketUpperBound(long long bucket)
{
    std::string bound;
    for (const int symbol : symbolsOf(bucket)) {
        if (symbol == kEnd) {
            return bound; // the names of this bucket end here
        }
        bound += rangeOf(symbol).highest;
        if (!ownsBucket(symbol)) {
            break; // whatever follows it
        }
    }
    return bound + "\xFF"; // whatever follows the seventh character
}

bool nameOrderLess(std::string_view nameA, long long idA, std::string_view nameB, long long idB)
{
    const auto fold = [](char c) { return static_cast<unsigned char>(folded(c)); };
    const auto mismatch = std::mismatch(nameA.begin(), nameA.end(), nameB.begin(), nameB.end(),
                                        [&fold](char a, char b) { return fold(a) == fold(b); });
    if (mismatch.first == nameA.end() && mismatch.second == nameB.end()) {
        return idA < idB;
    }
    if (mismatch.first == nameA.end() || mismatch.second == nameB.end()) {
        return mismatch.first == nameA.end();
    }
    return fold(*mismatch.first) < fold(*mismatch.second);
}

} // namespace relawas::core
